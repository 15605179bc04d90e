/**
 * postMessage protocol between a Custom UI iframe (the injected bridge) and the host page. Both sides check
 * `source` and the sender's origin; payloads are JSON-cloned so functions (e.g. flag action callbacks,
 * which Forge also cannot carry across its iframe boundary) are dropped rather than failing to clone.
 */
export const fromFrame = 'acab-bridge';
export const fromHost = 'acab-host';

export interface FrameCall {
  source: typeof fromFrame;
  kind: 'call';
  callId: number;
  command: string;
  payload: unknown;
}
export interface FrameResize {
  source: typeof fromFrame;
  kind: 'resize';
  height: number;
}
/**
 * The host page's theme switcher: the new theme's `<html>` attributes, for frames that enabled theming (their
 * token CSS for both colour modes is already loaded, so the attributes are all that changes).
 */
export interface HostThemeChange {
  source: typeof fromHost;
  kind: 'theme';
  htmlAttributes: Record<string, string>;
}
/** An event the page delivers to its app frames (`events.on`), e.g. Jira's `JIRA_ISSUE_CHANGED`. */
export interface HostEvent {
  source: typeof fromHost;
  kind: 'event';
  event: string;
  payload: unknown;
}
export interface HostReply {
  source: typeof fromHost;
  callId: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function asFrameMessage(data: unknown): FrameCall | FrameResize | undefined {
  if (!isRecord(data) || data['source'] !== fromFrame) return undefined;
  if (data['kind'] === 'resize' && typeof data['height'] === 'number') {
    return { source: fromFrame, kind: 'resize', height: data['height'] };
  }
  if (data['kind'] === 'call' && typeof data['callId'] === 'number' && typeof data['command'] === 'string') {
    return {
      source: fromFrame,
      kind: 'call',
      callId: data['callId'],
      command: data['command'],
      payload: data['payload'],
    };
  }
  return undefined;
}

export function asHostReply(data: unknown): HostReply | undefined {
  if (!isRecord(data) || data['source'] !== fromHost || typeof data['callId'] !== 'number') return undefined;
  const reply: HostReply = {
    source: fromHost,
    callId: data['callId'],
    ok: data['ok'] === true,
    result: data['result'],
  };
  if (typeof data['error'] === 'string') reply.error = data['error'];
  return reply;
}

export function asThemeChange(data: unknown): HostThemeChange | undefined {
  if (!isRecord(data) || data['source'] !== fromHost || data['kind'] !== 'theme') return undefined;
  const attributes = data['htmlAttributes'];
  if (!isRecord(attributes)) return undefined;
  const htmlAttributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('data-') && typeof value === 'string') htmlAttributes[name] = value;
  }
  return { source: fromHost, kind: 'theme', htmlAttributes };
}

export function jsonClone(value: unknown): unknown {
  if (value === undefined) return undefined;
  const cloned: unknown = JSON.parse(JSON.stringify(value));
  return cloned;
}

export function asHostEvent(data: unknown): HostEvent | undefined {
  if (!isRecord(data) || data['source'] !== fromHost || data['kind'] !== 'event') return undefined;
  if (typeof data['event'] !== 'string') return undefined;
  return { source: fromHost, kind: 'event', event: data['event'], payload: data['payload'] };
}
