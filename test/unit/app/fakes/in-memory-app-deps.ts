/**
 * In-memory fakes of the app's ports (src/app/ports), for unit tests of the use cases without the local
 * host: each fake keeps what was written, so a test arranges state, calls the use case and reads the result.
 */
import type { AppDeps } from '../../../../src/app/app-deps';
import { chatPlainText } from '../../../../src/app/chat-text';
import type {
  IssueSnapshot,
  JiraAppPort,
  JiraPerson,
  JiraUserPort,
  Notification,
} from '../../../../src/app/ports/jira-port';
import type { LedgerEntry, LedgerRepository, RecordedAnswer } from '../../../../src/app/ports/store-ports';
import type { AdfDocument } from '../../../../src/domain/decision-record';
import { demoPolicy, type Policy } from '../../../../src/domain/policy';
import { routeChangeRequest } from '../../../../src/domain/routing';
import { makeChangeRequest } from '../../../factories/make-change-request';

export const NOW = new Date('2026-12-01T10:00:00.000Z');
export const REQUESTER: JiraPerson = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  displayName: 'Priya Shah',
};
export const SAM: JiraPerson = { accountId: 'acc-sam', displayName: 'Sam Rivera' };
export const ELENA: JiraPerson = { accountId: 'acc-elena', displayName: 'Elena Petrova' };

type Decision = 'pending' | 'approved' | 'declined';

export class FakeLedger implements LedgerRepository {
  readonly entries = new Map<string, LedgerEntry>();
  readonly answers = new Map<string, RecordedAnswer[]>();
  readonly claims = new Set<string>();
  puts = 0;

  get(issueKey: string) {
    const entry = this.entries.get(issueKey);
    return Promise.resolve(entry === undefined ? undefined : structuredClone(entry));
  }
  put(entry: LedgerEntry) {
    this.puts += 1;
    this.entries.set(entry.issueKey, structuredClone(entry));
    return Promise.resolve();
  }
  claim(step: string, issueKey: string) {
    const key = `${step}:${issueKey}`;
    if (this.claims.has(key)) return Promise.resolve(false);
    this.claims.add(key);
    return Promise.resolve(true);
  }
  release(step: string, issueKey: string) {
    this.claims.delete(`${step}:${issueKey}`);
    return Promise.resolve();
  }
  recordAnswer(issueKey: string, answer: RecordedAnswer) {
    const others = (this.answers.get(issueKey) ?? []).filter((a) => a.accountId !== answer.accountId);
    this.answers.set(issueKey, [...others, answer]);
    return Promise.resolve();
  }
  forgetAnswer(issueKey: string, accountId: string) {
    this.answers.set(
      issueKey,
      (this.answers.get(issueKey) ?? []).filter((a) => a.accountId !== accountId),
    );
    return Promise.resolve();
  }
  listAnswers(issueKey: string) {
    return Promise.resolve([...(this.answers.get(issueKey) ?? [])]);
  }
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  const own = typeof text === 'string' ? text : '';
  return own + (Array.isArray(content) ? content.map(textOf).join('') : '');
}

/** Jira and JSM as far as the use cases see them: issues, one approval per issue, groups, comments. */
export class FakeJira implements JiraAppPort {
  readonly calls: string[] = [];
  readonly comments: { issueKey: string; body: AdfDocument }[] = [];
  readonly notifications: { issueKey: string; notification: Notification }[] = [];
  readonly statuses = new Map<string, string>();
  readonly members = new Map<string, JiraPerson[]>();
  readonly approvals = new Map<string, { finalDecision: Decision; answers: [JiraPerson, Decision][] }>();
  /** Statuses no transition leads to, as on a workflow without the app's transitions. */
  readonly unreachable = new Set<string>();

  getIssue(issueKey: string): Promise<IssueSnapshot | null> {
    this.calls.push(`getIssue ${issueKey}`);
    const status = this.statuses.get(issueKey);
    if (status === undefined) return Promise.resolve(null);
    return Promise.resolve({
      id: '10001',
      key: issueKey,
      projectKey: issueKey.split('-')[0] ?? '',
      summary: 'Upgrade the card tokenisation library to 4.2',
      description: '',
      status: { id: '1', name: status, category: 'indeterminate' },
      reporter: REQUESTER,
      created: NOW.toISOString(),
      requestType: { id: '10', name: 'Change', portalId: '1' },
      browseUrl: `https://site.example/browse/${issueKey}`,
      cabFields: {},
    });
  }
  setApproverGroups(issueKey: string) {
    this.calls.push(`setApproverGroups ${issueKey}`);
    return Promise.resolve();
  }
  setSummary(issueKey: string) {
    this.calls.push(`setSummary ${issueKey}`);
    return Promise.resolve();
  }
  setCabFields(issue: { key: string }) {
    this.calls.push(`setCabFields ${issue.key}`);
    return Promise.resolve();
  }
  transitionTo(issue: { key: string }, statusName: string) {
    this.calls.push(`transitionTo ${issue.key} ${statusName}`);
    if (this.statuses.get(issue.key) === statusName) return Promise.resolve('already-there' as const);
    if (this.unreachable.has(statusName)) return Promise.resolve('unavailable' as const);
    this.statuses.set(issue.key, statusName);
    return Promise.resolve('moved' as const);
  }
  addInternalComment(issueKey: string, body: AdfDocument) {
    this.calls.push(`addInternalComment ${issueKey}`);
    this.comments.push({ issueKey, body });
    return Promise.resolve(String(this.comments.length));
  }
  /** As Jira's plain text reads: every text node's text, one after the other. */
  findComment(issueKey: string, texts: readonly string[]) {
    this.calls.push(`findComment ${issueKey}`);
    const index = this.comments.findLastIndex(
      (comment) =>
        comment.issueKey === issueKey && texts.every((text) => textOf(comment.body).includes(text)),
    );
    return Promise.resolve(index === -1 ? null : String(index + 1));
  }
  commentBody(issueKey: string, commentId: string): Promise<unknown> {
    this.calls.push(`commentBody ${issueKey}`);
    const comment = this.comments[Number(commentId) - 1];
    return Promise.resolve(comment?.issueKey === issueKey ? comment.body : null);
  }
  notify(issueKey: string, notification: Notification) {
    this.calls.push(`notify ${issueKey}`);
    this.notifications.push({ issueKey, notification });
    return Promise.resolve();
  }
  getApprovals(issueKey: string): Promise<unknown> {
    this.calls.push(`getApprovals ${issueKey}`);
    const approval = this.approvals.get(issueKey);
    const at = { iso8601: NOW.toISOString(), epochMillis: NOW.getTime() };
    return Promise.resolve({
      values:
        approval === undefined
          ? []
          : [
              {
                id: '7',
                name: 'Waiting for approval',
                finalDecision: approval.finalDecision,
                canAnswerApproval: approval.finalDecision === 'pending',
                approvers: approval.answers.map(([person, approverDecision]) => ({
                  approver: { accountId: person.accountId, displayName: person.displayName },
                  approverDecision,
                })),
                createdDate: at,
              },
            ],
      isLastPage: true,
    });
  }
  groupMembers(groupId: string) {
    this.calls.push(`groupMembers ${groupId}`);
    return Promise.resolve([...(this.members.get(groupId) ?? [])]);
  }
}

/** Jira as the person using the UI: sees every issue the fake Jira has; `admins` answer isJiraAdmin. */
export function fakeUser(jira: FakeJira, accountId: string, admins: string[] = []): JiraUserPort {
  return {
    getIssue: (issueKey) => jira.getIssue(issueKey),
    getApprovals: (issueKey) => jira.getApprovals(issueKey),
    answerApproval: () => Promise.reject(new Error('The fakes do not answer approvals as a person.')),
    isJiraAdmin: () => Promise.resolve(admins.includes(accountId)),
    requestTypeName: () => Promise.resolve(null),
    searchPeople: () => Promise.resolve([]),
    searchGroups: () => Promise.resolve([]),
  };
}

export interface Fakes {
  deps: AppDeps;
  jira: FakeJira;
  ledger: FakeLedger;
  chat: { text: string; urgent: boolean; issueKey: string }[];
  properties: { issueKey: string; propertyKey: string; value: unknown }[];
  pullRequests: { repository: string; number: number }[];
}

export function inMemoryAppDeps(policy: Policy = demoPolicy): Fakes {
  const jira = new FakeJira();
  const ledger = new FakeLedger();
  const chat: Fakes['chat'] = [];
  const properties: Fakes['properties'] = [];
  const pullRequests: Fakes['pullRequests'] = [];
  const deps: AppDeps = {
    jira,
    ledger,
    policies: {
      get: () => Promise.resolve({ policy, revision: 1, updatedAt: null, updatedBy: null }),
      save: () => Promise.reject(new Error('The fakes do not save policies.')),
    },
    chat: {
      post: (message) => {
        // As a person reads it: the unit tests assert on the words, the adapter's escaping has its own tests.
        chat.push({ ...message, text: chatPlainText(message.text) });
        return Promise.resolve(true);
      },
    },
    clock: { now: () => NOW },
    properties: {
      setIssueProperty: (issueKey, propertyKey, value) => {
        properties.push({ issueKey, propertyKey, value });
        return Promise.resolve();
      },
    },
    pullRequestStatus: {
      changed: (pullRequest) => {
        pullRequests.push(pullRequest);
        return Promise.resolve();
      },
    },
  };
  return { deps, jira, ledger, chat, properties, pullRequests };
}

/**
 * A CR routed by the real domain routing under the demo policy, waiting for its groups' approvals in JSM;
 * every routed group has Sam and Elena as members.
 */
export function routedChangeRequest(
  fakes: Fakes,
  issueKey: string,
  overrides: Partial<LedgerEntry> = {},
  changeRequest = makeChangeRequest({ requester: { accountId: REQUESTER.accountId } }),
): LedgerEntry {
  const routing = routeChangeRequest(demoPolicy, changeRequest, NOW);
  if (routing.status !== 'routed')
    throw new Error(`The test CR did not route: ${JSON.stringify(routing.problems)}`);
  for (const group of routing.groups) fakes.jira.members.set(group.groupId, [SAM, ELENA]);
  fakes.jira.statuses.set(issueKey, 'Awaiting approval');
  fakes.jira.approvals.set(issueKey, {
    finalDecision: 'pending',
    answers: [
      [SAM, 'pending'],
      [ELENA, 'pending'],
    ],
  });
  const entry: LedgerEntry = {
    issueKey,
    issueUrl: `https://site.example/browse/${issueKey}`,
    status: 'awaiting-approval',
    changeRequest,
    routing,
    problems: [],
    routedAt: NOW.toISOString(),
    deadlineAt: Date.parse(routing.deadline),
    decision: null,
    notifiedAt: NOW.toISOString(),
    ...overrides,
  };
  fakes.ledger.entries.set(issueKey, structuredClone(entry));
  return entry;
}
