/**
 * The Async CAB page's resolvers through the local host, as its Custom UI calls them: the global page
 * (`/jira/apps/{appId}/{envId}`) or the dashboard gadget frame, the bridge, with the acting person's cookie.
 * Built on the sweep harness, so change requests are raised, routed and moved through time the same way.
 */
import { cabFieldValues, fetchCabFieldIds } from '../../../local/tools/cab-request-fields';
import { invokeThroughBridge } from '../../../local/tools/bridge-call';
import { basic, PEOPLE, type Person } from '../app/app-harness';
import type { RecordedCall } from '../jira-calls/jira-calls-harness';
import { startSweepHost, type Answer, type SweepHost } from '../sweeps/sweep-harness';

export interface BoardHost extends SweepHost {
  /** Calls a resolver key from the Async CAB page's frame (or the gadget's) as `as`. */
  board<T>(as: Person, key: string, payload: unknown, on?: 'page' | 'gadget'): Promise<Answer<T>>;
  /** The app's Jira REST calls made while `step` ran (the host's record, `GET /_local/jira-calls`). */
  callsDuring(step: () => Promise<unknown>): Promise<RecordedCall[]>;
  /** The global page's path, read from the host's module index. */
  pagePath(): Promise<string>;
  /** Raises an Emergency change (its own request type, which the demo workflow routes) and lets it route. */
  raiseEmergency(as: Person, summary: string, answers: Record<string, unknown>): Promise<string>;
}

/** The demo service desk's Emergency change request type (docs/demo-site.md). */
const EMERGENCY_REQUEST_TYPE_ID = '11';

export async function startBoardHost(startAt: string): Promise<BoardHost> {
  const app = await startSweepHost(startAt);
  const base = app.host.url;
  let path: string | undefined;
  const pagePath = async () => {
    if (path !== undefined) return path;
    const index = await (await fetch(`${base}/_local/ui`)).text();
    path = /href="(\/jira\/apps\/[^"]+)"/.exec(index)?.[1];
    if (path === undefined) throw new Error('The module index lists no global page.');
    return path;
  };
  const calls = async (since: number): Promise<RecordedCall[]> =>
    (await (await fetch(`${base}/_local/jira-calls?since=${String(since)}`)).json()) as RecordedCall[];
  return {
    ...app,
    pagePath,
    async board<T>(as: Person, key: string, payload: unknown, on: 'page' | 'gadget' = 'page') {
      const where =
        on === 'page'
          ? { pagePath: await pagePath(), moduleKey: 'cab-board' }
          : { pagePath: '/jira/dashboards/local', moduleKey: 'cab-board-gadget' };
      return (await invokeThroughBridge(
        { baseUrl: base, accountId: as.accountId, ...where },
        key,
        payload,
      )) as Answer<T>;
    },
    async raiseEmergency(as, summary, answers) {
      const ids = await fetchCabFieldIds(base, basic(PEOPLE.alex));
      const created = await fetch(`${base}/rest/servicedeskapi/request`, {
        method: 'POST',
        headers: { authorization: basic(as), 'content-type': 'application/json' },
        body: JSON.stringify({
          serviceDeskId: '1',
          requestTypeId: EMERGENCY_REQUEST_TYPE_ID,
          requestFieldValues: { summary, ...cabFieldValues(answers, ids) },
        }),
      });
      if (created.status !== 201)
        throw new Error(`create failed ${String(created.status)}: ${await created.text()}`);
      const { issueKey } = (await created.json()) as { issueKey: string };
      await app.host.settle();
      valueOf(await app.call(as, issueKey, 'getApprovalPanel', { issueKey }));
      return issueKey;
    },
    async callsDuring(step) {
      await app.host.settle();
      const before = (await calls(0)).at(-1)?.n ?? 0;
      await step();
      return calls(before);
    },
  };
}

/** The value of an answer that must be ok. */
export function valueOf<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}
