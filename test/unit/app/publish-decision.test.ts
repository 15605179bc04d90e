import { chatText } from '../../../src/app/chat-text';
import { answerRetrospectiveApproval } from '../../../src/app/emergency/answer-retrospective-approval';
import { implementNow } from '../../../src/app/emergency/implement-now';
import { publishDecision } from '../../../src/app/lifecycle/publish-decision';
import { recordDecisionIfFinal } from '../../../src/app/record-decision';
import { OVERDUE_PROPERTY_KEY } from '../../../src/app/sweeps/sweep-deps';
import type { LedgerEntry } from '../../../src/app/ports/store-ports';
import { paragraph, text } from '../../../src/domain/decision-record';
import { makeChangeRequest } from '../../factories/make-change-request';
import {
  ELENA,
  inMemoryAppDeps,
  NOW,
  REQUESTER,
  routedChangeRequest,
  SAM,
  type Fakes,
} from './fakes/in-memory-app-deps';

/** Matchers typed `unknown`, so they sit inside expected objects under the no-unsafe-assignment rule. */
const containing = (expected: Record<string, unknown>): unknown => expect.objectContaining(expected);
const textContaining = (expected: string): unknown => expect.stringContaining(expected);

const overdue: Partial<LedgerEntry> = {
  overdue: { since: NOW.toISOString(), escalatedAt: NOW.toISOString(), groupIds: ['g'] },
};
const record = { version: 1 as const, type: 'doc' as const, content: [paragraph(text('Decided.'))] };

function emergency(fakes: Fakes, issueKey: string, overrides: Partial<LedgerEntry> = {}) {
  return routedChangeRequest(
    fakes,
    issueKey,
    overrides,
    makeChangeRequest({ changeType: 'emergency', requester: { accountId: REQUESTER.accountId } }),
  );
}

describe("recording JSM's decision", () => {
  it('records nothing while JSM still waits', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('not-final');
    expect(fakes.jira.comments).toEqual([]);
    expect(fakes.ledger.puts).toBe(0);
  });

  it('publishes the decision once: the record, the ledger, the channel and the commit status', async () => {
    const fakes = inMemoryAppDeps();
    const pullRequest = {
      repository: 'acme/payments',
      number: 42,
      url: 'https://github.example/acme/payments/pull/42',
      headSha: 'a1b2c3d',
    };
    routedChangeRequest(
      fakes,
      'CHG-1',
      {},
      makeChangeRequest({ requester: { accountId: REQUESTER.accountId }, linkedPullRequest: pullRequest }),
    );
    fakes.jira.approvals.set('CHG-1', {
      finalDecision: 'approved',
      answers: [
        [SAM, 'approved'],
        [ELENA, 'pending'],
      ],
    });

    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('recorded');
    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('already-recorded');

    expect(fakes.jira.comments).toHaveLength(1);
    expect(fakes.ledger.entries.get('CHG-1')).toMatchObject({
      status: 'approved',
      decision: { outcome: 'approved', by: 'approvers', at: NOW.toISOString(), commentId: '1' },
    });
    expect(fakes.chat).toEqual([containing({ text: textContaining('CHG-1 was approved by Sam Rivera') })]);
    expect(fakes.pullRequests).toEqual([{ repository: 'acme/payments', number: 42 }]);
    expect(fakes.properties).toEqual([]);
  });

  it('clears the indexed overdue flag of an escalated CR when JSM decides it', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1', overdue);
    fakes.jira.approvals.set('CHG-1', { finalDecision: 'declined', answers: [[SAM, 'declined']] });
    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('recorded');
    expect(fakes.properties).toEqual([
      {
        issueKey: 'CHG-1',
        propertyKey: OVERDUE_PROPERTY_KEY,
        value: containing({ overdue: 'false' }),
      },
    ]);
  });

  it('waits while another invocation holds the decision', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    fakes.jira.approvals.set('CHG-1', { finalDecision: 'approved', answers: [[SAM, 'approved']] });
    await fakes.ledger.claim('decision', 'CHG-1');
    expect(await recordDecisionIfFinal(fakes.deps, 'CHG-1')).toBe('busy');
    expect(fakes.jira.comments).toEqual([]);
  });
});

describe('the one decision publisher', () => {
  it.each(['approvers', 'silence'] as const)('clears the overdue flag when %s decide', async (by) => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1', overdue);
    const moved: string[] = [];
    const published = await publishDecision(fakes.deps, 'CHG-1', {
      outcome: 'approved',
      by,
      moveIssue: (entry) => {
        moved.push(entry.issueKey);
        return Promise.resolve();
      },
      compose: () => ({ record, channel: { text: chatText`decided`, urgent: false } }),
    });
    expect(published.outcome).toBe('published');
    expect(moved).toEqual(by === 'silence' ? ['CHG-1'] : []);
    expect(fakes.properties.map((write) => write.value)).toEqual([containing({ overdue: 'false' })]);
  });

  it('refuses silence on a CR JSM has already declined, and writes nothing', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1', {
      status: 'declined',
      decision: {
        outcome: 'declined',
        by: 'approvers',
        at: NOW.toISOString(),
        commentId: '9',
        recordText: '',
      },
    });
    const published = await publishDecision(fakes.deps, 'CHG-1', {
      outcome: 'approved',
      by: 'silence',
      moveIssue: () => Promise.reject(new Error('must not move')),
      compose: () => ({ record, channel: { text: chatText`decided`, urgent: false } }),
    });
    expect(published).toEqual({
      outcome: 'refused',
      refusal: containing({ code: 'already-decided' }),
    });
    expect(fakes.jira.comments).toEqual([]);
    expect(fakes.chat).toEqual([]);
    expect(fakes.ledger.claims.size).toBe(0);
  });

  it('writes nothing when the record cannot be composed', async () => {
    const fakes = inMemoryAppDeps();
    routedChangeRequest(fakes, 'CHG-1');
    await expect(
      publishDecision(fakes.deps, 'CHG-1', {
        outcome: 'approved',
        by: 'approvers',
        compose: () => {
          throw new Error('The record is too long.');
        },
      }),
    ).rejects.toThrow('The record is too long.');
    expect(fakes.ledger.entries.get('CHG-1')?.decision).toBeNull();
    expect(fakes.jira.comments).toEqual([]);
    expect(fakes.ledger.claims.size).toBe(0);
  });
});

describe('break-glass and the retrospective decision', () => {
  it('implements an emergency now, then decides it from the ECAB answers with the domain tally, once', async () => {
    const fakes = inMemoryAppDeps();
    emergency(fakes, 'CHG-2', overdue);
    await implementNow(fakes.deps, REQUESTER.accountId, {
      issueKey: 'CHG-2',
      reason: 'Card payments are failing',
    });
    expect(fakes.jira.statuses.get('CHG-2')).toBe('Implementing');
    const implemented = fakes.ledger.entries.get('CHG-2');
    expect(implemented?.status).toBe('implemented-before-approval');
    if (implemented === undefined) return;

    expect(
      await answerRetrospectiveApproval(fakes.deps, implemented, SAM.accountId, {
        issueKey: 'CHG-2',
        decision: 'approve',
      }),
    ).toBe('decided');
    const decided = fakes.ledger.entries.get('CHG-2');
    expect(decided).toMatchObject({
      status: 'approved',
      decision: { outcome: 'approved', by: 'retrospective' },
    });
    expect(fakes.properties.map((write) => write.value)).toEqual([containing({ overdue: 'false' })]);
    if (decided === undefined) return;

    await expect(
      answerRetrospectiveApproval(fakes.deps, decided, ELENA.accountId, {
        issueKey: 'CHG-2',
        decision: 'decline',
      }),
    ).rejects.toMatchObject({ code: 'ALREADY_DECIDED' });
    expect(fakes.jira.comments).toHaveLength(2);
  });

  it('refuses to implement a decided emergency now', async () => {
    const fakes = inMemoryAppDeps();
    emergency(fakes, 'CHG-3', {
      status: 'approved',
      decision: {
        outcome: 'approved',
        by: 'approvers',
        at: NOW.toISOString(),
        commentId: '1',
        recordText: '',
      },
    });
    await expect(
      implementNow(fakes.deps, REQUESTER.accountId, {
        issueKey: 'CHG-3',
        reason: 'Card payments are failing',
      }),
    ).rejects.toMatchObject({
      code: 'ALREADY_DECIDED',
      message: textContaining('a decision never changes'),
    });
    expect(fakes.jira.calls).toEqual([]);
  });
});
