import fc from 'fast-check';
import {
  AdfDocumentSchema,
  buildDecisionRecord,
  DECISION_RECORD_MAX_CHARS,
  decisionRecordToPlainText,
  type DecisionRecordInput,
} from '../../../../src/domain/decision-record';
import { cleanText } from '../../../../src/domain/decision-record/shorten-text';

// Free text as people and integrations really send it: any code point (lone surrogates and control
// characters included), markup, emoji and blank lines.
const shortText = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', ' ', '\n\n\n', '<b>&amp;</b>', '\u0000\u0007', '\ud800x', 'a\r\nb\tc'),
  },
);
// Far too long for a comment on its own (up to ~48 000 characters).
const longText = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12_000 }))
  .map(([chunk, times]) => chunk.repeat(times));
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const webLink = fc
  .tuple(
    fc.constantFrom('https://github.com/acme/', 'http://jira.example/browse/'),
    fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  )
  .map(([base, path]) => base + path);

/** `oversized` mixes in far-too-long text and long lists, which a record must survive by shortening. */
function decisionRecordInput(oversized: boolean): fc.Arbitrary<DecisionRecordInput> {
  const freeText = oversized
    ? fc.oneof({ weight: 10, arbitrary: shortText }, { weight: 1, arbitrary: longText })
    : shortText;
  const name = freeText.map((value) => `N ${value}`);
  const list = <T>(item: fc.Arbitrary<T>) =>
    oversized
      ? fc.oneof(
          { weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) },
          { weight: 1, arbitrary: fc.array(item, { maxLength: 300 }) },
        )
      : fc.array(item, { maxLength: 6 });
  return fc.record({
    issueKey: fc.integer({ min: 1, max: 99_999 }).map((n) => `CHG-${n}`),
    decision: fc.constantFrom('approved', 'declined', 'approved-by-silence', 'implemented-before-approval'),
    decidedAt: instant,
    timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'),
    approvers: list(
      fc.record(
        {
          name,
          accountId: fc.uuid(),
          group: freeText,
          decision: fc.constantFrom('approved', 'declined', 'pending'),
          comment: freeText,
          decidedAt: instant,
        },
        { requiredKeys: ['name', 'accountId', 'group', 'decision'] },
      ),
    ),
    conditions: list(freeText),
    dissent: list(fc.record({ name, comment: freeText })),
    context: fc.record(
      {
        summary: freeText,
        changeType: fc.constantFrom('standard', 'normal', 'emergency'),
        risk: fc.constantFrom('low', 'medium', 'high', 'critical'),
        systems: list(freeText),
        plannedWindow: fc.oneof(freeText, fc.record({ start: instant, end: instant })),
        routingReasons: list(freeText),
      },
      { requiredKeys: ['summary', 'changeType', 'risk', 'systems', 'routingReasons'] },
    ),
    links: fc.record(
      { pullRequest: fc.record({ url: webLink, title: freeText }), issueUrl: webLink },
      { requiredKeys: [] },
    ),
    // Both are always present so every decision kind validates; they also exercise the audit sections.
    silence: fc.record({
      objectionWindow: name,
      notified: list(fc.record({ name, at: instant })),
      objections: fc.constant(0),
    }),
    breakGlass: fc.record({ by: name, at: instant, reason: name, retrospectiveDeadline: instant }),
  });
}

describe('buildDecisionRecord over random inputs', () => {
  it("always builds valid ADF within Jira's comment limit, and says when it shortened anything", () => {
    fc.assert(
      fc.property(decisionRecordInput(true), (candidate) => {
        const result = buildDecisionRecord(candidate);

        if (!result.ok) throw new Error(result.message);
        expect(AdfDocumentSchema.safeParse(result.value).error?.issues).toBeUndefined();
        const text = decisionRecordToPlainText(result.value);
        expect(JSON.stringify(result.value).length).toBeLessThanOrEqual(DECISION_RECORD_MAX_CHARS);
        expect(text.length).toBeLessThanOrEqual(DECISION_RECORD_MAX_CHARS);
        expect(text.includes('Some long text was shortened')).toBe(result.truncated);
      }),
      { numRuns: 150 },
    );
  });

  it('loses nobody silently: when nothing was shortened, every approver and dissenter is named', () => {
    fc.assert(
      fc.property(decisionRecordInput(false), (candidate) => {
        const result = buildDecisionRecord(candidate);

        if (!result.ok) throw new Error(result.message);
        fc.pre(!result.truncated);
        const text = decisionRecordToPlainText(result.value);
        for (const person of [...candidate.approvers, ...candidate.dissent]) {
          expect(text).toContain(cleanText(person.name));
        }
      }),
      { numRuns: 150 },
    );
  });
});
