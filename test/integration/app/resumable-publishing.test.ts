/**
 * Publishing a decision that stops part-way (docs/architecture.md, "Resumable steps"), through the local
 * host: after the decision record comment, the team channel fails, or the ledger write that notes the
 * comment fails. JSM's status-change event and the hourly reconcile finish it: one decision record comment,
 * one channel line, the commit status where a PR is linked, and the decision is never made twice.
 */
import { KvsServiceError } from '../../../local/kvs';
import type { KvsTarget } from '../../../local/kvs/sqlite-kvs-store';
import { channelFails } from './channel-faults';
import { ENTITIES } from '../../../src/adapters/kvs/storage-keys';
import { draftFromApprovedReview, HEAD_SHA, readIssue, statusesOn } from '../github/github-harness';
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
interface Panel {
  status: string;
  decision: string;
  decisionRecord: string | null;
  viewer: { approvalId: string | null };
}

const LedgerWrite = (value: unknown): { entry?: { decision?: { commentId?: unknown } | null } } =>
  typeof value === 'object' && value !== null ? value : {};

/**
 * KVS answers 500 to the first ledger write that notes the decision record's comment (the write after the
 * comment was posted), however the app writes it (a set or a transaction).
 */
function ledgerWriteAfterTheCommentFails(app: AppHost): void {
  const store = app.host.kvs;
  const notesComment = (entityName: string | undefined, value: unknown) =>
    entityName === ENTITIES.ledger && typeof LedgerWrite(value).entry?.decision?.commentId === 'string';
  let failed = false;
  const fail = () => {
    failed = true;
    throw new KvsServiceError(500, 'INTERNAL_SERVER_ERROR', 'The storage service is unavailable.');
  };
  const set = store.set.bind(store);
  jest
    .spyOn(store, 'set')
    .mockImplementation(
      (target: KvsTarget, key: string, value: unknown, options?: Parameters<typeof set>[3]) => {
        if (!failed && notesComment(target.area === 'entity' ? target.entityName : undefined, value)) fail();
        return set(target, key, value, options);
      },
    );
  const transact = store.transact.bind(store);
  jest.spyOn(store, 'transact').mockImplementation((request) => {
    if (!failed && (request.set ?? []).some((item) => notesComment(item.entityName, item.value))) fail();
    transact(request);
  });
}

async function recordComments(app: AppHost, issueKey: string): Promise<string[]> {
  const response = await app.rest(
    `/rest/servicedeskapi/request/${issueKey}/comment?internal=true&public=true`,
    PEOPLE.morgan,
  );
  const comments = (await response.json()) as { values: { public: boolean; body: string }[] };
  return comments.values
    .filter((comment) => !comment.public && comment.body.includes(`Change ${issueKey} approved`))
    .map((comment) => comment.body);
}

async function decisionLines(app: AppHost, issueKey: string): Promise<string[]> {
  const all = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as {
    issueKey: string;
    text: string;
  }[];
  return all
    .filter((line) => line.issueKey === issueKey && line.text.startsWith(`${issueKey} was approved`))
    .map((line) => line.text);
}

async function nextHour(app: AppHost): Promise<void> {
  await app.host.clock.advance(61);
  await app.host.settle();
}

describe('publishing a decision that stops part-way is finished, each effect once', () => {
  let app: AppHost;
  const call = <T>(issueKey: string, functionKey: string, payload: unknown) =>
    app.invoke(PEOPLE.priya, issueKey, functionKey, payload) as Promise<Envelope<T>>;
  async function approve(issueKey: string): Promise<Envelope<Panel>> {
    const panel = await call<Panel>(issueKey, 'getApprovalPanel', { issueKey });
    return call<Panel>(issueKey, 'answerApproval', {
      issueKey,
      approvalId: panel.value?.viewer.approvalId,
      decision: 'approve',
      comment: 'Retries look safe.',
    });
  }

  beforeEach(async () => {
    app = await startAppHost();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await app.stop();
  });

  it('the channel fails after the record: one record, one line, the PR set to success', async () => {
    // Given a routed CR drafted from a pull request, and the channel failing once for its decision
    const key = await draftFromApprovedReview(app, 21);
    const { affectedSystems: _fromGitHub, ...answers } = validAnswers();
    const submitted = await app.invoke(PEOPLE.dana, key, 'submitAnswers', { issueKey: key, answers });
    expect(submitted).toMatchObject({ ok: true });
    await app.host.settle();
    channelFails(app, 'was approved', 1);

    // When Priya approves: JSM takes it, the record is posted, then the channel answers 503
    const answered = await approve(key);
    expect(answered.ok).toBe(false);
    // And JSM's status-change event arrives, and the hour passes
    await app.host.settle();
    await nextHour(app);

    // Then the CR is approved with one record, one channel line, and the PR's status is success
    expect((await readIssue(app, key)).fields.status.name).toBe('Approved');
    expect(await recordComments(app, key)).toHaveLength(1);
    expect(await decisionLines(app, key)).toHaveLength(1);
    expect(statusesOn(app, HEAD_SHA).map((status) => status.state)).toEqual([
      'pending',
      'pending',
      'success',
    ]);
    const panel = await call<Panel>(key, 'getApprovalPanel', { issueKey: key });
    expect(panel.value).toMatchObject({ decision: 'approved', status: 'Approved' });
    expect(panel.value?.decisionRecord).toContain('Retries look safe.');
  });

  it('the ledger write after the record comment fails: the resume finds the comment and posts no second one', async () => {
    // Given a routed CR, and the storage failing the write that notes the record's comment
    const key = await app.raise(PEOPLE.dana, 'Fix card payment retries in checkout', validAnswers());
    ledgerWriteAfterTheCommentFails(app);

    // When Priya approves: the record comment is posted, then the ledger write fails (the resolver fails)
    await expect(approve(key)).rejects.toThrow('The storage service is unavailable.');
    expect(await recordComments(app, key)).toHaveLength(1);

    // And JSM's status-change event arrives, Priya looks again, and the hour passes
    await app.host.settle();
    await call<Panel>(key, 'getApprovalPanel', { issueKey: key });
    await nextHour(app);

    // Then there is still one record (the resume read the issue's comments once and found it), and the
    // channel heard of the decision once (the panel reads the record's own comment by id, to show it formatted)
    expect(await recordComments(app, key)).toHaveLength(1);
    expect(
      app.host.appJiraCalls.filter(
        (made) => made.method === 'GET' && made.path === `/rest/api/3/issue/${key}/comment`,
      ),
    ).toHaveLength(1);
    expect(await decisionLines(app, key)).toHaveLength(1);
    const panel = await call<Panel>(key, 'getApprovalPanel', { issueKey: key });
    expect(panel.value).toMatchObject({ decision: 'approved', status: 'Approved' });
  });
});
