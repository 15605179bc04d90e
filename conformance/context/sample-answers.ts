/**
 * CAB answers for the test request, one per editable Forge field of manifest.yml, in the JSON shapes the
 * portal sends (docs/decisions/0002-custom-field-types.md). The affected system is one no policy knows, so
 * the app, if installed, holds the request in "Waiting for answers" instead of asking approvers.
 */
export const UNKNOWN_SYSTEM = 'async-cab-conformance-no-such-system';

export function sampleAnswers(now: Date): Record<string, unknown> {
  const start = new Date(now.getTime() + 7 * 24 * 3_600_000);
  start.setUTCMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 3_600_000);
  return {
    'cab-affected-systems': [UNKNOWN_SYSTEM],
    'cab-change-type': 'normal',
    'cab-risk': 'low',
    'cab-change-window': { start: start.toISOString(), end: end.toISOString(), timeZone: 'Europe/London' },
    'cab-test-evidence': { tested: true, evidenceUrl: 'https://example.com/async-cab-conformance/tests' },
    'cab-consequence': { text: '[async-cab conformance] Nothing: this request only tests the site.' },
    'cab-rollback-plan': { text: '[async-cab conformance] Delete the request.' },
  };
}

/** A valid Linked pull request value (manifest `cab-linked-pull-request` schema). */
export const SAMPLE_LINKED_PULL_REQUEST = {
  repository: 'acme/async-cab-conformance',
  number: 1,
  url: 'https://github.com/acme/async-cab-conformance/pull/1',
  headSha: 'a'.repeat(40),
};
