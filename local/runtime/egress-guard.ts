/**
 * External egress from a function (`fetch` from @forge/api or the global fetch) is allowed only to hosts in
 * `permissions.external.fetch.backend`; otherwise Forge fails the call with ExternalEndpointNotAllowedError
 * ("URL not included in the external fetch backend permissions: …", `@forge/api/out/api/errors.js`).
 * The check is @forge/api's own `permissions.canFetchFrom('backend', url)` (same matcher as Forge's egress
 * filter, @forge/egress). It is loaded lazily: a static import would load @forge/api before the fetch
 * wrapper is installed (see install-forge-globals.ts).
 */
export async function assertEgressAllowed(url: string): Promise<void> {
  const api = await import('@forge/api');
  if (!api.permissions.canFetchFrom('backend', url)) {
    throw new api.ExternalEndpointNotAllowedError(url);
  }
}
