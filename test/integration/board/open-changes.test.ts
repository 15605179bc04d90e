import type { OpenChangesView } from '../../../src/shared/board-view-models';
import { PEOPLE, validAnswers, type Person } from '../app/app-harness';
import { startBoardHost, valueOf, type BoardHost } from './board-harness';

/**
 * "All open changes" through the local host: states, filters, the JQL that finds the same set in Jira,
 * refusals of bad filters, and only what the viewer could open in Jira. Tuesday 1 December, 09:00 London.
 */
const TUESDAY_MORNING_LONDON = '2026-12-01T09:00:00.000Z';
const REASON = 'Alerting is down for every production cluster; this reverts the broken exporter config.';

describe('All open changes', () => {
  let app: BoardHost;
  const keys = { checkout: '', payments: '', platform: '', waiting: '', emergency: '', byDev: '' };
  beforeAll(async () => {
    app = await startBoardHost(TUESDAY_MORNING_LONDON);
    keys.checkout = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());
    keys.payments = await app.raise(
      PEOPLE.dana,
      'Rotate the payments API keys',
      validAnswers({ affectedSystems: ['payments-api'] }),
    );
    keys.platform = await app.raise(
      PEOPLE.dana,
      'Upgrade the ingress controller',
      validAnswers({ affectedSystems: ['k8s-platform'] }),
    );
    const incomplete: Record<string, unknown> = validAnswers();
    delete incomplete['rollbackPlan'];
    keys.waiting = await app.raise(PEOPLE.dana, 'Move the checkout logs', incomplete);
    keys.emergency = await app.raiseEmergency(
      PEOPLE.dana,
      'Revert the metrics exporter',
      validAnswers({ affectedSystems: ['observability'], changeType: 'emergency', risk: 'high' }),
    );
    valueOf(
      await app.call(PEOPLE.dana, keys.emergency, 'implementNow', {
        issueKey: keys.emergency,
        reason: REASON,
      }),
    );
    keys.byDev = await app.raise(PEOPLE.dev, 'Resize the checkout pods', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  const open = async (as: Person, filters: Record<string, unknown> = {}) =>
    valueOf(await app.board<OpenChangesView>(as, 'getOpenChanges', filters));
  const keysOf = (view: OpenChangesView) => view.items.map((item) => item.issueKey).sort();
  const sorted = (...list: string[]) => [...list].sort();

  it('shows a change manager every open change request with its state in words', async () => {
    const view = await open(PEOPLE.morgan);
    expect(keysOf(view)).toEqual(sorted(...Object.values(keys)));
    const row = (key: string) => view.items.find((item) => item.issueKey === key);
    expect(row(keys.payments)).toMatchObject({
      stateLabel: 'Awaiting approval',
      groupsLabel: '0 of 2 groups approved',
    });
    expect(row(keys.waiting)).toMatchObject({
      state: 'waiting-for-answers',
      summary: 'Move the checkout logs',
      note: 'Missing or invalid: Rollback plan.',
    });
    expect(row(keys.emergency)).toMatchObject({
      state: 'break-glass',
      emergency: true,
      flags: ['Emergency'],
    });
    expect(row(keys.emergency)?.note).toContain('Implemented now by Dana Lee');
    expect(view.options.systems).toContainEqual({ value: 'payments-api', label: 'Payments API' });
    expect(view.options.groups).toContainEqual(expect.objectContaining({ label: 'cab-payments' }));
  });

  it('filters by system, approver group, change type and status', async () => {
    const cabPayments = (await open(PEOPLE.morgan)).options.groups.find(
      (group) => group.label === 'cab-payments',
    )?.value;
    expect(keysOf(await open(PEOPLE.morgan, { system: 'payments-api' }))).toEqual([keys.payments]);
    expect(keysOf(await open(PEOPLE.morgan, { group: cabPayments }))).toEqual(
      sorted(keys.checkout, keys.payments, keys.byDev),
    );
    expect(keysOf(await open(PEOPLE.morgan, { changeType: 'emergency' }))).toEqual([keys.emergency]);
    expect(keysOf(await open(PEOPLE.morgan, { status: 'break-glass' }))).toEqual([keys.emergency]);
    expect(keysOf(await open(PEOPLE.morgan, { status: 'waiting-for-answers' }))).toEqual([keys.waiting]);
    const filtered = await open(PEOPLE.morgan, { system: 'payments-api' });
    expect(filtered.total).toBe(Object.keys(keys).length);
    expect(filtered.filters).toEqual({ system: 'payments-api' });
  });

  it('gives the JQL that finds the same change requests in Jira, where one exists', async () => {
    // When the filters are ones Jira can tell apart, the JQL finds exactly the board's rows
    const awaiting = await open(PEOPLE.morgan, { status: 'awaiting-approval', system: 'checkout-web' });
    expect(awaiting.jql).toBe(
      'status in ("Awaiting approval", "Awaiting emergency approval") AND "Affected systems" = "checkout-web" ORDER BY created ASC',
    );
    expect((await app.jql(awaiting.jql ?? '')).sort()).toEqual(keysOf(awaiting));
    const cabPayments = awaiting.options.groups.find((group) => group.label === 'cab-payments')?.value;
    const byGroup = await open(PEOPLE.morgan, {
      status: 'awaiting-approval',
      group: cabPayments,
      changeType: 'normal',
    });
    expect((await app.jql(byGroup.jql ?? '')).sort()).toEqual(keysOf(byGroup));
    // And where they are not, it says why instead
    const all = await open(PEOPLE.morgan);
    expect(all.jql).toBeNull();
    expect(all.jqlNote).toContain('Choose the status "Awaiting approval" or "Overdue" for a JQL');
  });

  it('refuses filters that are not valid, naming the field', async () => {
    const refused = async (filters: Record<string, unknown>) => {
      const answer = await app.board<OpenChangesView>(PEOPLE.morgan, 'getOpenChanges', filters);
      if (answer.ok) throw new Error('expected a refusal');
      return answer.error as {
        code: string;
        message: string;
        fieldErrors?: { field: string; message: string }[];
      };
    };
    expect(await refused({ status: 'bogus' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'status' }],
    });
    expect((await refused({ status: 'bogus' })).fieldErrors?.[0]?.message).toContain(
      'Choose one of: awaiting-approval',
    );
    expect(await refused({ system: 'Not A Key!' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'system' }],
    });
    expect(await refused({ system: 'billing' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'The policy has no system "billing".',
      fieldErrors: [{ field: 'system', code: 'unknown-system' }],
    });
    expect(await refused({ group: 'no-such-group' })).toMatchObject({
      fieldErrors: [{ field: 'group', code: 'unknown-group' }],
    });
    expect(await refused({ sortBy: 'deadline' })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('shows a developer who cannot browse the project only the change requests they raised', async () => {
    const dana = await open(PEOPLE.dana);
    expect(keysOf(dana)).not.toContain(keys.byDev);
    expect(keysOf(dana)).toContain(keys.checkout);
    expect(dana.items.every((item) => item.raisedByViewer)).toBe(true);
    // Others read the requester's name, as Jira gave it when the change was raised
    expect(dana.items.every((item) => item.raisedBy === 'Dana Lee')).toBe(true);
  });

  it('is not there for a portal-only customer (full pages take no unlicensedAccess)', async () => {
    const page = await fetch(`${app.host.url}${await app.pagePath()}`, {
      headers: { cookie: `acab_user=${encodeURIComponent(PEOPLE.riley.accountId)}` },
    });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('data-frame-token');
  });

  it('flags overdue change requests as the issue property does, and the gadget counts them', async () => {
    // When the clock passes Thursday's 17:00 deadline in London and the sweep escalates
    await app.advanceTo('2026-12-04T10:00:00.000Z');

    // Then the overdue filter and its JQL find the same change requests
    const overdue = await open(PEOPLE.morgan, { status: 'overdue' });
    expect(keysOf(overdue)).toEqual(expect.arrayContaining([keys.checkout, keys.payments]));
    expect(overdue.items.every((item) => item.overdue && item.flags.includes('Overdue'))).toBe(true);
    expect(overdue.jql).toBe('issue.property[async-cab].overdue = "true" ORDER BY created ASC');
    expect((await app.jql(overdue.jql ?? '')).sort()).toEqual(keysOf(overdue));
    // And the most urgent come first on the unfiltered list
    const all = await open(PEOPLE.morgan);
    expect(all.items.slice(0, overdue.items.length).every((item) => item.overdue)).toBe(true);
    const gadget = valueOf(
      await app.board<{ overdueCount: number }>(PEOPLE.morgan, 'getBoardGadget', {}, 'gadget'),
    );
    expect(gadget.overdueCount).toBe(overdue.items.length);
  });
});
