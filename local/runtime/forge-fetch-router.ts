import type { LocalResponse } from '../core/http-types';
import { assertEgressAllowed } from './egress-guard';
import type { ForgeFetchInit, ForgeFetchTarget } from './forge-fetch-target';
import type { InvocationRoutes } from './invocation-store';
import { routeProductCall, type ProductRouteDeps } from './product-route';
import { bodyText } from './request-parts';
import { routeStargate, type StargateDeps } from './stargate-route';
import { toFetchResponse } from './to-fetch-response';

export type KvsRoute = (path: string, init: { method?: string; body?: string }) => Promise<LocalResponse>;
export type EgressRoute = (url: string, init: RequestInit | undefined) => Promise<Response>;

export interface RouterDeps {
  product: ProductRouteDeps;
  stargate: StargateDeps;
  kvs: KvsRoute;
  egress: EgressRoute;
}

/**
 * Where each `__forge_fetch__` target goes (target shapes: forge-fetch-target.ts):
 * fpp/jira → the JSM stand-in as app or user; kvs → the KVS store route; fpp/stargate (as the app) →
 * webtrigger URLs and the local queue. Unknown targets throw, naming the target, so a missing route is
 * obvious instead of silently answered.
 */
export function createRoutes(deps: RouterDeps, principal: string | undefined): InvocationRoutes {
  return {
    async forgeFetch(target: ForgeFetchTarget, path: string, init: ForgeFetchInit): Promise<Response> {
      if (target.type === 'kvs') {
        const body = bodyText(init.body);
        return toFetchResponse(await deps.kvs(path, { method: init.method ?? 'POST', body }));
      }
      if (target.type === 'fpp' && target.remote === 'jira') {
        return routeProductCall(deps.product, target, principal, path, init);
      }
      if (target.type === 'fpp' && target.remote === 'stargate' && target.provider === 'app') {
        return toFetchResponse(routeStargate(deps.stargate, path, bodyText(init.body)));
      }
      throw new Error(
        `Local Forge runtime: no route for __forge_fetch__ target ${JSON.stringify(target)} ${path}. ` +
          'Only Jira product calls, KVS, webtrigger URLs and queue pushes are emulated.',
      );
    },
    async egress(url: string, init: RequestInit | undefined): Promise<Response> {
      await assertEgressAllowed(url);
      return deps.egress(url, init);
    },
  };
}
