import { applyTheme, asThemeAnswer, setThemeAttributes } from './apply-theme';
import {
  asHostEvent,
  asHostReply,
  asThemeChange,
  fromFrame,
  jsonClone,
  type FrameCall,
  type FrameResize,
} from './bridge-messages';

/**
 * Runs inside a Custom UI iframe before the app's own scripts: defines `globalThis.__bridge.callBridge`,
 * the one function @forge/bridge calls (`getCallBridge`, @forge/bridge/out/bridge.js). Server commands go
 * to the host over HTTP; what the product page does (flags, navigation, submit) goes to the parent page.
 */
export interface BridgeConfig {
  frame: string;
  endpoint: string;
}

const serverCommands = new Set(['getContext', 'invoke', 'fetchProduct']);
const pageCommands = new Set([
  'showFlag',
  'closeFlag',
  'navigate',
  'getUrl',
  'reload',
  'submit',
  'close',
  'refresh',
  'changeWindowTitle',
]);

function messageOf(body: unknown, status: number): string {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message;
  }
  return `The local host answered ${status}.`;
}

export function installBridge(config: BridgeConfig): void {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextCallId = 1;
  let themingEnabled = false;
  // `events.on` subscriptions (@forge/bridge/out/events/events.js sends `on` with the callback itself).
  const listeners = new Map<string, Set<(payload: unknown) => unknown>>();

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== window.location.origin) return;
    const hostEvent = asHostEvent(event.data);
    if (hostEvent) {
      for (const listener of listeners.get(hostEvent.event) ?? [])
        void Promise.resolve(listener(hostEvent.payload));
      return;
    }
    // Later theme changes reach only frames that opted in with view.theme.enable() (design-tokens-and-theming).
    const themeChange = asThemeChange(event.data);
    if (themeChange) {
      if (themingEnabled) setThemeAttributes(themeChange.htmlAttributes);
      return;
    }
    const reply = asHostReply(event.data);
    const waiting = reply ? pending.get(reply.callId) : undefined;
    if (!reply || !waiting) return;
    pending.delete(reply.callId);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.error ?? 'The host page could not handle the call.'));
  });

  const toPage = (command: string, payload: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const callId = nextCallId++;
      pending.set(callId, { resolve, reject });
      const message: FrameCall = {
        source: fromFrame,
        kind: 'call',
        callId,
        command,
        payload: jsonClone(payload),
      };
      window.parent.postMessage(message, window.location.origin);
    });

  const toServer = async (command: string, payload: unknown) => {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ frame: config.frame, command, payload }),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new Error(messageOf(body, response.status));
    return typeof body === 'object' && body !== null && 'result' in body ? body.result : undefined;
  };

  // The server knows the person's theme; the frame applies it, as Jira's side of the bridge does.
  const enableTheming = async (): Promise<undefined> => {
    const answer = asThemeAnswer(await toServer('enableTheming', undefined));
    if (!answer) throw new Error('The local host answered enableTheming without a theme.');
    await applyTheme(answer);
    themingEnabled = true;
    return undefined;
  };

  /** Resolves to the Subscription @forge/bridge hands back: `{ unsubscribe() }`. */
  const subscribe = (payload: unknown): Promise<unknown> => {
    if (typeof payload !== 'object' || payload === null)
      return Promise.reject(new Error('events.on needs an event.'));
    const event: unknown = Reflect.get(payload, 'event');
    const callback: unknown = Reflect.get(payload, 'callback');
    if (typeof event !== 'string' || typeof callback !== 'function')
      return Promise.reject(new Error('events.on needs an event name and a callback.'));
    const listener = (value: unknown): unknown => Reflect.apply(callback, undefined, [value]);
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return Promise.resolve({
      unsubscribe: () => {
        set.delete(listener);
      },
    });
  };

  const callBridge = (command: string, payload?: unknown): Promise<unknown> => {
    if (command === 'enableTheming') return enableTheming();
    if (command === 'on') return subscribe(payload);
    if (serverCommands.has(command)) return toServer(command, payload);
    if (pageCommands.has(command)) return toPage(command, payload);
    return Promise.reject(new Error(`The local host does not support the bridge command "${command}".`));
  };
  Reflect.set(globalThis, '__bridge', { callBridge });

  // Forge sizes Custom UI iframes to their content (iframe-resizer); the host page does the same.
  let lastHeight = 0;
  const reportHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    const message: FrameResize = { source: fromFrame, kind: 'resize', height };
    window.parent.postMessage(message, window.location.origin);
  };
  window.addEventListener('DOMContentLoaded', () => {
    new ResizeObserver(reportHeight).observe(document.documentElement);
  });
}
