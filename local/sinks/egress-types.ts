/** A recorded outbound call the app made to a service outside Atlassian (GitHub, chat webhooks). */
export interface EgressRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export interface EgressResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type EgressHandler = (request: EgressRequest) => EgressResponse;

const ISSUE_KEY = /\b[A-Z][A-Z0-9_]+-[1-9][0-9]*\b/;

/** The first Jira issue key mentioned in a text, so each recorded call can name its CR. */
export function findIssueKey(...texts: (string | undefined)[]): string | null {
  for (const text of texts) {
    const match = text === undefined ? null : ISSUE_KEY.exec(text);
    if (match) return match[0];
  }
  return null;
}

export function jsonEgress(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): EgressResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
