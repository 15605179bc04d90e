/**
 * Where the app's external `fetch` calls go in the local host: GitHub's API to the GitHub stand-in, chat
 * webhooks to the chat sink. Anything else fails the way an unreachable host does, with a message that says
 * which sink is missing. (Forge's own egress allow-list from the manifest is enforced before this, by the
 * runtime.)
 */
import { chatKindOf, type ChatSink } from './chat-sink';
import type { EgressRequest } from './egress-types';
import type { GitHubStandIn } from './github-stand-in';

export interface EgressInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

export type EgressFetch = (url: string, init?: EgressInit) => Promise<Response>;

export function createEgressRouter(sinks: { github: GitHubStandIn; chat: ChatSink }): EgressFetch {
  return (url, init = {}) => {
    const request = toEgressRequest(url, init);
    let answer;
    if (request.url.hostname === 'api.github.com') answer = sinks.github.handle(request);
    else if (chatKindOf(request.url) !== null) answer = sinks.chat.handle(request);
    else {
      return Promise.reject(
        new TypeError(
          `fetch failed: the local host has no stand-in for ${request.url.host} (only GitHub and chat webhooks).`,
        ),
      );
    }
    const nullBody = answer.status === 204 || answer.status === 304 || answer.body === '';
    return Promise.resolve(
      new Response(nullBody ? null : answer.body, { status: answer.status, headers: answer.headers }),
    );
  };
}

function toEgressRequest(url: string, init: EgressInit): EgressRequest {
  return {
    url: new URL(url),
    method: (init.method ?? 'GET').toUpperCase(),
    headers: normaliseHeaders(init.headers),
    body:
      typeof init.body === 'string'
        ? init.body
        : init.body instanceof Uint8Array
          ? Buffer.from(init.body).toString('utf8')
          : '',
  };
}

function normaliseHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, key) => (out[key.toLowerCase()] = value));
  } else if (Array.isArray(headers)) {
    for (const pair of headers) if (Array.isArray(pair)) out[String(pair[0]).toLowerCase()] = String(pair[1]);
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = String(value);
  }
  return out;
}
