/**
 * Read-only Forge fields "won't be rendered on … Jira Service Management portal requests" (jira-custom-field
 * `#read-only-fields`), so they are on no request type and `requestFieldValues` refuses them: only the app
 * writes the Linked pull request field, through the app field value API (src/adapters/jira/app-field-writer.ts).
 */
import { SUMMARY_PREFIX } from '../context/check-context';
import { SAMPLE_LINKED_PULL_REQUEST } from '../context/sample-answers';
import { pass, type Check } from './check';
import { expectRefusedRequest, namesField } from './expect-refused-request';

export const LINKED_PULL_REQUEST_MODULE = 'cab-linked-pull-request';

export const requestReadOnlyField: Check = {
  id: 'request-read-only-field',
  title: 'requestFieldValues with the read-only Linked pull request field answers JSM 400',
  async run(ctx) {
    const field = await ctx.forgeField(LINKED_PULL_REQUEST_MODULE);
    const { errorMessage } = await expectRefusedRequest(
      ctx,
      { summary: `${SUMMARY_PREFIX} read-only field on create`, [field.id]: SAMPLE_LINKED_PULL_REQUEST },
      'read-only field on create',
      `${field.id} (Linked pull request) is read-only`,
    );
    return pass(namesField(errorMessage, field));
  },
};
