import {
  AnswerApprovalPayloadSchema,
  createContractClient,
  RESOLVER_KEYS,
  resolverContract,
  type InvokeFunction,
} from '../../../src/shared';

describe('resolver contract', () => {
  it('gives every key a payload schema and a typed client method', () => {
    const client = createContractClient(() => Promise.resolve({ ok: true, value: {} }));
    expect(RESOLVER_KEYS.length).toBeGreaterThan(0);
    for (const key of RESOLVER_KEYS) {
      expect(typeof resolverContract[key].payload.safeParse).toBe('function');
      expect(typeof client[key]).toBe('function');
    }
  });

  it('sends the key and the payload through invoke and returns the envelope', async () => {
    const calls: [string, unknown][] = [];
    const invoke: InvokeFunction = (key, payload) => {
      calls.push([key, payload]);
      return Promise.resolve({ ok: false, error: { code: 'SELF_APPROVAL', message: 'You raised CHG-1.' } });
    };
    const answer = await createContractClient(invoke).answerApproval({
      issueKey: 'CHG-1',
      approvalId: '7',
      decision: 'approve',
    });
    expect(calls).toEqual([['answerApproval', { issueKey: 'CHG-1', approvalId: '7', decision: 'approve' }]]);
    expect(answer).toEqual({ ok: false, error: { code: 'SELF_APPROVAL', message: 'You raised CHG-1.' } });
  });

  it('turns an answer of the wrong shape into an INTERNAL error instead of trusting it', async () => {
    const client = createContractClient(() => Promise.resolve({ status: 'fine' }));
    await expect(client.getPolicy({})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The app answered getPolicy in an unexpected shape.' },
    });
  });

  it('rejects a bad approval answer with messages per field', () => {
    const result = AnswerApprovalPayloadSchema.safeParse({
      issueKey: 'chg 1',
      approvalId: 7,
      decision: 'maybe',
      conditions: [''],
      extra: true,
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(byField).toMatchObject({
      issueKey: 'Expected a Jira issue key such as CHG-42.',
      'conditions.0': 'A condition cannot be empty.',
    });
    expect(Object.keys(byField)).toEqual(expect.arrayContaining(['approvalId', 'decision', '']));
  });
});
