/**
 * The sentences a planned window's freezes and clashes are told in (src/domain/calendar/window-flags.ts),
 * shared by the request forms, the issue panel and the approvers' email so they say the same thing. Each
 * surface passes how it shows a time span: the viewer's zone on a page, the planned window's zone in email.
 * Systems arrive by name (src/app/figures/window-flags-for.ts).
 */
import type { FreezeHitView, WindowFlagsView } from './figures-view-models';

export interface WindowFlagWords {
  /** A time span as its reader reads it, e.g. "Mon 21 Dec, 00:00 – Mon 4 Jan, 00:00 GMT". */
  span: (startIso: string, endIso: string) => string;
}

export interface WindowFlagSentence {
  /** `error`: a hard freeze forbids this (non-emergency) change's window; `warning`: worth a look. */
  level: 'error' | 'warning';
  about: 'freeze' | 'clash';
  text: string;
}

export function windowFlagSentences(flags: WindowFlagsView, words: WindowFlagWords): WindowFlagSentence[] {
  const freezes = (flags.freeze?.hits ?? []).map((hit) => freezeSentence(hit, flags.systemsKnown, words));
  const clashes = flags.conflicts.map((conflict): WindowFlagSentence => {
    const other = `${conflict.issueKey}${conflict.summary === '' ? '' : ` ${conflict.summary}`}`;
    const when = words.span(conflict.start, conflict.end);
    const on = conflict.systems.join(', ');
    return {
      level: 'warning',
      about: 'clash',
      text: flags.systemsKnown
        ? `Clashes with ${other}, planned on ${on} at an overlapping time (${when}).`
        : `${other} is planned on ${on} at an overlapping time (${when}): a clash if this change touches ${conflict.systems.length === 1 ? 'it' : 'them'} too.`,
    };
  });
  return [...freezes, ...clashes];
}

function freezeSentence(
  hit: FreezeHitView,
  systemsKnown: boolean,
  words: WindowFlagWords,
): WindowFlagSentence {
  const scoped = hit.systems !== 'all';
  const where = hit.systems === 'all' ? 'every system' : hit.systems.join(', ');
  const during = `the ${hit.kind} freeze "${hit.name}" (${words.span(hit.start, hit.end)}, on ${where})`;
  const ifTouched = !systemsKnown && scoped;
  switch (hit.effect) {
    case 'blocked':
      return {
        level: ifTouched ? 'warning' : 'error',
        about: 'freeze',
        text: ifTouched
          ? `The planned window falls in ${during}: if this change touches ${hit.systems.length === 1 ? 'it' : 'them'}, only an emergency change may be planned then.`
          : `The planned window falls in ${during}: only emergency changes may be planned in it. Choose a window outside it.`,
      };
    case 'allowed-for-emergency':
      return {
        level: 'warning',
        about: 'freeze',
        text: `The planned window falls in ${during}; emergency changes are allowed in it.`,
      };
    case 'warning':
      return {
        level: 'warning',
        about: 'freeze',
        text: `The planned window falls in ${during}: plan it outside the freeze if you can.`,
      };
  }
}
