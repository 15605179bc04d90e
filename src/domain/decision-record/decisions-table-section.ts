import { heading, paragraph, table, text } from './adf-builders';
import { type AdfBlock, type AdfInline } from './adf-schema';
import { type ValidDecisionRecordInput } from './decision-record-input-schema';
import { formatDisplayTime } from './format-display-time';
import { type Shortener } from './shorten-text';

type Approver = ValidDecisionRecordInput['approvers'][number];

const DECISION_WORDS: Record<Approver['decision'], string> = {
  approved: 'Approved',
  declined: 'Declined',
  pending: 'No answer',
};

/** Who decided what and when: the audit core of the record (docs/architecture.md, flow 3). */
export function decisionsTableSection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const title = heading(3, 'Decisions');
  if (input.approvers.length === 0) return [title, paragraph(text('No approver decisions were recorded.'))];
  const { shown, hidden } = shortener.list(input.approvers);
  const rows = shown.map((approver): AdfInline[][] => [
    orDash(text(shortener.text(approver.name))),
    orDash(text(shortener.text(approver.group))),
    text(DECISION_WORDS[approver.decision], 'strong'),
    orDash(
      text(approver.decidedAt === undefined ? '' : formatDisplayTime(approver.decidedAt, input.timeZone)),
    ),
    orDash(text(shortener.text(approver.comment ?? ''))),
  ]);
  const blocks: AdfBlock[] = [title, table(['Approver', 'Group', 'Decision', 'When', 'Comment'], rows)];
  if (hidden > 0) blocks.push(paragraph(text(`… and ${hidden} more approvers not shown.`, 'em')));
  return blocks;
}

/** An empty cell reads as missing data; a dash says "nothing to show". */
function orDash(content: AdfInline[]): AdfInline[] {
  return content.length > 0 ? content : text('—');
}
