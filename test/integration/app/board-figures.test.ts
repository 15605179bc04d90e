/**
 * The board's figures, calendar and audit export through the local host: change requests raised over JSM
 * REST, answered by their approver in the issue panel, then getFigures, getCalendar and exportDecisions
 * called as the Custom UI calls them. The decision publisher does not feed the figures yet, so each
 * decided change request is recorded the way it will: recordDecidedChange with the ledger's entry and
 * answers, inside a host invocation on the host's KVS (recording is idempotent, so this test holds once the
 * publisher records them too).
 */
import { figuresRollupStore } from '../../../src/adapters/kvs/figures-rollup-store';
import { ledgerRepository } from '../../../src/adapters/kvs/ledger-repository';
import { recordDecidedChange } from '../../../src/app/figures/record-decided-change';
import type { CalendarView, DecisionExportPartView, FiguresView, PolicyView } from '../../../src/shared';
import { basic, PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from './app-harness';
import { inHostInvocation } from './in-host-invocation';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string; fieldErrors?: { field: string; message: string }[] };
}

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const window = (start: string, end: string) => ({ plannedWindow: { start, end, timeZone: 'Europe/London' } });

describe('figures, calendar and export through the local host', () => {
  let app: AppHost;
  const keys: Record<'a' | 'b' | 'c' | 'frozen' | 'byDev', string> = {
    a: '',
    b: '',
    c: '',
    frozen: '',
    byDev: '',
  };
  let week: { from: string; to: string };
  const call = <T>(as: Person, functionKey: string, payload: unknown) =>
    app.invoke(as, keys.a, functionKey, payload) as Promise<Envelope<T>>;

  async function answer(issueKey: string, decision: 'approve' | 'decline', comment: string): Promise<void> {
    const panel = (await app.invoke(PEOPLE.priya, issueKey, 'getApprovalPanel', { issueKey })) as Envelope<{
      viewer: { approvalId: string | null };
    }>;
    const answered = (await app.invoke(PEOPLE.priya, issueKey, 'answerApproval', {
      issueKey,
      approvalId: panel.value?.viewer.approvalId,
      decision,
      comment,
    })) as Envelope<{ decision: string }>;
    expect(answered.value?.decision).toBe(decision === 'approve' ? 'approved' : 'declined');
  }

  /** What the decision publisher is to call once a decision is published (src/app/lifecycle/publish-decision.ts). */
  async function recordFigures(issueKey: string) {
    const { entry, answers } = await inHostInvocation(app.host, async () => ({
      entry: await ledgerRepository.get(issueKey),
      answers: await ledgerRepository.listAnswers(issueKey),
    }));
    if (entry === undefined) throw new Error(`${issueKey} has no ledger entry`);
    // Read over HTTP outside the invocation (inside one, fetch is the app's egress).
    const members = new Map<string, { accountId: string; displayName: string }[]>();
    for (const group of entry.routing?.groups ?? [])
      members.set(group.groupId, await membersOf(group.groupId));
    const jira = { groupMembers: (groupId: string) => Promise.resolve(members.get(groupId) ?? []) };
    return inHostInvocation(app.host, () =>
      recordDecidedChange({ figures: figuresRollupStore, jira }, entry, answers),
    );
  }

  /** The group's members from the Jira stand-in (GET /rest/api/3/group/member), as Jira lists them. */
  async function membersOf(groupId: string) {
    const response = await fetch(`${app.host.url}/rest/api/3/group/member?groupId=${groupId}`, {
      headers: { authorization: basic(PEOPLE.alex) },
    });
    const page = (await response.json()) as { values: { accountId: string; displayName: string }[] };
    return page.values;
  }

  beforeAll(async () => {
    app = await startAppHost();
    keys.a = await app.raise(
      PEOPLE.dana,
      'Retry card payments',
      validAnswers(window('2026-12-01T10:00:00Z', '2026-12-01T11:00:00Z')),
    );
    keys.b = await app.raise(
      PEOPLE.dana,
      'New checkout banner',
      validAnswers(window('2026-12-01T10:30:00Z', '2026-12-01T11:30:00Z')),
    );
    keys.c = await app.raise(
      PEOPLE.dana,
      'Swap the CDN',
      validAnswers(window('2026-12-08T10:00:00Z', '2026-12-08T11:00:00Z')),
    );
    keys.frozen = await app.raise(
      PEOPLE.dana,
      'Checkout redesign',
      validAnswers(window('2026-12-08T14:00:00Z', '2026-12-08T15:00:00Z')),
    );
    keys.byDev = await app.raise(
      PEOPLE.dev,
      'Resize the checkout pods',
      validAnswers(window('2026-12-02T10:00:00Z', '2026-12-02T11:00:00Z')),
    );
    await answer(keys.a, 'approve', 'Retries look safe.');
    await answer(keys.b, 'approve', 'Fine.');
    await answer(keys.c, 'decline', '=1+1, "not" now');
    const today = app.host.clock.now().getTime();
    week = { from: dateOf(today - 6 * DAY), to: dateOf(today) };
  });
  afterAll(async () => {
    await app.stop();
  });

  it('gives the figures of the decided change requests, each counted once', async () => {
    expect(await recordFigures(keys.a)).toMatch(/^(counted|already-counted)$/);
    await recordFigures(keys.b);
    await recordFigures(keys.c);
    // A retried publisher counts nothing twice
    expect(await recordFigures(keys.a)).toBe('already-counted');

    const figures = await call<FiguresView>(PEOPLE.dana, 'getFigures', week);

    expect(figures.ok).toBe(true);
    expect(figures.value?.precision).toEqual({ kind: 'sketch', relativeError: 0.02 });
    expect(figures.value?.total).toMatchObject({ decided: 3, approved: 2, declined: 1, silenceShare: 0 });
    expect(figures.value?.total.firstResponse.samples).toBe(3);
    expect(figures.value?.byGroup.map((group) => [group.label, group.summary.decided])).toEqual([
      ['cab-payments', 3],
    ]);
    expect(figures.value?.byApprover.map((one) => [one.label, one.summary.firstResponse.samples])).toEqual([
      ['Priya Nair', 3],
    ]);
    expect(figures.value?.byChangeType.map((one) => one.key)).toEqual(['normal']);
    expect(figures.value?.trend.reduce((sum, one) => sum + one.summary.decided, 0)).toBe(3);
  });

  it('shows the planned windows by system and week, with the clash and the freeze', async () => {
    // Alex, a Jira admin, adds a hard freeze on checkout-web for 7-9 December
    const view = await call<PolicyView>(PEOPLE.alex, 'getPolicy', {});
    const policy = view.value?.policy;
    if (policy === undefined) throw new Error('no policy');
    const saved = await call<PolicyView>(PEOPLE.alex, 'savePolicy', {
      policy: {
        ...policy,
        freezeWindows: [
          {
            name: 'Checkout freeze',
            start: '2026-12-07T00:00:00Z',
            end: '2026-12-09T00:00:00Z',
            systems: ['checkout-web'],
            kind: 'hard',
          },
        ],
      },
      expectedRevision: view.value?.revision,
    });
    expect(saved.ok).toBe(true);

    const calendar = await call<CalendarView>(PEOPLE.dana, 'getCalendar', {
      from: '2026-11-30',
      to: '2026-12-13',
    });

    expect(calendar.value?.weeks.map((one) => one.week)).toEqual(['2026-W49', '2026-W50']);
    const checkout = calendar.value?.systems.find((system) => system.key === 'checkout-web');
    expect(checkout?.cells[0]?.changes.map((change) => [change.issueKey, change.conflicting])).toEqual([
      [keys.a, true],
      [keys.b, true],
    ]);
    expect(calendar.value?.conflicts).toEqual([
      expect.objectContaining({ system: 'checkout-web', issueKeys: [keys.a, keys.b] }) as unknown,
    ]);
    // The declined change is not planned any more; the one waiting for approval is, inside the freeze
    expect(checkout?.cells[1]?.changes.map((change) => [change.issueKey, change.frozen])).toEqual([
      [keys.frozen, true],
    ]);
    expect(checkout?.cells[1]?.freezes.map((freeze) => freeze.name)).toEqual(['Checkout freeze']);
  });

  it('shows a viewer only the planned changes they could open in Jira', async () => {
    const period = { from: '2026-11-30', to: '2026-12-13' };
    const changesOn = (view: Envelope<CalendarView>) =>
      view.value?.systems
        .find((system) => system.key === 'checkout-web')
        ?.cells[0]?.changes.map((change) => change.issueKey);
    // Morgan, a change manager, browses the project; Dana, a developer, sees the changes she raised
    expect(changesOn(await call<CalendarView>(PEOPLE.morgan, 'getCalendar', period))).toEqual([
      keys.a,
      keys.b,
      keys.byDev,
    ]);
    expect(changesOn(await call<CalendarView>(PEOPLE.dana, 'getCalendar', period))).toEqual([keys.a, keys.b]);
  });

  it('exports the decided change requests as CSV with their evidence, for change managers', async () => {
    const refused = await call(PEOPLE.dana, 'exportDecisions', { ...week, timeZone: 'Europe/Berlin' });
    expect(refused.error?.code).toBe('FORBIDDEN');

    const part = await call<DecisionExportPartView>(PEOPLE.morgan, 'exportDecisions', {
      ...week,
      timeZone: 'Europe/Berlin',
    });

    expect(part.ok).toBe(true);
    const lines = part.value?.csv.split('\r\n').filter((line) => line !== '') ?? [];
    expect(lines[0]).toMatch(/^"request_key","summary","requester",/);
    expect(lines).toHaveLength(4);
    const declined = lines.find((line) => line.startsWith(`"${keys.c}"`)) ?? '';
    expect(declined).toContain('"Swap the CDN"');
    expect(declined).toContain('comment: =1+1, ""not"" now');
    expect(declined).toContain('"declined"');
    // Raised and routed times from Jira and the ledger, in UTC and in Berlin
    expect(declined).toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z","\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/);
    expect(declined).toMatch(/"Europe\/Berlin","\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00"/);
    expect(part.value?.evidence.map((packet) => packet.issueKey).sort()).toEqual(
      [keys.a, keys.b, keys.c].sort(),
    );
    expect(part.value?.evidence.find((packet) => packet.issueKey === keys.a)?.text).toContain(
      'Retries look safe.',
    );
    expect(part.value?.nextCursor).toBeNull();
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from', '"2026-02-30" is not a date in the calendar.'],
    [
      { from: '2026-03-01', to: '2026-02-01' },
      'to',
      'The period must end on or after its start (from 2026-03-01, to 2026-02-01).',
    ],
    [
      { from: '2025-01-01', to: '2026-03-01' },
      'to',
      'A period is at most one year (366 days); 2025-01-01 to 2026-03-01 is 425 days.',
    ],
    [{ from: '1 March', to: '2026-03-01' }, 'from', 'Give the date as YYYY-MM-DD, e.g. 2026-03-02.'],
  ])('refuses the period %j with a message on %s', async (period, field, message) => {
    const answer = await call(PEOPLE.dana, 'getFigures', period);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(answer.error?.fieldErrors).toContainEqual(expect.objectContaining({ field, message }));
  });

  it('refuses an unknown time zone and a foreign cursor for the export', async () => {
    const zone = await call(PEOPLE.morgan, 'exportDecisions', { ...week, timeZone: 'Mars/Olympus' });
    expect(zone.error?.fieldErrors).toContainEqual(
      expect.objectContaining({
        field: 'timeZone',
        message: '"Mars/Olympus" is not a known IANA time zone (e.g. Europe/London).',
      }),
    );
    const cursor = await call(PEOPLE.morgan, 'exportDecisions', {
      ...week,
      timeZone: 'UTC',
      cursor: 'v1.e30',
    });
    expect(cursor).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'cursor' }] },
    });
  });
});
