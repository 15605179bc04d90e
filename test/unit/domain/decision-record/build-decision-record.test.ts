import {
  AdfDocumentSchema,
  buildDecisionRecord,
  DECISION_RECORD_MAX_CHARS,
  decisionRecordToPlainText,
  type AdfBlock,
  type AdfDocument,
  type AdfInline,
  type DecisionRecordInput,
} from '../../../../src/domain/decision-record';
import { makeDecisionRecordInput } from './make-decision-record-input';

function build(input: DecisionRecordInput) {
  const result = buildDecisionRecord(input);
  if (!result.ok) throw new Error(result.message);
  // Every record we emit must be valid per our ADF schema.
  expect(AdfDocumentSchema.safeParse(result.value).error?.issues).toBeUndefined();
  return { doc: result.value, text: decisionRecordToPlainText(result.value), truncated: result.truncated };
}

function panelType(doc: AdfDocument): string | undefined {
  return doc.content.flatMap((block) => (block.type === 'panel' ? [block.attrs.panelType] : []))[0];
}

function inlineNodes(doc: AdfDocument): AdfInline[] {
  return doc.content.flatMap(inlineOf);
}

function inlineOf(block: AdfBlock): AdfInline[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.content;
    case 'bulletList':
      return block.content.flatMap((item) => item.content.flatMap((child) => child.content));
    case 'table':
      return block.content.flatMap((row) => row.content.flatMap((cell) => cell.content.flatMap(inlineOf)));
    case 'panel':
      return block.content.flatMap(inlineOf);
    case 'rule':
      return [];
  }
}

describe('buildDecisionRecord', () => {
  describe('an approved change', () => {
    const { doc, text, truncated } = build(makeDecisionRecordInput());

    it('opens with a heading and a success panel saying what was decided and when', () => {
      expect(doc.content[0]).toEqual({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'Change CHG-12 approved' }],
      });
      expect(panelType(doc)).toBe('success');
      expect(text).toContain('Approved on Fri 20 Nov 2026, 14:02 GMT. 2 approvals, 0 declines.');
    });

    it('has a table of who decided what and when, in the display time zone', () => {
      expect(text).toContain(
        [
          'Approver | Group | Decision | When | Comment',
          'Sam Rivera | cab-security | Approved | Fri 20 Nov 2026, 10:31 GMT | Token scopes reviewed.',
          'Priya Nair | cab-payments | Approved | Fri 20 Nov 2026, 14:02 GMT | —',
        ].join('\n'),
      );
    });

    it('lists conditions, says there was no dissent, and gives the context and routing reasons', () => {
      expect(text).toContain('Conditions\n\n• Deploy outside the 17:00–19:00 settlement run.');
      expect(text).toContain('Dissent\n\nNo dissent recorded.');
      expect(text).toContain('• Summary: Rotate the card-vault signing key');
      expect(text).toContain('• Systems: Payments API');
      // The change type and risk in words, the window in the display zone, naming it
      expect(text).toContain('• Change type: Normal');
      expect(text).toContain('• Risk: Medium');
      expect(text).toContain('• Planned window: Sat 21 Nov 2026, 09:00 – 10:00 GMT');
      expect(text).toContain('• payments-api requires cab-payments and cab-security');
    });

    it('links the pull request and the change request', () => {
      const links = inlineNodes(doc).flatMap((node) =>
        node.type === 'text'
          ? (node.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [[node.text, mark.attrs.href]] : []))
          : [],
      );

      expect(links).toEqual([
        ['Rotate signing key (#412)', 'https://github.com/acme/payments-api/pull/412'],
        ['CHG-12', 'https://asynccab-demo.atlassian.net/browse/CHG-12'],
      ]);
    });

    it('is not truncated and ends with the footer', () => {
      expect(truncated).toBe(false);
      expect(text.endsWith('· · ·\n\nRecorded by Async CAB on Fri 20 Nov 2026, 14:02 GMT.')).toBe(true);
    });
  });

  it('shows times in the requested zone, with summer time', () => {
    const { text } = build(
      makeDecisionRecordInput({
        decidedAt: '2026-07-01T14:00:00Z',
        timeZone: 'Europe/London',
        approvers: [],
      }),
    );

    expect(text).toContain('Approved on Wed 1 Jul 2026, 15:00 BST.');
  });

  it('records a decline in an error panel with the dissent', () => {
    const { doc, text } = build(
      makeDecisionRecordInput({
        decision: 'declined',
        approvers: [
          {
            name: 'Priya Nair',
            accountId: 'p',
            group: 'cab-payments',
            decision: 'declined',
            comment: 'Not during Black Friday.',
          },
          { name: 'Sam Rivera', accountId: 's', group: 'cab-security', decision: 'pending' },
        ],
        dissent: [{ name: 'Priya Nair', comment: 'Not during Black Friday.' }],
      }),
    );

    expect(panelType(doc)).toBe('error');
    expect(text).toContain('Change CHG-12 declined');
    expect(text).toContain('0 approvals, 1 decline.');
    expect(text).toContain('Priya Nair | cab-payments | Declined | — | Not during Black Friday.');
    expect(text).toContain('Sam Rivera | cab-security | No answer | — | —');
    expect(text).toContain('Dissent\n\n• Priya Nair: Not during Black Friday.');
  });

  it('records approval by silence with the objection window and who was notified when', () => {
    const { doc, text } = build(
      makeDecisionRecordInput({
        decision: 'approved-by-silence',
        approvers: [{ name: 'Pat Kim', accountId: 'p', group: 'cab-platform', decision: 'pending' }],
        silence: {
          objectionWindow: '8 business hours',
          notified: [{ name: 'Pat Kim', at: '2026-11-19T09:00:00Z' }],
          objections: 0,
        },
      }),
    );

    expect(panelType(doc)).toBe('info');
    expect(text).toContain('Change CHG-12 approved by silence');
    expect(text).toContain('No objection was raised within the objection window (8 business hours)');
    expect(text).toContain('Objection window: 8 business hours. Objections raised: 0.');
    expect(text).toContain('• Pat Kim, notified Thu 19 Nov 2026, 09:00 GMT');
  });

  it('says so in bold when silence is recorded but nobody was notified', () => {
    const { text } = build(
      makeDecisionRecordInput({
        decision: 'approved-by-silence',
        silence: { objectionWindow: '1 day', notified: [], objections: 0 },
      }),
    );

    expect(text).toContain('Nobody was notified.');
  });

  it('records an emergency implemented before approval in a warning panel with the break-glass details', () => {
    const { doc, text } = build(
      makeDecisionRecordInput({
        decision: 'implemented-before-approval',
        timeZone: 'America/New_York',
        decidedAt: '2026-11-20T03:10:00Z',
        breakGlass: {
          by: 'Olivia Chen',
          at: '2026-11-20T03:05:00Z',
          reason: 'Checkout is down: certificate expired.',
          retrospectiveDeadline: '2026-11-21T03:05:00Z',
        },
      }),
    );

    expect(panelType(doc)).toBe('warning');
    expect(text).toContain('Change CHG-12 implemented before approval');
    expect(text).toContain(
      'Olivia Chen implemented this change before it was approved, on Thu 19 Nov 2026, 22:05 GMT-5 (America/New_York). Retrospective approval is due by Fri 20 Nov 2026, 22:05 GMT-5 (America/New_York).',
    );
    expect(text).toContain('• Reason: Checkout is down: certificate expired.');
  });

  it('says plainly when lists are empty and leaves out links it does not have', () => {
    const { text } = build(
      makeDecisionRecordInput({
        approvers: [],
        conditions: [],
        context: { summary: '', changeType: 'standard', risk: 'low', systems: [], routingReasons: [] },
        links: {},
      }),
    );

    expect(text).toContain('No approver decisions were recorded.');
    expect(text).toContain('No conditions.');
    expect(text).toContain('• Summary: —');
    expect(text).toContain('• Systems: —');
    expect(text).toContain('No routing reasons were recorded.');
    expect(text).not.toContain('Links');
  });

  it('keeps special characters as text, turns line breaks into hardBreaks and drops control characters', () => {
    const { doc, text } = build(
      makeDecisionRecordInput({
        conditions: ['<script>alert("x")</script> & 🚀\r\nsecond line\u0007\tend'],
      }),
    );

    expect(text).toContain('• <script>alert("x")</script> & 🚀\nsecond line end');
    expect(inlineNodes(doc)).toContainEqual({ type: 'hardBreak' });
  });

  describe("Jira's comment limit", () => {
    it('shortens a very long comment with an ellipsis and says so', () => {
      const { text, doc, truncated } = build(
        makeDecisionRecordInput({
          approvers: [
            {
              name: 'Sam Rivera',
              accountId: 's',
              group: 'cab-security',
              decision: 'approved',
              comment: 'x'.repeat(40_000),
            },
          ],
        }),
      );

      expect(truncated).toBe(true);
      expect(text).toMatch(/x…/);
      expect(text).toContain("Some long text was shortened (marked …) to fit Jira's comment limit");
      expect(JSON.stringify(doc).length).toBeLessThanOrEqual(DECISION_RECORD_MAX_CHARS);
      expect(text.length).toBeLessThanOrEqual(DECISION_RECORD_MAX_CHARS);
    });

    it('says how many approvers it left out of a very long table', () => {
      const approvers = Array.from({ length: 500 }, (_, index) => ({
        name: `Approver ${index}`,
        accountId: `a-${index}`,
        group: 'cab-operations',
        decision: 'approved' as const,
        comment: 'Looks fine to me, with the rollback plan as written.',
      }));

      const { doc, text, truncated } = build(makeDecisionRecordInput({ approvers }));

      expect(truncated).toBe(true);
      expect(text).toMatch(/… and \d+ more approvers not shown\./);
      expect(JSON.stringify(doc).length).toBeLessThanOrEqual(DECISION_RECORD_MAX_CHARS);
    });
  });

  describe('bad input is answered, not thrown', () => {
    it.each<[string, unknown, string]>([
      ['not an object', 'approved', 'expected object'],
      [
        'an unknown decision',
        { ...makeDecisionRecordInput(), decision: 'maybe' },
        'decision must be one of approved, declined',
      ],
      [
        'a bad issue key',
        makeDecisionRecordInput({ issueKey: 'chg 12' }),
        'issueKey must look like CHG-123.',
      ],
      [
        'an unknown time zone',
        makeDecisionRecordInput({ timeZone: 'Mars/Olympus' }),
        'timeZone "Mars/Olympus" is not a known IANA time zone.',
      ],
      [
        'a date without offset',
        makeDecisionRecordInput({ decidedAt: '2026-11-20 14:02' }),
        'decidedAt must be an ISO 8601 date-time',
      ],
      [
        'a javascript: link',
        makeDecisionRecordInput({ links: { issueUrl: 'javascript:alert(1)' } }),
        'links.issueUrl: links.issueUrl must be an absolute http(s) URL.',
      ],
      [
        'silence without its audit data',
        makeDecisionRecordInput({ decision: 'approved-by-silence' }),
        'silence: An approved-by-silence record needs silence',
      ],
      [
        'silence with objections',
        makeDecisionRecordInput({
          decision: 'approved-by-silence',
          silence: { objectionWindow: '1 day', notified: [], objections: 2 },
        }),
        'silence.objections: A change with objections cannot be approved by silence.',
      ],
      [
        'break glass without its details',
        makeDecisionRecordInput({ decision: 'implemented-before-approval' }),
        'breakGlass: An implemented-before-approval record needs breakGlass',
      ],
      [
        'an approver without a name',
        makeDecisionRecordInput({
          approvers: [{ name: ' ', accountId: 'a', group: 'g', decision: 'approved' }],
        }),
        'approvers.0.name: approvers[].name must not be empty.',
      ],
    ])('%s', (_what, input, expected) => {
      const result = buildDecisionRecord(input);

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(/^Cannot build the decision record: /);
      expect(result.message).toContain(expected);
    });
  });
});
