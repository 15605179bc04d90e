import { heading, panel, paragraph, text } from './adf-builders';
import { type AdfBlock, type AdfPanelType, type AdfParagraph } from './adf-schema';
import { type RecordDecision, type ValidDecisionRecordInput } from './decision-record-input-schema';
import { formatDisplayTime } from './format-display-time';
import { type Shortener } from './shorten-text';

const TITLES: Record<RecordDecision, string> = {
  approved: 'approved',
  declined: 'declined',
  'approved-by-silence': 'approved by silence',
  'implemented-before-approval': 'implemented before approval',
};

// Colours follow Atlassian's panel semantics; silence is "info" so that it never reads as a full approval.
const PANEL_TYPES: Record<RecordDecision, AdfPanelType> = {
  approved: 'success',
  declined: 'error',
  'approved-by-silence': 'info',
  'implemented-before-approval': 'warning',
};

/** The first thing a reader sees: which change, what was decided, when, and by whom in one line. */
export function summarySection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const when = formatDisplayTime(input.decidedAt, input.timeZone);
  const title = TITLES[input.decision];
  const first = paragraph(
    text(`${title.charAt(0).toUpperCase()}${title.slice(1)}`, 'strong'),
    text(` on ${when}. ${tally(input)}`),
  );
  return [
    heading(2, `Change ${input.issueKey} ${title}`),
    panel(PANEL_TYPES[input.decision], [first, ...detail(input, shortener)]),
  ];
}

function tally(input: ValidDecisionRecordInput): string {
  const approved = input.approvers.filter((approver) => approver.decision === 'approved').length;
  const declined = input.approvers.filter((approver) => approver.decision === 'declined').length;
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${plural(approved, 'approval')}, ${plural(declined, 'decline')}.`;
}

function detail(input: ValidDecisionRecordInput, shortener: Shortener): AdfParagraph[] {
  const { silence, breakGlass } = input;
  if (input.decision === 'approved-by-silence' && silence !== undefined) {
    return [
      paragraph(
        text(
          `No objection was raised within the objection window (${shortener.text(silence.objectionWindow)}), so silence counts as consent for this change.`,
        ),
      ),
    ];
  }
  if (input.decision === 'implemented-before-approval' && breakGlass !== undefined) {
    return [
      paragraph(
        text(
          `${shortener.text(breakGlass.by)} implemented this change before it was approved, on ${formatDisplayTime(breakGlass.at, input.timeZone)}. Retrospective approval is due by ${formatDisplayTime(breakGlass.retrospectiveDeadline, input.timeZone)}.`,
        ),
      ),
    ];
  }
  return [];
}
