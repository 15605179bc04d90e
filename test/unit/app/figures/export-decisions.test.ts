import { deviationsOf } from '../../../../src/app/figures/decision-row';
import { exportDecisions } from '../../../../src/app/figures/export-decisions';
import type { FiguresDeps } from '../../../../src/app/figures/figures-deps';
import type { IssueFactsPort, LedgerScan } from '../../../../src/app/ports/figures-ports';
import type { LedgerEntry } from '../../../../src/app/ports/store-ports';
import { DEMO_GROUP_IDS } from '../../../../src/domain/policy';
import { makeChangeRequest } from '../../../factories/make-change-request';
import { FakeFiguresStore } from '../fakes/in-memory-figures-store';
import {
  inMemoryAppDeps,
  REQUESTER,
  routedChangeRequest,
  SAM,
  type Fakes,
} from '../fakes/in-memory-app-deps';

const MANAGER = { accountId: 'acc-morgan', displayName: 'Morgan Blake' };

/** The ledger's `by-routed` scan over the fakes, `pageSize` rows a page, in routing order. */
function scanOf(fakes: Fakes, pageSize: number): LedgerScan {
  return {
    page(query, cursor) {
      const rows = [...fakes.ledger.entries.values()]
        .filter((entry) => query.statuses.includes(entry.status))
        .filter((entry) => Date.parse(entry.routedAt) <= query.routedUntil)
        .sort(
          (a, b) => Date.parse(a.routedAt) - Date.parse(b.routedAt) || a.issueKey.localeCompare(b.issueKey),
        );
      const start = cursor === undefined ? 0 : Number(cursor);
      const next = start + pageSize;
      return Promise.resolve({
        entries: rows.slice(start, next),
        nextCursor: next < rows.length ? String(next) : undefined,
      });
    },
  };
}

const issueFacts: IssueFactsPort = {
  factsOf: (keys) =>
    Promise.resolve(
      new Map(keys.map((key) => [key, { createdAt: '2026-11-30T16:45:00.000+0000', reporter: REQUESTER }])),
    ),
};

/** A routed CR as the ledger holds it once decided at `at` (the publisher's entry). */
function decide(
  fakes: Fakes,
  issueKey: string,
  at: string,
  overrides: Partial<LedgerEntry> = {},
  summary?: string,
) {
  routedChangeRequest(
    fakes,
    issueKey,
    {
      status: 'approved',
      decision: {
        outcome: 'approved',
        by: 'approvers',
        at,
        commentId: `${issueKey.slice(4)}001`,
        recordText: `Change ${issueKey} approved by Sam Rivera (https://site.example/browse/${issueKey})`,
      },
      ...overrides,
    },
    makeChangeRequest({
      requester: { accountId: REQUESTER.accountId },
      ...(summary === undefined ? {} : { summary }),
    }),
  );
}

function setUp(pageSize = 100): { fakes: Fakes; deps: FiguresDeps } {
  const fakes = inMemoryAppDeps();
  fakes.jira.members.set(DEMO_GROUP_IDS.changeManagers, [MANAGER]);
  return {
    fakes,
    deps: {
      app: fakes.deps,
      rollups: new FakeFiguresStore(),
      ledgerScan: scanOf(fakes, pageSize),
      issueFacts,
    },
  };
}

const manager = { accountId: MANAGER.accountId, isJiraAdmin: () => Promise.resolve(false) };
const period = { from: '2026-12-01', to: '2026-12-31', timeZone: 'Europe/Berlin' };

/** RFC 4180 back into rows (the test's own reader, so the writer is checked against the standard). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv.charAt(i);
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('the audit export', () => {
  it('lists the decided change requests of the period with times in UTC and the viewer zone', async () => {
    const { fakes, deps } = setUp();
    decide(fakes, 'CHG-1', '2026-12-02T09:15:00.000Z');
    decide(fakes, 'CHG-2', '2027-01-05T09:15:00.000Z'); // decided after the period
    await fakes.deps.ledger.recordAnswer('CHG-1', {
      accountId: SAM.accountId,
      displayName: SAM.displayName,
      decision: 'approve',
      at: '2026-12-02T09:10:00.000Z',
      comment: 'Fine, but "after" 18:00,\nplease',
      conditions: ['Deploy after 18:00'],
    });

    const part = await exportDecisions(deps, manager, period);

    const [header, ...rows] = parseCsv(part.csv);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries((header ?? []).map((name, i) => [name, rows[0]?.[i]]));
    expect(row).toMatchObject({
      request_key: 'CHG-1',
      requester: REQUESTER.displayName,
      requester_account_id: REQUESTER.accountId,
      raised_at_utc: '2026-11-30T16:45:00Z',
      routed_at_utc: '2026-12-01T10:00:00Z',
      decided_at_utc: '2026-12-02T09:15:00Z',
      viewer_time_zone: 'Europe/Berlin',
      decided_at_viewer: '2026-12-02T10:15:00+01:00',
      decision: 'approved',
      decided_by: 'approvers (JSM approval)',
      request_link: 'https://site.example/browse/CHG-1',
    });
    expect(row.approvers_and_answers).toBe(
      `Sam Rivera (acc-sam): approve at 2026-12-02T09:10:00Z, comment: Fine, but "after" 18:00,\nplease, conditions: Deploy after 18:00`,
    );
    expect(part).toMatchObject({
      rows: 1,
      nextCursor: null,
      fileName: 'async-cab-decisions-2026-12-01-to-2026-12-31.csv',
    });
    expect(part.evidence).toEqual([
      expect.objectContaining({ issueKey: 'CHG-1', fileName: 'CHG-1-evidence.txt' }) as unknown,
    ]);
    expect(part.evidence[0]?.text).toContain(
      'Change CHG-1 approved by Sam Rivera (https://site.example/browse/CHG-1)',
    );
    expect(part.evidence[0]?.text).toContain('Test evidence: https://ci.acme.example/runs/4711');
    expect(part.evidence[0]?.text).toContain(
      'Decision record: https://site.example/browse/CHG-1?focusedCommentId=1001',
    );
  });

  it('keeps a spreadsheet from running cells as formulas', async () => {
    const { fakes, deps } = setUp();
    decide(fakes, 'CHG-1', '2026-12-02T09:15:00.000Z', {}, '=HYPERLINK("https://evil.example","click")');
    decide(fakes, 'CHG-2', '2026-12-02T09:16:00.000Z', {}, '@SUM(A1:A9)');
    decide(fakes, 'CHG-3', '2026-12-02T09:17:00.000Z', {}, '-2+3');
    decide(fakes, 'CHG-4', '2026-12-02T09:18:00.000Z', {}, '+1 more');

    const part = await exportDecisions(deps, manager, period);

    expect(
      parseCsv(part.csv)
        .slice(1)
        .map((row) => row[1]),
    ).toEqual([`'=HYPERLINK("https://evil.example","click")`, "'@SUM(A1:A9)", "'-2+3", "'+1 more"]);
    expect(part.csv).toContain('"\'=HYPERLINK(""https://evil.example"",""click"")"');
  });

  it('names the deviations, such as an escalation', async () => {
    const { fakes, deps } = setUp();
    decide(fakes, 'CHG-1', '2026-12-02T09:15:00.000Z', {
      overdue: {
        since: '2026-12-02T08:00:00.000Z',
        escalatedAt: '2026-12-02T08:00:00.000Z',
        groupIds: ['g'],
      },
    });

    const part = await exportDecisions(deps, manager, period);

    const [header, row] = parseCsv(part.csv);
    const deviations = row?.[(header ?? []).indexOf('deviations')];
    expect(deviations).toContain('overdue: escalated at 2026-12-02T08:00:00Z');
  });

  it('names break-glass, a late retrospective decision and silence as consent', () => {
    const base = routedChangeRequest(inMemoryAppDeps(), 'CHG-9');
    const decision = {
      outcome: 'approved' as const,
      at: '2026-12-03T12:00:00.000Z',
      recordText: 'Approved.',
    };
    const breakGlass = {
      byAccountId: REQUESTER.accountId,
      byName: REQUESTER.displayName,
      at: '2026-12-01T10:05:00.000Z',
      reason: 'Card payments fail for everyone; the fix cannot wait.',
      retrospectiveDeadline: '2026-12-02T10:05:00.000Z',
      recordText: 'Implemented before approval.',
    };
    expect(
      deviationsOf({ ...base, breakGlass, decision: { ...decision, by: 'retrospective' } }, false),
    ).toEqual([
      'break-glass: implemented before approval by Priya Shah at 2026-12-01T10:05:00Z (Card payments fail for everyone; the fix cannot wait.)',
      'retrospective decision after its deadline 2026-12-02T10:05:00Z',
    ]);
    expect(deviationsOf({ ...base, decision: { ...decision, by: 'silence' } }, true)).toEqual([
      'approved by silence as consent: nobody answered',
      'decided after the response-time agreement',
    ]);
  });

  it('comes in parts that carry on from a cursor, the header in the first part only', async () => {
    const { fakes, deps } = setUp(2);
    for (const [i, key] of ['CHG-1', 'CHG-2', 'CHG-3'].entries()) {
      decide(fakes, key, `2026-12-0${String(i + 2)}T09:00:00.000Z`);
    }
    const first = await exportDecisions(deps, manager, period);
    expect(first.rows).toBe(2);
    expect(first.nextCursor).not.toBeNull();

    const second = await exportDecisions(deps, manager, { ...period, cursor: first.nextCursor ?? '' });

    expect(second.rows).toBe(1);
    expect(second.nextCursor).toBeNull();
    expect(parseCsv(second.csv).map((row) => row[0])).toEqual(['CHG-3']);
  });

  it('refuses a cursor from another export', async () => {
    const { fakes, deps } = setUp(1);
    decide(fakes, 'CHG-1', '2026-12-02T09:00:00.000Z');
    decide(fakes, 'CHG-2', '2026-12-03T09:00:00.000Z');
    const first = await exportDecisions(deps, manager, period);

    await expect(
      exportDecisions(deps, manager, { ...period, to: '2026-12-30', cursor: first.nextCursor ?? '' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [expect.objectContaining({ field: 'cursor' }) as unknown],
    });
    await expect(exportDecisions(deps, manager, { ...period, cursor: 'v1.not-json' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('is for change managers and Jira admins only', async () => {
    const { deps } = setUp();
    const developer = { accountId: 'acc-dev', isJiraAdmin: () => Promise.resolve(false) };
    await expect(exportDecisions(deps, developer, period)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only change managers and Jira administrators can export the decisions.',
    });
    const admin = { accountId: 'acc-alex', isJiraAdmin: () => Promise.resolve(true) };
    await expect(exportDecisions(deps, admin, period)).resolves.toMatchObject({ rows: 0 });
  });
});
