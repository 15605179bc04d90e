import type { CabFieldKey } from '@async-cab/shared/client';
import { describeFieldValue } from '../../../static/cab-field-view/src/describe-field-value';

const SYSTEMS = [
  { key: 'payments-api', name: 'Payments API', criticality: 'high' },
  { key: 'identity', name: 'Identity', criticality: 'critical' },
];

const describe_ = (field: CabFieldKey, raw: unknown, systems: typeof SYSTEMS | null = SYSTEMS) =>
  describeFieldValue({
    field,
    raw,
    systems,
    viewer: { timeZone: 'Europe/London', locale: 'en-GB' },
    now: new Date('2026-11-20T09:00:00Z'),
  });

describe('describeFieldValue: a stored value as a person reads it', () => {
  it('names systems from the policy and marks keys it does not know', () => {
    expect(describe_('affectedSystems', ['identity', 'legacy-crm'])).toEqual({
      kind: 'systems',
      systems: [
        { key: 'identity', text: 'Identity', inPolicy: true },
        { key: 'legacy-crm', text: 'legacy-crm (not in the policy)', inPolicy: false },
      ],
    });
  });

  it('still shows the keys when the policy could not be loaded', () => {
    expect(describe_('affectedSystems', ['identity'], null)).toEqual({
      kind: 'systems',
      systems: [{ key: 'identity', text: 'identity', inPolicy: null }],
    });
  });

  it('shows change type and risk as words, critical risk in bold red', () => {
    expect(describe_('changeType', 'emergency')).toEqual({ kind: 'words', text: 'Emergency' });
    expect(describe_('risk', 'low')).toEqual({
      kind: 'risk',
      text: 'Low',
      lozengeClass: 'ak-lozenge ak-lozenge--success',
    });
    expect(describe_('risk', 'critical')).toMatchObject({
      text: 'Critical',
      lozengeClass: 'ak-lozenge fv-lozenge--critical',
    });
  });

  it('links https test evidence, but never a javascript: address', () => {
    expect(describe_('testEvidence', { tested: true, evidenceUrl: 'https://ci.example/run/42' })).toEqual({
      kind: 'tested',
      url: 'https://ci.example/run/42',
      href: 'https://ci.example/run/42',
    });
    expect(describe_('testEvidence', { tested: true, evidenceUrl: 'javascript:alert(1)' })).toMatchObject({
      href: null,
    });
    expect(describe_('testEvidence', { tested: false, reason: 'No staging.' })).toEqual({
      kind: 'not-tested',
      reason: 'No staging.',
    });
  });

  it('keeps the line breaks of free text', () => {
    expect(describe_('rollbackPlan', { text: '1. Revert\n2. Redeploy' })).toEqual({
      kind: 'text',
      text: '1. Revert\n2. Redeploy',
    });
  });

  it('labels the linked pull request owner/name#number with short SHAs', () => {
    expect(
      describe_('linkedPullRequest', {
        repository: 'acme/payments-api',
        number: 412,
        url: 'https://github.com/acme/payments-api/pull/412',
        headSha: '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d',
        mergeSha: 'ffeeddccbbaa99887766554433221100ffeeddcc',
      }),
    ).toEqual({
      kind: 'pull-request',
      label: 'acme/payments-api#412',
      href: 'https://github.com/acme/payments-api/pull/412',
      headSha: '1a2b3c4',
      mergeSha: 'ffeeddc',
    });
  });

  it('shows the window in the viewer zone', () => {
    expect(
      describe_('changeWindow', {
        start: '2026-12-03T09:00:00-05:00',
        end: '2026-12-03T11:00:00-05:00',
        timeZone: 'America/New_York',
      }),
    ).toEqual({ kind: 'window', text: 'Thu 3 Dec, 14:00 – 16:00 GMT', plannedIn: 'America/New_York' });
  });

  it('says "Not answered yet" for an empty value, and shows an unreadable one as stored', () => {
    expect(describe_('consequence', null)).toEqual({ kind: 'empty', text: 'Not answered yet' });
    expect(describe_('affectedSystems', [])).toEqual({ kind: 'empty', text: 'Not answered yet' });
    expect(describe_('linkedPullRequest', null)).toEqual({
      kind: 'empty',
      text: 'No pull request linked yet',
    });
    expect(describe_('risk', 'severe')).toEqual({ kind: 'unreadable', raw: '"severe"' });
  });
});
