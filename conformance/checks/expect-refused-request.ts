/**
 * A `POST /rest/servicedeskapi/request` that JSM must refuse: 400 with JSM's `ErrorResponse`
 * `{errorMessage, i18nErrorMessage}` (jira.js `ErrorResponseSchema`, docs/platform-assumptions.md). A request created
 * anyway is recorded for cleanup and reported.
 */
import type { CheckContext } from '../context/check-context';
import { JsmErrorSchema } from '../http/jira-shapes';
import { Mismatch } from './check';

export async function expectRefusedRequest(
  ctx: CheckContext,
  requestFieldValues: Record<string, unknown>,
  name: string,
  why: string,
): Promise<{ errorMessage: string }> {
  const response = await ctx.postRequest(requestFieldValues, name);
  if (response.status === 201) {
    const created = ctx.created.at(-1)?.key ?? 'a request';
    throw new Mismatch(`JSM created ${created} (201) although ${why}`);
  }
  ctx.expectStatus(response, [400], `raising a request although ${why}`);
  const body = ctx.body(JsmErrorSchema, response, 'the 400 body (JSM ErrorResponse)');
  return { errorMessage: body.errorMessage };
}

/** A note on whether JSM's message names the field (the wording is not documented). */
export function namesField(message: string, field: { id: string; name: string }): string {
  return message.includes(field.id) || message.includes(field.name)
    ? `the message names the field: "${message}"`
    : `the message does not name ${field.id} / "${field.name}": "${message}"`;
}
