import { ChatSink } from '../../../local/sinks/chat-sink';
import { createEgressRouter } from '../../../local/sinks/egress-router';
import { GitHubStandIn } from '../../../local/sinks/github-stand-in';

const SHA = 'a'.repeat(40);
const now = () => new Date('2026-11-24T10:00:00Z');

function setup() {
  const github = new GitHubStandIn(now);
  const chat = new ChatSink(now);
  return { github, chat, fetch: createEgressRouter({ github, chat }) };
}

const auth = { authorization: 'Bearer ghs_test', 'content-type': 'application/json' };

describe('GitHub stand-in', () => {
  it('records a commit status with its CR and reflects it in the combined status', async () => {
    const { github, fetch } = setup();
    const created = await fetch(`https://api.github.com/repos/acme/payments-api/statuses/${SHA}`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        state: 'pending',
        context: 'async-cab/change-approval',
        description: 'CHG-12 is awaiting approval',
        target_url: 'http://localhost:8080/browse/CHG-12',
      }),
    });
    expect(created.status).toBe(201);
    await fetch(`https://api.github.com/repos/acme/payments-api/statuses/${SHA}`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        state: 'success',
        context: 'async-cab/change-approval',
        description: 'CHG-12 approved',
      }),
    });
    const combined = await fetch(`https://api.github.com/repos/acme/payments-api/commits/${SHA}/status`, {
      headers: auth,
    });
    expect(await combined.json()).toMatchObject({
      state: 'success',
      total_count: 1,
      statuses: [{ description: 'CHG-12 approved' }],
    });
    expect(github.recordedCalls().map((call) => [call.method, call.status, call.issueKey])).toEqual([
      ['POST', 201, 'CHG-12'],
      ['POST', 201, 'CHG-12'],
      ['GET', 200, null],
    ]);
  });

  it('answers 401 without a token and 422 for a bad state, as GitHub does', async () => {
    const { fetch } = setup();
    const url = `https://api.github.com/repos/acme/payments-api/statuses/${SHA}`;
    expect((await fetch(url, { method: 'POST', body: '{"state":"pending"}' })).status).toBe(401);
    const bad = await fetch(url, { method: 'POST', headers: auth, body: '{"state":"great"}' });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ message: 'Validation Failed' });
  });

  it('lists check runs added for a commit', async () => {
    const { github, fetch } = setup();
    github.addCheckRun('acme/payments-api', SHA, {
      name: 'ci / test',
      status: 'completed',
      conclusion: 'success',
    });
    const runs = await fetch(`https://api.github.com/repos/acme/payments-api/commits/${SHA}/check-runs`, {
      headers: auth,
    });
    expect(await runs.json()).toMatchObject({
      total_count: 1,
      check_runs: [{ name: 'ci / test', conclusion: 'success' }],
    });
  });
});

describe('chat sink', () => {
  it('records a Slack message with mentions and the CR, hiding the webhook secret', async () => {
    const { chat, fetch } = setup();
    const answer = await fetch('https://hooks.slack.com/services/T000/B000/secretsecret', {
      method: 'POST',
      body: JSON.stringify({
        text: ':rotating_light: Emergency CHG-7 needs you <@U111> <!subteam^S22|ecab>',
      }),
    });
    expect([answer.status, await answer.text()]).toEqual([200, 'ok']);
    expect(chat.recorded()).toEqual([
      expect.objectContaining({
        kind: 'slack',
        issueKey: 'CHG-7',
        urgent: true,
        mentions: ['@U111', '!subteam^S22'],
      }),
    ]);
    expect(JSON.stringify(chat.recorded())).not.toContain('secretsecret');
  });

  it('answers Slack errors for bad payloads and records nothing', async () => {
    const { chat, fetch } = setup();
    const url = 'https://hooks.slack.com/services/T000/B000/x';
    expect(await (await fetch(url, { method: 'POST', body: 'not json' })).text()).toBe('invalid_payload');
    expect(await (await fetch(url, { method: 'POST', body: '{"channel":"x"}' })).text()).toBe('no_text');
    expect(chat.recorded()).toEqual([]);
  });

  it('accepts a Teams Workflows adaptive card with 202', async () => {
    const { chat, fetch } = setup();
    const card = {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text: 'CHG-9 needs approval from <at>Sam</at>' }],
          },
        },
      ],
    };
    const answer = await fetch(
      'https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke',
      {
        method: 'POST',
        body: JSON.stringify(card),
      },
    );
    expect(answer.status).toBe(202);
    expect(chat.recorded()[0]).toMatchObject({
      kind: 'teams-workflow',
      issueKey: 'CHG-9',
      mentions: ['Sam'],
    });
  });

  it('fails like an unreachable host for anything without a stand-in', async () => {
    const { fetch } = setup();
    await expect(fetch('https://example.org/x')).rejects.toThrow('no stand-in for example.org');
  });
});
