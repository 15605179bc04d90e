import { PEOPLE, validAnswers } from '../app/app-harness';
import { emergencyAnswers, startEmergencyHost, type EmergencyHost } from './emergency-harness';

const COMPLETE = '51'; // Implementing -> Done (local/jira/workflow.ts)

describe('post-implementation review when an emergency change is done', () => {
  let app: EmergencyHost;
  beforeAll(async () => {
    app = await startEmergencyHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  async function implementedEmergency(summary: string): Promise<string> {
    const key = await app.raiseEmergency(PEOPLE.dana, summary, emergencyAnswers());
    await app.panel(PEOPLE.dana, key);
    const done = await app.call(PEOPLE.dana, key, 'implementNow', {
      issueKey: key,
      reason: 'Customers cannot log in; the revert is already tested in staging.',
    });
    expect(done.ok).toBe(true);
    return key;
  }

  const reviewsOf = async (key: string) =>
    (await app.summaries()).filter((issue) =>
      issue.summary.startsWith(`Post-implementation review: ${key} `),
    );

  it('creates one linked PIR with the checklist, even when the Done event is delivered again', async () => {
    const key = await implementedEmergency('Revert the SSO cookie change');

    // When an agent completes the change, and Jira delivers the status change twice more (at-least-once)
    expect(await app.transition(PEOPLE.morgan, key, COMPLETE)).toBe(204);
    const redelivery = {
      eventType: 'avi:jira:updated:issue',
      atlassianId: PEOPLE.morgan.accountId,
      issue: { key },
      changelog: { items: [{ field: 'status', fromString: 'Implementing', toString: 'Done' }] },
    };
    await Promise.all([
      app.host.runtime.emitProductEvent(redelivery),
      app.host.runtime.emitProductEvent(redelivery),
    ]);
    await app.host.settle();

    // Then exactly one PIR exists, with the policy's checklist, and both issues point at each other
    const reviews = await reviewsOf(key);
    expect(reviews).toHaveLength(1);
    const pirKey = reviews[0]?.key ?? '';
    const pir = (await (
      await app.rest(`/rest/api/3/issue/${pirKey}?fields=description`, PEOPLE.morgan)
    ).json()) as {
      fields: { description: unknown };
    };
    const description = JSON.stringify(pir.fields.description);
    for (const item of ['What happened', 'Evidence', 'rollback plan used', 'Follow-up actions']) {
      expect(description).toContain(item);
    }
    expect(description).toContain(key);
    const back = (await (
      await app.rest(`/rest/api/3/issue/${pirKey}/properties/async-cab-pir`, PEOPLE.morgan)
    ).json()) as {
      value: unknown;
    };
    expect(back.value).toEqual({ changeRequest: key });
    const forward = (await (
      await app.rest(`/rest/api/3/issue/${key}/properties/async-cab-pir`, PEOPLE.morgan)
    ).json()) as {
      value: unknown;
    };
    expect(forward.value).toEqual({ review: pirKey });
    const view = await app.panel(PEOPLE.dana, key);
    expect(view.ok && view.value.emergency?.postImplementationReview).toEqual({ issueKey: pirKey });
  });

  it('creates no PIR for a normal change that is done', async () => {
    const key = await app.raise(PEOPLE.dana, 'Tidy checkout logs', validAnswers());
    await app.panel(PEOPLE.dana, key);
    await app.host.runtime.emitProductEvent({
      eventType: 'avi:jira:updated:issue',
      atlassianId: PEOPLE.morgan.accountId,
      issue: { key },
      changelog: { items: [{ field: 'status', fromString: 'Implementing', toString: 'Done' }] },
    });
    await app.host.settle();
    expect(await reviewsOf(key)).toHaveLength(0);
  });
});
