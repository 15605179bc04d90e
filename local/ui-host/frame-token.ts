import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

/**
 * What the host page tells an iframe about itself: which module it renders and the extension context Jira
 * would give it. The host signs it so that a Custom UI cannot claim another module or issue, as in Forge,
 * where the product (not the iframe) supplies the context. The user is deliberately not in it: every bridge
 * call reads the current user from the switcher cookie.
 */
const frameSchema = z.object({
  moduleKey: z.string(),
  localId: z.string(),
  extension: z.record(z.string(), z.unknown()),
});
export type FrameDescriptor = z.infer<typeof frameSchema>;

export interface FrameSigner {
  sign(frame: FrameDescriptor): string;
  /** The descriptor, or undefined when the token is malformed or was not signed by this host. */
  verify(token: string): FrameDescriptor | undefined;
}

export function createFrameSigner(secret: Buffer = randomBytes(32)): FrameSigner {
  const mac = (data: string) => createHmac('sha256', secret).update(data).digest();
  return {
    sign(frame) {
      const data = Buffer.from(JSON.stringify(frame)).toString('base64url');
      return `${data}.${mac(data).toString('base64url')}`;
    },
    verify(token) {
      const [data, signature, extra] = token.split('.');
      if (data === undefined || signature === undefined || extra !== undefined) return undefined;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(data);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      try {
        const parsed = frameSchema.safeParse(JSON.parse(Buffer.from(data, 'base64url').toString('utf8')));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
