import { heading, paragraph, text } from './adf-builders';
import { type AdfBlock } from './adf-schema';
import { type ValidDecisionRecordInput } from './decision-record-input-schema';
import { shortBulletList } from './short-bullet-list';
import { type Shortener } from './shorten-text';

/** Conditions attached to the approval and dissent, each stated even when there is none. */
export function discussionSection(input: ValidDecisionRecordInput, shortener: Shortener): AdfBlock[] {
  const conditions = input.conditions
    .map((condition) => shortener.text(condition))
    .filter((value) => value !== '');
  const conditionList = shortBulletList(conditions, shortener, (condition) => text(condition), 'conditions');
  const dissentList = shortBulletList(
    input.dissent,
    shortener,
    (entry) => {
      const comment = shortener.text(entry.comment);
      return [...text(shortener.text(entry.name), 'strong'), ...text(comment === '' ? '' : `: ${comment}`)];
    },
    'dissenting views',
  );
  return [
    heading(3, 'Conditions'),
    conditionList ?? paragraph(text('No conditions.')),
    heading(3, 'Dissent'),
    dissentList ?? paragraph(text('No dissent recorded.')),
  ];
}
