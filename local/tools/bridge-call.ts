/**
 * Calls one of the app's resolver keys as a person, exactly as a Custom UI frame does: the page at
 * `pagePath` is opened with the person's host cookie, the frame token of the module is read from it
 * (`moduleKey`, or the first app frame), and the call goes through the host's bridge
 * (`POST /_local/ui/bridge`). For tests, benches and the demo story; answers the resolver's envelope.
 */
export interface BridgeCall {
  baseUrl: string;
  accountId: string;
  pagePath: string;
  moduleKey?: string;
}

const cookieOf = (accountId: string) => ({ cookie: `acab_user=${encodeURIComponent(accountId)}` });

export async function invokeThroughBridge(
  call: BridgeCall,
  functionKey: string,
  payload: unknown,
): Promise<unknown> {
  const cookie = cookieOf(call.accountId);
  const page = await fetch(`${call.baseUrl}${call.pagePath}`, { headers: cookie });
  const html = await page.text();
  const frameOf =
    call.moduleKey === undefined
      ? /data-frame-token="([^"]+)"/
      : new RegExp(`data-module-key="${call.moduleKey}" data-frame-token="([^"]+)"`);
  const frame = frameOf.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (frame === undefined) {
    throw new Error(
      `no ${call.moduleKey ?? 'app'} frame on ${call.pagePath} for ${call.accountId} (${String(page.status)})`,
    );
  }
  const answer = await fetch(`${call.baseUrl}/_local/ui/bridge`, {
    method: 'POST',
    headers: { ...cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ frame, command: 'invoke', payload: { functionKey, payload } }),
  });
  const body = (await answer.json()) as { result?: unknown; message?: string };
  if (answer.status !== 200 || body.result === undefined) {
    throw new Error(`invoke ${functionKey} answered ${String(answer.status)}: ${JSON.stringify(body)}`);
  }
  return body.result;
}
