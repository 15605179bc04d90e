/**
 * A decided change request's evidence packet for the audit: the decision record as it was published (its
 * links as "text (url)"), with the links an auditor follows to the request, the record comment, the pull
 * request, the test evidence and the break-glass record.
 */
import type { EvidencePacketView } from '../../shared/figures-view-models';
import type { LedgerEntry } from '../ports/store-ports';
import { commentLink, deviationsOf } from './decision-row';

export function evidencePacket(entry: LedgerEntry): EvidencePacketView {
  const { decision, changeRequest: cr } = entry;
  if (decision === null) throw new Error(`${entry.issueKey} is not decided.`);
  const links: [string, string][] = [
    ['Request', entry.issueUrl],
    ['Decision record', commentLink(entry.issueUrl, decision.commentId)],
    ['Break-glass record', commentLink(entry.issueUrl, entry.breakGlass?.commentId)],
    ['Pull request', cr?.linkedPullRequest?.url ?? ''],
    ['Test evidence', cr?.testing.tested === true ? cr.testing.evidenceUrl : ''],
    [
      'Post-implementation review',
      entry.postImplementationReview === undefined
        ? ''
        : entry.issueUrl.replace(/[^/]+$/, entry.postImplementationReview.issueKey),
    ],
  ];
  const deviations = deviationsOf(entry, false);
  const text = [
    `Evidence packet: ${entry.issueKey}${cr === null ? '' : ` - ${cr.summary}`}`,
    `Decision: ${decision.outcome} at ${decision.at}`,
    ...links.filter(([, url]) => url !== '').map(([label, url]) => `${label}: ${url}`),
    ...(deviations.length === 0 ? [] : ['Deviations:', ...deviations.map((line) => `- ${line}`)]),
    '',
    'Decision record',
    '---------------',
    decision.recordText,
    ...(entry.breakGlass === undefined
      ? []
      : ['', 'Break-glass record', '------------------', entry.breakGlass.recordText]),
    '',
  ].join('\n');
  return { issueKey: entry.issueKey, fileName: `${entry.issueKey}-evidence.txt`, text };
}
