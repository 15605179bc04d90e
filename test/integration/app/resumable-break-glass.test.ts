/**
 * Break-glass ("Implement now") that stops part-way (docs/architecture.md, "Resumable steps"), through the
 * local host: the issue is moved and the 'implemented before approval' record is posted, then the team
 * channel fails. Pressing "Implement now" again, or the hourly reconcile, finishes it: one record, one
 * urgent channel line; and the ECAB's retrospective decision still follows, once.
 */
import { channelFails } from './channel-faults';
import {
  ECAB,
  emergencyAnswers,
  startEmergencyHost,
  type EmergencyHost,
} from '../emergency/emergency-harness';
import { PEOPLE } from './app-harness';

const REASON = 'Payments are failing for every customer; the fix is a one-line config revert.';

async function records(app: EmergencyHost, issueKey: string, heading: string): Promise<string[]> {
  const response = await app.rest(
    `/rest/servicedeskapi/request/${issueKey}/comment?internal=true&public=true`,
    PEOPLE.morgan,
  );
  const comments = (await response.json()) as { values: { public: boolean; body: string }[] };
  return comments.values
    .filter((comment) => !comment.public && comment.body.includes(heading))
    .map((comment) => comment.body);
}

describe('break-glass that stops part-way is finished, each step once', () => {
  let app: EmergencyHost;
  beforeEach(async () => {
    app = await startEmergencyHost();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await app.stop();
  });

  it('the channel fails after the record: "Implement now" again posts the line once, and no second record', async () => {
    // Given a routed emergency, and the channel failing once when break-glass is announced
    const key = await app.raiseEmergency(PEOPLE.dana, 'Revert the gateway config', emergencyAnswers());
    channelFails(app, 'before approval', 1);

    // When Dana implements it now: the issue moves, the record is posted, then the channel answers 503
    const first = await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON });
    expect(first.ok).toBe(false);
    expect(await records(app, key, `Change ${key} implemented before approval`)).toHaveLength(1);

    // And she presses "Implement now" again, and the hour passes
    const again = await app.call(PEOPLE.dana, key, 'implementNow', { issueKey: key, reason: REASON });
    await app.host.clock.advance(61);
    await app.host.settle();

    // Then it is implemented with one record, and one urgent line in the channel
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.status).toBe('Implementing');
    expect(again.value.emergency?.breakGlass).toMatchObject({ by: 'Dana Lee', reason: REASON });
    expect(await records(app, key, `Change ${key} implemented before approval`)).toHaveLength(1);
    const lines = (await app.chat(key)).filter((line) => line.text.includes('before approval'));
    expect(lines).toHaveLength(1);

    // And the ECAB's retrospective answers still decide it, once
    for (const person of [ECAB.operations[0], ECAB.security[0], ECAB.changeManagers[0]]) {
      if (person === undefined) continue;
      const answered = await app.call(person, key, 'answerApproval', {
        issueKey: key,
        approvalId: '1',
        decision: 'approve',
      });
      if (!answered.ok) throw new Error(answered.error.message);
    }
    expect(await records(app, key, `Change ${key} approved`)).toHaveLength(1);
    const decided = await app.panel(PEOPLE.morgan, key);
    expect(decided.ok && decided.value.decision).toBe('approved');
  });
});
