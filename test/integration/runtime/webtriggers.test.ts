import { BASE_URL, createHarness, type Harness } from './runtime-harness';

import type { LocalRequest } from '../../../local/core/http-types';

function post(path: string, body: string, query = ''): LocalRequest {
  return {
    method: 'POST',
    path,
    query: new URLSearchParams(query),
    headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request' },
    body,
  };
}

describe('webtriggers', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => {
    h.dispose();
  });

  it('given the manifest, when listing webtriggers, then every module has a stable local /x1/ URL', () => {
    const urls = h.runtime.listWebtriggers();
    const again = createHarness();

    expect(Object.keys(urls).sort()).toEqual(['broken-hook', 'echo-hook', 'hanging-hook', 'static-hook']);
    expect(urls['echo-hook']).toMatch(new RegExp(`^${BASE_URL}/x1/[0-9a-f-]{36}$`));
    expect(again.runtime.listWebtriggers()).toEqual(urls);
    again.dispose();
  });

  it('given a request to the URL with a user path, when handled, then the function sees the Forge request shape', async () => {
    const path = `${new URL(h.runtime.listWebtriggers()['echo-hook'] ?? '').pathname}/github/events`;
    const rawHeaders = ['X-GitHub-Event', 'pull_request', 'Content-Type', 'application/json'];

    const response = await h.runtime.handleWebtriggerRequest(
      post(path, '{"action":"closed"}', 'a=1&a=2'),
      rawHeaders,
    );

    expect(response?.status).toBe(202);
    expect(response?.headers).toEqual({ 'content-type': 'application/json', 'x-echo': 'one, two' });
    expect(JSON.parse(response?.body ?? '')).toEqual({
      method: 'POST',
      path,
      userPath: 'github/events',
      headers: { 'X-GitHub-Event': ['pull_request'], 'Content-Type': ['application/json'] },
      queryParameters: { a: ['1', '2'] },
      body: '{"action":"closed"}',
    });
  });

  it('given a function that returns no statusCode, when handled, then the caller gets 500', async () => {
    const response = await h.runtime.handleWebtrigger('broken-hook', post('/x1/any', '{}'));

    expect(response.status).toBe(500);
  });

  it('given a static webtrigger, when the function returns an outputKey, then the declared output is sent', async () => {
    const response = await h.runtime.handleWebtrigger('static-hook', post('/x1/any', '{}'));

    expect(response).toEqual({
      status: 202,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    });
  });

  it('given a path that is no webtrigger of this app, when handled, then the runtime does not claim it', async () => {
    expect(
      await h.runtime.handleWebtriggerRequest(post('/x1/00000000-0000-0000-0000-000000000000', '')),
    ).toBeUndefined();
    expect(await h.runtime.handleWebtriggerRequest(post('/rest/api/3/myself', ''))).toBeUndefined();
  });
});

describe('webtrigger time limit', () => {
  it('given a function that never answers, when 55 s (scaled) pass, then the caller gets 500', async () => {
    // limitsScale 0.001: the 55 s webtrigger limit takes 55 ms of real time.
    const h = createHarness({ overrides: { limitsScale: 0.001 } });

    const response = await h.runtime.handleWebtrigger('hanging-hook', post('/x1/any', '{}'));

    expect(response.status).toBe(500);
    h.dispose();
  });
});
