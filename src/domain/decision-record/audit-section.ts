import { bulletList, heading, paragraph, text } from './adf-builders';
import { type AdfBlock, type AdfInline } from './adf-schema';
import { type ValidDecisionRecordInput } from './decision-record-input-schema';
import { formatDisplayTime } from './format-display-time';
import { shortBulletList } from './short-bullet-list';
import { type Shortener } from './shorten-text';

/**
 * The audit lines for the two exceptional paths: silence as consent must say who was notified and when
 * (docs/architecture.md, flow 6); break glass must say who, when, why and the retrospective deadline (flow 5).
 */
export function auditSection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const blocks: AdfBlock[] = [];
  const { silence, breakGlass, timeZone } = input;
  if (silence !== undefined) {
    const notified = shortBulletList(
      silence.notified,
      shortener,
      (person) => text(`${shortener.text(person.name)}, notified ${formatDisplayTime(person.at, timeZone)}`),
      'people',
    );
    blocks.push(
      heading(3, 'Silence as consent'),
      paragraph(
        text(
          `Objection window: ${shortener.text(silence.objectionWindow)}. Objections raised: ${silence.objections}.`,
        ),
      ),
      notified ?? paragraph(text('Nobody was notified.', 'strong')),
    );
  }
  if (breakGlass !== undefined) {
    const line = (label: string, value: string): AdfInline[] => [
      ...text(`${label}: `, 'strong'),
      ...text(value),
    ];
    blocks.push(
      heading(3, 'Implemented before approval'),
      bulletList([
        line('Implemented by', shortener.text(breakGlass.by)),
        line('At', formatDisplayTime(breakGlass.at, timeZone)),
        line('Reason', shortener.text(breakGlass.reason)),
        line('Retrospective approval due', formatDisplayTime(breakGlass.retrospectiveDeadline, timeZone)),
      ]),
    );
  }
  return blocks;
}
