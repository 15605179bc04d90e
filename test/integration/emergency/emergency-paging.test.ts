import { PEOPLE } from '../app/app-harness';
import {
  ECAB_PEOPLE,
  NAMES,
  emergencyAnswers,
  startEmergencyHost,
  type EmergencyHost,
} from './emergency-harness';

describe('emergency change: paging and a quick ECAB approval through the local host', () => {
  let app: EmergencyHost;
  beforeAll(async () => {
    app = await startEmergencyHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('pages every emergency approver at once: an email to each and one urgent chat line mentioning all', async () => {
    // Given an emergency CR raised by Dana with the Emergency change request type
    const key = await app.raiseEmergency(PEOPLE.dana, 'Restore alert routing', emergencyAnswers());

    // When it is routed (the request view asks right after creation, docs/architecture.md, flow 2)
    await app.panel(PEOPLE.dana, key);
    const mails = await app.outbox(key);
    const chat = await app.chat(key);

    // Then one email reached every ECAB member by address, and one chat line mentions each of them
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^\[EMERGENCY\] Approval needed/);
    expect(mails[0]?.recipients.map((recipient) => recipient.emailAddress).sort()).toEqual(
      ECAB_PEOPLE.map((person) => person.email).sort(),
    );
    expect(chat).toHaveLength(1);
    for (const person of ECAB_PEOPLE) expect(chat[0]?.text).toContain(`@${NAMES[person.accountId] ?? ''}`);
    expect(chat[0]?.text).toContain('URGENT');
    expect(chat[0]?.text).not.toContain('@Dana Lee');
  });

  it('is approved by the three ECAB roles within minutes, with a decision record naming them', async () => {
    // Given an emergency CR waiting for cab-operations, cab-security and change-managers
    const key = await app.raiseEmergency(PEOPLE.dana, 'Roll back the broken ingest job', emergencyAnswers());
    const first = await app.panel(PEOPLE.dana, key);
    expect(first.ok && first.value.status).toBe('Awaiting emergency approval');
    expect(first.ok && first.value.groups.map((group) => group.name).sort()).toEqual([
      'cab-operations',
      'cab-security',
      'change-managers',
    ]);

    // When one member of each role approves, a few minutes apart on the host clock
    let last: Awaited<ReturnType<EmergencyHost['panel']>> | undefined;
    for (const person of [PEOPLE.olivia, PEOPLE.sam, PEOPLE.morgan]) {
      await app.host.clock.advance(4);
      const view = await app.panel(person, key);
      if (!view.ok) throw new Error(view.error.message);
      expect(view.value.viewer.canAnswer).toBe(true);
      last = await app.call(person, key, 'answerApproval', {
        issueKey: key,
        approvalId: view.value.viewer.approvalId,
        decision: 'approve',
        comment: `${NAMES[person.accountId] ?? ''} agrees`,
      });
    }

    // Then the CR is Approved and the record names all three approvers
    expect(last?.ok && last.value).toMatchObject({ status: 'Approved', decision: 'approved' });
    const record = last?.ok ? (last.value.decisionRecord ?? '') : '';
    for (const name of ['Olivia Chen', 'Sam Rivera', 'Morgan Blake']) expect(record).toContain(name);
  });

  it('routes a CR raised with the Emergency request type as an emergency even when the form said normal', async () => {
    // Given the Emergency change request type with a "normal" answer
    const key = await app.raiseEmergency(
      PEOPLE.dana,
      'Hotfix TLS expiry',
      emergencyAnswers({ changeType: 'normal' }),
    );

    // When the requester opens the panel
    const view = await app.panel(PEOPLE.dana, key);

    // Then it waits for emergency approval and says why the type was overridden
    expect(view.ok && view.value.status).toBe('Awaiting emergency approval');
    expect(view.ok && view.value.emergency?.changeTypeOverride).toMatch(/Emergency change.*normal/);
  });
});
