import { jsonResponse, type LocalResponse } from '../core/http-types';

/**
 * One error family for the stand-in. Routes throw; `create-jira-stand-in.ts` turns the error into the response.
 * Jira Cloud has two error bodies (docs/platform-assumptions.md): the platform's ErrorCollection and JSM's ErrorResponse.
 */
export class JiraHttpError extends Error {
  constructor(
    readonly response: LocalResponse,
    message: string,
  ) {
    super(message);
    this.name = 'JiraHttpError';
  }
}

/** Platform (`/rest/api/3/*`) body: `{errorMessages, errors}` (OpenAPI `ErrorCollection`). */
export function platformError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): JiraHttpError {
  const summary = [...errorMessages, ...Object.values(errors)].join('; ');
  return new JiraHttpError(jsonResponse(status, { errorMessages, errors }, headers), summary);
}

/** JSM (`/rest/servicedeskapi/*`) body: `{errorMessage, i18nErrorMessage: {i18nKey, parameters}}`. */
export function jsmError(
  status: number,
  errorMessage: string,
  i18nKey: string,
  parameters: string[] = [],
  headers: Record<string, string> = {},
): JiraHttpError {
  return new JiraHttpError(
    jsonResponse(status, { errorMessage, i18nErrorMessage: { i18nKey, parameters } }, headers),
    errorMessage,
  );
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
/** Jira's answer to a body that is not JSON or not the documented shape. */
export const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';

export function isServiceDeskPath(path: string): boolean {
  return path.startsWith('/rest/servicedeskapi/');
}

/** The right error body for the API family a path belongs to. */
export function errorFor(path: string, status: number, message: string, i18nKey: string): JiraHttpError {
  return isServiceDeskPath(path) ? jsmError(status, message, i18nKey) : platformError(status, [message]);
}
