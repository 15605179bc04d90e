import { chatText } from '../../../src/app/chat-text';
import { createPostImplementationReview } from '../../../src/app/emergency/create-post-implementation-review';
import { implementNow } from '../../../src/app/emergency/implement-now';
import { ensureRouted } from '../../../src/app/ensure-routed';
import { getApprovalPanel } from '../../../src/app/get-approval-panel';
import { lifecycleOf } from '../../../src/app/lifecycle/lifecycle-of';
import { publishDecision } from '../../../src/app/lifecycle/publish-decision';
import { MAX_RESUMES } from '../../../src/app/lifecycle/resumable-steps';
import { unfinishedWorkOf } from '../../../src/app/lifecycle/unfinished-work';
import type { JiraAppPort } from '../../../src/app/ports/jira-port';
import type { LedgerEntry, RoutingStep } from '../../../src/app/ports/store-ports';
import type { UnfinishedWork } from '../../../src/app/ports/sweep-ports';
import { recordDecisionIfFinal } from '../../../src/app/record-decision';
import { reconcileDecisions, type ReconcileDeps } from '../../../src/app/sweeps/reconcile-decisions';
import { heading, paragraph, text } from '../../../src/domain/decision-record';
import { transition } from '../../../src/domain/lifecycle';
import { demoPolicy } from '../../../src/domain/policy';
import { makeChangeRequest } from '../../factories/make-change-request';
import {
  fakeUser,
  inMemoryAppDeps,
  NOW,
  REQUESTER,
  routedChangeRequest,
  SAM,
  type FakeJira,
  type Fakes,
} from './fakes/in-memory-app-deps';

const PULL_REQUEST = {
  repository: 'acme/payments',
  number: 42,
  url: 'https://github.example/acme/payments/pull/42',
  headSha: 'a1b2c3d',
};
const record = {
  version: 1 as const,
  type: 'doc' as const,
  content: [
    heading(2, 'Change CHG-1 approved'),
    paragraph(text('Approved by Sam Rivera.')),
    paragraph(text('Recorded by Async CAB on 1 Dec 2026, 10:00 GMT.')),
  ],
};

/** Routed, with these routing steps still to do. */
function routingLeft(fakes: Fakes, issueKey: string, pending: RoutingStep[], resumes = 0): LedgerEntry {
  return routedChangeRequest(
    fakes,
    issueKey,
    { routingSteps: { pending, startedAt: NOW.toISOString(), resumes } },
    makeChangeRequest({ requester: { accountId: REQUESTER.accountId }, linkedPullRequest: PULL_REQUEST }),
  );
}

/** The channel fails the next `times` posts, as a webhook answering 5xx does. */
function chatFails(fakes: Fakes, times: number): void {
  const post = fakes.deps.chat.post.bind(fakes.deps.chat);
  let left = times;
  fakes.deps.chat = {
    post: (message) => {
      if (left > 0) {
        left -= 1;
        return Promise.reject(new Error('The chat webhook answered 503'));
      }
      return post(message);
    },
  };
}

/** The fake Jira's methods as own properties: the reconcile spreads the port (memo-group-members.ts). */
function asPlainPort(jira: FakeJira): JiraAppPort {
  return {
    getIssue: jira.getIssue.bind(jira),
    setApproverGroups: jira.setApproverGroups.bind(jira),
    setSummary: jira.setSummary.bind(jira),
    setCabFields: jira.setCabFields.bind(jira),
    transitionTo: jira.transitionTo.bind(jira),
    addInternalComment: jira.addInternalComment.bind(jira),
    findComment: jira.findComment.bind(jira),
    notify: jira.notify.bind(jira),
    getApprovals: jira.getApprovals.bind(jira),
    groupMembers: jira.groupMembers.bind(jira),
  };
}

function reconcileDeps(fakes: Fakes): ReconcileDeps {
  return {
    app: { ...fakes.deps, jira: asPlainPort(fakes.jira) },
    index: {
      due: () => Promise.resolve({ issueKeys: [], unindexed: [], nextCursor: undefined }),
      page: () => Promise.resolve({ issueKeys: [], unindexed: [], nextCursor: undefined }),
    },
    store: { reindex: () => Promise.resolve() },
    search: { notInStatuses: () => Promise.resolve([]) },
    unfinished: {
      page: () =>
        Promise.resolve({
          items: [...fakes.ledger.entries.values()]
            .map(unfinishedWorkOf)
            .filter((work): work is UnfinishedWork => work !== null),
          nextCursor: undefined,
        }),
    },
  };
}

describe('routing that stopped part-way', () => {
  it('does only the steps left: no second email, the channel and the commit status once', async () => {
    // Given a CR whose approvers were emailed, and whose channel post failed
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['post-to-channel', 'set-commit-status']);

    // When routing is asked for again
    const outcome = await ensureRouted(fakes.deps, 'CHG-1');

    // Then the rest is done, once, and nothing is left
    expect(outcome.kind).toBe('routed');
    expect(fakes.jira.calls.filter((call) => call.startsWith('notify'))).toEqual([]);
    expect(fakes.chat).toHaveLength(1);
    expect(fakes.pullRequests).toEqual([{ repository: 'acme/payments', number: 42 }]);
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps).toBeUndefined();
    // And a routed CR with nothing left is not touched again
    await ensureRouted(fakes.deps, 'CHG-1');
    expect(fakes.chat).toHaveLength(1);
  });

  it('is not routed for a view until JSM has the CR in its approval status: the panel finishes it', async () => {
    // Given routing that died before the issue was moved
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['transition-issue', 'notify-approvers', 'post-to-channel']);
    fakes.jira.statuses.set('CHG-1', 'Waiting for answers');

    // When someone opens its panel
    await getApprovalPanel(fakes.deps, fakeUser(fakes.jira, SAM.accountId), 'CHG-1', SAM.accountId);

    // Then the panel's routing did what was left, once
    expect(fakes.jira.statuses.get('CHG-1')).toBe('Awaiting approval');
    expect(fakes.jira.notifications).toHaveLength(1);
    expect(fakes.chat).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps).toBeUndefined();
  });

  it('keeps a step that failed, with why, and takes off the ones done before it', async () => {
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['notify-approvers', 'post-to-channel', 'set-commit-status']);
    chatFails(fakes, 1);

    await expect(ensureRouted(fakes.deps, 'CHG-1')).rejects.toThrow('503');

    expect(fakes.jira.notifications).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps).toMatchObject({
      pending: ['post-to-channel', 'set-commit-status'],
      lastError: 'The chat webhook answered 503',
    });
  });

  it('drops the steps a decision made moot', async () => {
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['post-to-channel']);
    const entry = fakes.ledger.entries.get('CHG-1');
    if (entry === undefined) throw new Error('no entry');
    fakes.ledger.entries.set('CHG-1', {
      ...entry,
      status: 'approved',
      decision: { outcome: 'approved', by: 'approvers', at: NOW.toISOString(), recordText: '' },
    });

    expect((await ensureRouted(fakes.deps, 'CHG-1')).kind).toBe('already-routed');
    expect(fakes.chat).toEqual([]);
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps).toBeUndefined();
  });
});

describe('publishing that stopped part-way', () => {
  it('is decided for the lifecycle from before its first effect', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    fakes.jira.approvals.set('CHG-1', { finalDecision: 'approved', answers: [[SAM, 'approved']] });
    chatFails(fakes, 1);

    await expect(recordDecisionIfFinal(fakes.deps, 'CHG-1')).rejects.toThrow('503');

    const entry = fakes.ledger.entries.get('CHG-1');
    if (entry === undefined) throw new Error('no entry');
    expect(entry).toMatchObject({
      status: 'approved',
      decision: { outcome: 'approved', commentId: '1' },
      publishing: { of: 'decision', pending: ['post-to-channel', 'tell-requester-outcome'] },
    });
    expect(transition(lifecycleOf(entry), { kind: 'remind' }, NOW)).toMatchObject({
      ok: false,
      refusal: { code: 'already-decided' },
    });
  });

  it('finishes on the next call with the same text, and never decides twice', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    fakes.jira.approvals.set('CHG-1', { finalDecision: 'approved', answers: [[SAM, 'approved']] });
    chatFails(fakes, 1);
    await expect(recordDecisionIfFinal(fakes.deps, 'CHG-1')).rejects.toThrow('503');

    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('already-recorded');
    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('already-recorded');

    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.chat.map((message) => message.text)).toEqual([
      expect.stringContaining('CHG-1 was approved by Sam Rivera') as unknown,
    ]);
    expect(fakes.ledger.entries.get('CHG-1')?.publishing).toBeUndefined();
  });

  it('finds the record comment an earlier try posted instead of posting it again, on a resume only', async () => {
    // Given the record comment was posted, but its step was never taken off (the ledger write failed)
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    const put = fakes.ledger.put.bind(fakes.ledger);
    fakes.ledger.put = (entry) =>
      entry.decision?.commentId !== undefined && fakes.jira.comments.length === 1
        ? Promise.reject(new Error('KVS answered 500'))
        : put(entry);
    await expect(
      publishDecision(fakes.deps, 'CHG-1', {
        outcome: 'approved',
        by: 'approvers',
        compose: () => ({ record, channel: { text: chatText`CHG-1 was approved`, urgent: false } }),
      }),
    ).rejects.toThrow('KVS answered 500');
    expect(fakes.jira.calls.filter((call) => call.startsWith('findComment'))).toEqual([]);
    fakes.ledger.put = put;

    // When the hourly reconcile resumes it
    const report = await reconcileDecisions(reconcileDeps(fakes));

    // Then the comment is found by its heading and last line, not posted again; the rest is done
    expect(report.failed).toEqual([]);
    expect(fakes.jira.calls.filter((call) => call.startsWith('findComment'))).toEqual(['findComment CHG-1']);
    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.chat).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-1')).toMatchObject({ decision: { commentId: '1' } });
    expect(fakes.ledger.entries.get('CHG-1')?.publishing).toBeUndefined();
  });

  it('leaves the commit status for a resume when it cannot be scheduled, without failing the decision', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(
      fakes,
      'CHG-1',
      {},
      makeChangeRequest({ requester: { accountId: REQUESTER.accountId }, linkedPullRequest: PULL_REQUEST }),
    );
    const status = fakes.deps.pullRequestStatus;
    fakes.deps.pullRequestStatus = { changed: () => Promise.reject(new Error('queue down')) };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const published = await publishDecision(fakes.deps, 'CHG-1', {
        outcome: 'approved',
        by: 'approvers',
        compose: () => ({ record, channel: { text: chatText`CHG-1 was approved`, urgent: false } }),
      });
      expect(published.outcome).toBe('published');
    } finally {
      warn.mockRestore();
    }
    expect(fakes.chat).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-1')?.publishing?.pending).toEqual(['set-commit-status']);

    if (status !== undefined) fakes.deps.pullRequestStatus = status;
    await reconcileDecisions(reconcileDeps(fakes));
    expect(fakes.pullRequests).toEqual([{ repository: 'acme/payments', number: 42 }]);
    expect(fakes.ledger.entries.get('CHG-1')?.publishing).toBeUndefined();
    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.chat).toHaveLength(1);
  });
});

describe('the hourly reconcile', () => {
  it(`tells the change managers once after ${String(MAX_RESUMES)} failed resumes, then leaves it`, async () => {
    // Given routing whose channel post keeps failing
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['post-to-channel']);
    chatFails(fakes, 100);

    // When the reconcile runs hour after hour
    for (let hour = 0; hour < MAX_RESUMES; hour++) {
      const report = await reconcileDecisions(reconcileDeps(fakes));
      expect(report.failed.map((failure) => failure.issueKeys)).toEqual([['CHG-1']]);
    }
    expect(fakes.jira.notifications).toEqual([]);
    const givingUp = await reconcileDecisions(reconcileDeps(fakes));
    const after = await reconcileDecisions(reconcileDeps(fakes));

    // Then the change managers (the escalation group) get one email naming what was not done
    expect(givingUp.failed).toEqual([]);
    expect(after.resumed).toEqual([]);
    expect(fakes.jira.notifications).toHaveLength(1);
    expect(fakes.jira.notifications[0]?.notification).toMatchObject({
      subject: '[ACTION NEEDED] Async CAB could not finish routing for CHG-1',
      groupIds: [demoPolicy.changeTypes.normal.escalation.groupId],
      textBody: expect.stringContaining('Not done: post to the team channel.') as unknown,
    });
    expect(fakes.jira.notifications[0]?.notification.textBody).toContain('The chat webhook answered 503');
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps).toMatchObject({
      resumes: MAX_RESUMES,
      givenUpAt: NOW.toISOString(),
    });
    expect(unfinishedWorkOf(fakes.ledger.entries.get('CHG-1') ?? routingLeft(fakes, 'X', []))).toMatchObject({
      givenUp: true,
    });
  });

  it("never counts the use case's own next call", async () => {
    const fakes = inMemoryAppDeps();
    routingLeft(fakes, 'CHG-1', ['post-to-channel']);
    chatFails(fakes, 1);
    await expect(ensureRouted(fakes.deps, 'CHG-1')).rejects.toThrow('503');
    expect(fakes.ledger.entries.get('CHG-1')?.routingSteps?.resumes).toBe(0);
  });
});

describe('the emergency steps', () => {
  function emergency(fakes: Fakes, issueKey: string) {
    return routedChangeRequest(
      fakes,
      issueKey,
      {},
      makeChangeRequest({ changeType: 'emergency', requester: { accountId: REQUESTER.accountId } }),
    );
  }

  it('"Implement now" pressed again finishes the break-glass record and the channel line, once each', async () => {
    const fakes = inMemoryAppDeps();
    emergency(fakes, 'CHG-2');
    chatFails(fakes, 1);
    const request = { issueKey: 'CHG-2', reason: 'Card payments are failing' };
    await expect(implementNow(fakes.deps, REQUESTER.accountId, request)).rejects.toThrow('503');
    expect(fakes.ledger.entries.get('CHG-2')).toMatchObject({
      status: 'implemented-before-approval',
      publishing: { of: 'break-glass', pending: ['post-to-channel'] },
    });

    const record = await implementNow(fakes.deps, REQUESTER.accountId, request);

    expect(record).toMatchObject({ reason: 'Card payments are failing', commentId: '1' });
    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.chat).toEqual([
      expect.objectContaining({ urgent: true, text: expect.stringContaining('before approval') as unknown }),
    ]);
    expect(fakes.ledger.entries.get('CHG-2')?.publishing).toBeUndefined();
  });

  it('ties a created review to its CR on the next event, commenting once', async () => {
    const fakes = inMemoryAppDeps();
    const entry = emergency(fakes, 'CHG-3');
    const properties: string[] = [];
    let failures = 1;
    fakes.deps.emergency = {
      createIssueBeside: () => Promise.resolve('CHG-30'),
      setIssueProperty: (issueKey) => {
        if (issueKey === 'CHG-3' && failures-- > 0) return Promise.reject(new Error('Jira answered 503'));
        properties.push(issueKey);
        return Promise.resolve();
      },
    };
    fakes.ledger.entries.set('CHG-3', { ...entry, status: 'approved' });

    await expect(createPostImplementationReview(fakes.deps, 'CHG-3')).rejects.toThrow('503');
    expect(await createPostImplementationReview(fakes.deps, 'CHG-3')).toBe('exists');
    expect(await createPostImplementationReview(fakes.deps, 'CHG-3')).toBe('exists');

    expect(properties).toEqual(['CHG-30', 'CHG-3']);
    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-3')).toMatchObject({
      postImplementationReview: { issueKey: 'CHG-30' },
    });
    expect(fakes.ledger.entries.get('CHG-3')?.reviewSteps).toBeUndefined();
  });
});
