/**
 * A delivery the app acknowledged (202) is never lost: when Jira is down longer than the queue's retries,
 * GitHub's redelivery of the same delivery, or the hourly redrive, makes the CR; after the redrive's last
 * try the change managers are told, and the delivery log says what happened at every moment.
 */
import { PEOPLE, startAppHost, type AppHost } from '../app/app-harness';
import {
  approvedReview,
  changeRequestKeys,
  deliver,
  letQueueRetriesRun,
  mapDanaLogin,
  setFaults,
  setGitHubToken,
} from './github-harness';

interface Delivery {
  deliveryId: string;
  outcome: string;
  reason: string;
  issueKey: string | null;
}

/** Jira refuses to create requests: an outage, for `count` tries. */
const outage = (count: number) => ({
  serverError: { count, status: 503, pathPattern: '^/rest/servicedeskapi/request$' },
});

async function deliveryLine(app: AppHost, key: string, deliveryId: string): Promise<Delivery | undefined> {
  const settings = (await app.invoke(PEOPLE.alex, key, 'getGitHubSettings', {})) as {
    value?: { deliveries: Delivery[] };
  };
  return settings.value?.deliveries.find((line) => line.deliveryId === deliveryId);
}

async function chatTexts(app: AppHost): Promise<string[]> {
  return ((await (await fetch(`${app.host.url}/_local/chat`)).json()) as { text: string }[]).map(
    (message) => message.text,
  );
}

describe('acknowledged deliveries become their CR', () => {
  let app: AppHost;
  beforeEach(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
    setGitHubToken(app);
  });
  afterEach(async () => {
    await app.stop();
  });

  it("makes the CR on GitHub's redelivery after the queue gave up during an outage", async () => {
    // Given Jira is down for longer than the queue's five tries
    await setFaults(app, outage(5));
    const first = await deliver(app, 'pull_request_review', approvedReview(31));
    expect(first.status).toBe(202);
    await app.host.settle();
    await letQueueRetriesRun(app, 4);
    expect(await changeRequestKeys(app)).toEqual([]);

    // When GitHub redelivers the same delivery
    const again = await deliver(app, 'pull_request_review', approvedReview(31), {
      deliveryId: first.deliveryId,
    });
    await letQueueRetriesRun(app, 4);

    // Then it is queued again (not "already received") and the CR is made, once
    expect(again.status).toBe(202);
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(1);
    expect(await deliveryLine(app, keys[0] ?? '', first.deliveryId)).toMatchObject({
      outcome: 'done',
      issueKey: keys[0],
    });

    // And a third delivery of it changes nothing
    const third = await deliver(app, 'pull_request_review', approvedReview(31), {
      deliveryId: first.deliveryId,
    });
    await app.host.settle();
    expect(third.status).toBe(200);
    expect(await changeRequestKeys(app)).toHaveLength(1);
  });

  it('makes the CR at the next hourly redrive when nobody redelivers', async () => {
    await setFaults(app, outage(5));
    await deliver(app, 'pull_request_review', approvedReview(32));
    await app.host.settle();
    await letQueueRetriesRun(app, 4);
    expect(await changeRequestKeys(app)).toEqual([]);

    // When the hourly redrive comes round (at the first hour at least 30 minutes after it was queued)
    for (let hour = 0; hour < 2; hour++) {
      await app.host.clock.advance(60);
      await app.host.settle();
    }
    await letQueueRetriesRun(app, 4);

    expect(await changeRequestKeys(app)).toHaveLength(1);
  });

  it('tells the change managers when the redrive gives up, and a later redelivery still makes the CR', async () => {
    // Given Jira refuses the request for hours
    await setFaults(app, outage(1000));
    const first = await deliver(app, 'pull_request_review', approvedReview(33));
    await app.host.settle();
    for (let hour = 0; hour < 6; hour++) {
      await app.host.clock.advance(60);
      await app.host.settle();
      await letQueueRetriesRun(app, 4);
    }

    // Then the channel is told what could not be done, and the log says it was given up
    expect((await chatTexts(app)).join('\n')).toContain(
      `could not act on GitHub delivery ${first.deliveryId}`,
    );
    await setFaults(app, { clear: true });
    // (a context issue for the admin resolvers)
    await app.raise(PEOPLE.dana, 'Context issue for the admin resolvers', {
      affectedSystems: ['checkout-web'],
    });
    const [context] = await changeRequestKeys(app);
    expect(await deliveryLine(app, context ?? '', first.deliveryId)).toMatchObject({ outcome: 'given-up' });

    // When GitHub redelivers it once Jira is back
    const again = await deliver(app, 'pull_request_review', approvedReview(33), {
      deliveryId: first.deliveryId,
    });
    await app.host.settle();

    // Then the CR is made
    expect(again.status).toBe(202);
    expect(await changeRequestKeys(app)).toHaveLength(2);
  });
});
