import { type ChangeRequest } from '../../src/domain/change-request';

/**
 * A valid, unremarkable CR: a tested, low-risk normal change to the Payments API, in London working
 * hours on Tuesday 1 December 2026, with a rollback plan. Override what the test is about.
 */
export function makeChangeRequest(overrides: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    summary: 'Upgrade the card tokenisation library to 4.2',
    description: 'Patch release; no API change.',
    affectedSystems: ['payments-api'],
    changeType: 'normal',
    risk: 'low',
    plannedWindow: { start: '2026-12-01T13:00:00Z', end: '2026-12-01T14:00:00Z', timeZone: 'Europe/London' },
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4711' },
    consequenceOfNotReleasing: 'The vendor ends support for 4.1 on 15 December.',
    rollbackPlan: 'Redeploy the previous image (payments-api:4.1.9) with the deploy pipeline.',
    requester: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001' },
    ...overrides,
  };
}

/** The same CR as plain input (what a form or a JSON body would carry), for parser tests. */
export function makeChangeRequestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...makeChangeRequest(), ...overrides };
}
