/** Demo-site facts and CAB answers the benches share (docs/demo-site.md). */
import { cabFieldValues, fetchCabFieldIds, type CabFieldIds } from '../local/tools/cab-request-fields';

export const APP_UUID = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';

export const basicAuth = (email: string): string => `Basic ${Buffer.from(`${email}:x`).toString('base64')}`;

/** Valid portal answers for a one-hour window; override what a bench needs (systems, type, risk). */
export function benchAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    affectedSystems: ['checkout-web'],
    changeType: 'normal',
    risk: 'medium',
    plannedWindow: {
      start: '2026-12-01T10:00:00+00:00',
      end: '2026-12-01T11:00:00+00:00',
      timeZone: 'Europe/London',
    },
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/1' },
    consequenceOfNotReleasing: 'Customers keep seeing failed card payments until the next window.',
    rollbackPlan: 'Redeploy the previous image.',
    ...overrides,
  };
}

/**
 * Raises a request over JSM REST as a portal does: `requestFieldValues` with the summary and the CAB
 * answers as the app's fields (their ids read once per site). Answers the new issue key.
 */
export async function raiseRequest(
  url: string,
  authorization: string,
  summary: string,
  answers: Record<string, unknown>,
  requestTypeId = '10',
): Promise<string> {
  idsBySite[url] ??= await fetchCabFieldIds(url, basicAuth('alex.admin@asynccab.example'));
  const created = await fetch(`${url}/rest/servicedeskapi/request`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      serviceDeskId: '1',
      requestTypeId,
      requestFieldValues: { summary, ...cabFieldValues(answers, idsBySite[url]) },
    }),
  });
  if (created.status !== 201)
    throw new Error(`create failed: ${String(created.status)} ${await created.text()}`);
  const { issueKey } = (await created.json()) as { issueKey: string };
  return issueKey;
}

const idsBySite: Record<string, CabFieldIds> = {};
