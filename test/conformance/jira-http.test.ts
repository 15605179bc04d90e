/** The kit's HTTP client: Basic auth and JSON, a 429 waits for Retry-After, a silent server times out. */
import { JiraHttp, JiraHttpError, retryWaitMs, withQuery } from '../../conformance/http/jira-http';

const ADMIN = { name: 'admin', email: 'admin@acme.example', token: 'secret' };

function answers(...responses: (() => Response)[]) {
  const seen: { url: string; init: RequestInit | undefined }[] = [];
  const fake: typeof fetch = (input, init) => {
    seen.push({ url: input instanceof Request ? input.url : String(input), init });
    const next = responses.shift();
    if (next === undefined) throw new Error('no more answers');
    return Promise.resolve(next());
  };
  return { fake, seen };
}

describe('JiraHttp', () => {
  it('sends HTTP Basic with the email and token, and JSON both ways', async () => {
    const { fake, seen } = answers(() => Response.json({ ok: true }, { status: 201 }));
    const http = new JiraHttp({ baseUrl: 'https://acme.atlassian.net/', fetch: fake });
    const response = await http.post(ADMIN, '/rest/api/3/issue', { fields: {} });
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ ok: true });
    expect(seen[0]?.url).toBe('https://acme.atlassian.net/rest/api/3/issue');
    expect(seen[0]?.init?.headers).toMatchObject({
      authorization: `Basic ${Buffer.from('admin@acme.example:secret').toString('base64')}`,
      'content-type': 'application/json',
    });
    expect(seen[0]?.init?.body).toBe('{"fields":{}}');
  });

  it('waits for Retry-After on a 429 and tries again', async () => {
    const waits: number[] = [];
    const { fake, seen } = answers(
      () => new Response('', { status: 429, headers: { 'retry-after': '3' } }),
      () => new Response('', { status: 429 }),
      () => Response.json([]),
    );
    const http = new JiraHttp({
      baseUrl: 'https://acme.atlassian.net',
      fetch: fake,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect((await http.get(ADMIN, '/rest/api/3/field')).status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(waits).toEqual([3000, 4000]);
  });

  it('answers the 429 when Retry-After is longer than it may wait, or the retries are used up', async () => {
    const long = answers(() => new Response('', { status: 429, headers: { 'retry-after': '3600' } }));
    const patient = new JiraHttp({
      baseUrl: 'https://x.atlassian.net',
      fetch: long.fake,
      sleep: () => Promise.resolve(),
    });
    expect((await patient.get(ADMIN, '/rest/api/3/field')).status).toBe(429);
    expect(long.seen).toHaveLength(1);

    const busy = answers(...Array.from({ length: 3 }, () => () => new Response('', { status: 429 })));
    const brief = new JiraHttp({
      baseUrl: 'https://x.atlassian.net',
      fetch: busy.fake,
      maxRetries: 2,
      sleep: () => Promise.resolve(),
    });
    expect((await brief.get(ADMIN, '/rest/api/3/field')).status).toBe(429);
    expect(busy.seen).toHaveLength(3);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(retryWaitMs(new Headers({ 'retry-after': '2' }), 0, now)).toBe(2000);
    expect(retryWaitMs(new Headers({ 'retry-after': 'Tue, 24 Nov 2026 10:00:05 GMT' }), 0, now)).toBe(5000);
    expect(retryWaitMs(new Headers(), 2, now)).toBe(8000);
  });

  it('gives up on a server that does not answer in time', async () => {
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new Error('The operation was aborted due to timeout'));
        });
      });
    const http = new JiraHttp({ baseUrl: 'https://x.atlassian.net', fetch: silent, timeoutMs: 20 });
    const failure = http.get(ADMIN, '/rest/api/3/myself');
    await expect(failure).rejects.toBeInstanceOf(JiraHttpError);
    await expect(failure).rejects.toThrow('GET /rest/api/3/myself got no answer within 0.02 s');
  });

  it('encodes query values and repeats array parameters', () => {
    expect(
      withQuery('/rest/api/3/search/jql', { jql: 'project = "CHG"', reconcileIssues: [1, 2], x: undefined }),
    ).toBe('/rest/api/3/search/jql?jql=project+%3D+%22CHG%22&reconcileIssues=1&reconcileIssues=2');
  });
});
