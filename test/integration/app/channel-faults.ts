/**
 * Makes the team channel's webhook fail for chosen messages, as Slack or Teams answering 503 would, while
 * every other post reaches the host's chat sink (local/sinks/chat-sink.ts).
 */
import type { LocalHost } from '../../../local/host/create-local-host';
import type { EgressRequest, EgressResponse } from '../../../local/sinks/egress-types';

/** The channel's webhook answers 503 to the next `times` posts whose payload mentions `about`. */
export function channelFails(
  app: { host: Pick<LocalHost, 'chat'> },
  about: string,
  times: number,
): jest.SpyInstance {
  const sink = app.host.chat;
  const handle = sink.handle.bind(sink);
  let left = times;
  return jest.spyOn(sink, 'handle').mockImplementation((request: EgressRequest): EgressResponse => {
    if (left > 0 && request.body.includes(about)) {
      left -= 1;
      return { status: 503, headers: { 'content-type': 'text/plain' }, body: 'service unavailable' };
    }
    return handle(request);
  });
}
