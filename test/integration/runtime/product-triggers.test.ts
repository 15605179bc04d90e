import { APP_ACCOUNT, createHarness, DANA, type Harness } from './runtime-harness';

const changelog = {
  id: '10042',
  items: [
    {
      field: 'status',
      fieldtype: 'jira',
      from: '10001',
      fromString: 'Draft',
      to: '10002',
      toString: 'Awaiting approval',
    },
  ],
};

function updated(
  issueKey: string,
  atlassianId: string,
): { eventType: string; atlassianId: string; [k: string]: unknown } {
  return {
    eventType: 'avi:jira:updated:issue',
    atlassianId,
    issue: { id: '10001', key: issueKey, fields: { summary: 'Rotate TLS certificates' } },
    changelog,
    timestamp: 1795000000000,
  };
}

describe('product triggers (avi:jira:*)', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => {
    h.dispose();
  });

  it('given an update made by the app itself, when emitted, then ignoreSelf triggers skip it and others get it', async () => {
    const deliveries = await h.runtime.emitProductEvent(updated('CHG-1', APP_ACCOUNT));

    expect(deliveries).toEqual(
      expect.arrayContaining([
        { moduleKey: 'issue-recorder', outcome: 'ignored-self' },
        { moduleKey: 'issue-audit', outcome: 'delivered' },
      ]),
    );
    expect(h.kvs.has('event:CHG-1:avi:jira:updated:issue:issue-recorder')).toBe(false);
    expect(h.kvs.get('event:CHG-1:avi:jira:updated:issue:issue-audit')).toEqual({
      selfGenerated: true,
      changelog,
    });
  });

  it('given an update made by a person, when emitted, then every subscribed trigger gets it with its changelog', async () => {
    const deliveries = await h.runtime.emitProductEvent(updated('CHG-2', DANA));

    expect(deliveries.map((d) => d.outcome)).toEqual(['delivered', 'delivered']);
    expect(h.kvs.get('event:CHG-2:avi:jira:updated:issue:issue-recorder')).toEqual({
      selfGenerated: false,
      changelog,
    });
    expect(h.kvs.get('event:CHG-2:avi:jira:updated:issue:issue-audit')).toEqual({
      selfGenerated: false,
      changelog,
    });
  });

  it('given a trigger that returns InvocationError(retryAfter 60), when a minute passes, then it is retried once', async () => {
    const created = { eventType: 'avi:jira:created:issue', atlassianId: DANA, issue: { key: 'CHG-3' } };

    const deliveries = await h.runtime.emitProductEvent(created);
    await h.runtime.drainQueues();
    expect(h.kvs.has('retried:CHG-3')).toBe(false);
    await h.clock.advance(1);
    await h.runtime.drainQueues();

    expect(deliveries).toContainEqual({ moduleKey: 'retrying-trigger', outcome: 'retry-scheduled' });
    expect(h.kvs.get('retried:CHG-3')).toEqual({
      retryCount: 1,
      retryReason: 'FUNCTION_RETRY_REQUEST',
      retryData: { firstSeen: 'CHG-3' },
    });
  });

  it('given an event type nobody subscribes to, when emitted, then no trigger runs', async () => {
    const deliveries = await h.runtime.emitProductEvent({
      eventType: 'avi:jira:deleted:issue',
      issue: { key: 'CHG-4' },
    });

    expect(deliveries).toEqual([]);
  });
});
