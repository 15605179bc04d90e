import { bulletList, heading, link, paragraph, text } from './adf-builders';
import { type AdfBlock, type AdfInline } from './adf-schema';
import { type ValidDecisionRecordInput } from './decision-record-input-schema';
import { changeTypeWords, severityWords } from '../change-request/change-words';
import { formatDisplayWindow } from './format-display-time';
import { shortBulletList } from './short-bullet-list';
import { type Shortener } from './shorten-text';

/** What was decided about: the CR's answers, why these approvers were asked, and where to look. */
export function contextSection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const { context } = input;
  const line = (label: string, value: string): AdfInline[] => [
    ...text(`${label}: `, 'strong'),
    ...text(value || '—'),
  ];
  const systems = shortener.list(
    context.systems.map((system) => shortener.text(system)).filter((s) => s !== ''),
  );
  const systemsText = systems.shown.join(', ') + (systems.hidden > 0 ? ` and ${systems.hidden} more` : '');
  const facts = [
    line('Summary', shortener.text(context.summary)),
    line('Change type', changeTypeWords(shortener.text(context.changeType))),
    line('Risk', severityWords(shortener.text(context.risk))),
    line('Systems', systemsText),
  ];
  if (context.plannedWindow !== undefined) {
    facts.push(line('Planned window', plannedWindow(context.plannedWindow, input.timeZone, shortener)));
  }
  const reasons = shortBulletList(
    context.routingReasons.map((reason) => shortener.text(reason)).filter((reason) => reason !== ''),
    shortener,
    (reason) => text(reason),
    'reasons',
  );
  return [
    heading(3, 'Context'),
    bulletList(facts),
    paragraph(text('Why these approvers', 'strong')),
    reasons ?? paragraph(text('No routing reasons were recorded.')),
    ...linksSection(input, shortener),
  ];
}

function plannedWindow(
  window: NonNullable<ValidDecisionRecordInput['context']['plannedWindow']>,
  timeZone: string,
  shortener: Shortener,
): string {
  if (typeof window === 'string') return shortener.text(window);
  return formatDisplayWindow(window.start, window.end, timeZone);
}

function linksSection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const { pullRequest, issueUrl } = input.links;
  const items: AdfInline[][] = [];
  if (pullRequest !== undefined) {
    const title = shortener.text(pullRequest.title);
    items.push([
      ...text('Pull request: ', 'strong'),
      ...link(title === '' ? pullRequest.url : title, pullRequest.url),
    ]);
  }
  if (issueUrl !== undefined) {
    items.push([...text('Change request: ', 'strong'), ...link(input.issueKey, issueUrl)]);
  }
  return items.length === 0 ? [] : [heading(3, 'Links'), bulletList(items)];
}
