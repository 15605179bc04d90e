import type { DecidedChangeFact } from '../../src/domain/figures';

const MINUTE = 60_000;

/** An ISO instant `minutes` after `from`. */
export const minutesAfter = (from: string, minutes: number) =>
  new Date(Date.parse(from) + minutes * MINUTE).toISOString();

/**
 * A normal, medium-risk change routed on Monday 2 March 2026 09:00 UTC (ISO week 2026-W10) to
 * cab-payments, answered by Priya after `firstAnswerMinutes` and approved `decisionMinutes` after routing,
 * inside its 16-hour agreement. Override what the test is about.
 */
export function makeDecidedChangeFact(
  options: { decisionMinutes?: number; firstAnswerMinutes?: number | null; routedAt?: string } = {},
  overrides: Partial<DecidedChangeFact> = {},
): DecidedChangeFact {
  const routedAt = options.routedAt ?? '2026-03-02T09:00:00.000Z';
  const decisionMinutes = options.decisionMinutes ?? 120;
  const firstAnswerMinutes =
    options.firstAnswerMinutes === undefined ? decisionMinutes : options.firstAnswerMinutes;
  const answerAt = firstAnswerMinutes === null ? null : minutesAfter(routedAt, firstAnswerMinutes);
  return {
    issueKey: 'CHG-1',
    routedAt,
    decidedAt: minutesAfter(routedAt, decisionMinutes),
    outcome: 'approved',
    decidedBy: 'approvers',
    changeType: 'normal',
    risk: 'medium',
    deadline: minutesAfter(routedAt, 16 * 60),
    groups: [{ groupId: 'g-payments', name: 'cab-payments', firstAnswerAt: answerAt }],
    answers: answerAt === null ? [] : [{ accountId: 'acc-priya', displayName: 'Priya Nair', at: answerAt }],
    escalated: false,
    breakGlass: null,
    ...overrides,
  };
}
