/**
 * JSM errors are `ErrorResponse` `{errorMessage, i18nErrorMessage: {i18nKey, parameters}}` (jira.js
 * `ErrorResponseSchema`, docs/platform-assumptions.md): a request without its required Summary answers 400, a request
 * that does not exist answers 404.
 */
import { JsmErrorSchema } from '../http/jira-shapes';
import { pass, type Check } from './check';
import { expectRefusedRequest } from './expect-refused-request';

export const errorShapeJsm: Check = {
  id: 'error-shape-jsm',
  title: 'JSM errors are {errorMessage, i18nErrorMessage} on a 400 (no Summary) and a 404',
  async run(ctx) {
    const { errorMessage } = await expectRefusedRequest(
      ctx,
      {},
      'request without a summary',
      'the required Summary is missing',
    );
    const missing = `/rest/servicedeskapi/request/${ctx.settings.projectKey}-999999999`;
    const notFound = await ctx.http.get(ctx.people.admin, missing);
    ctx.expectStatus(notFound, [404], `GET ${missing}`);
    const body = ctx.body(JsmErrorSchema, notFound, 'the 404 body (JSM ErrorResponse)');
    return pass(`400: "${errorMessage}"; 404: "${body.errorMessage}" (${body.i18nErrorMessage.i18nKey})`);
  },
};
