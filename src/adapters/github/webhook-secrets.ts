/**
 * The GitHub webhook secret as a Forge secret (`kvs.setSecret`, docs/architecture.md): the current one and, after a
 * rotation, the previous one, so deliveries signed with either verify while the admin updates GitHub.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { SECRETS } from '../kvs/storage-keys';

const StoredSecretsSchema = z.object({
  current: z.string().min(1),
  previous: z.string().min(1).nullable(),
  rotatedAt: z.string(),
});
export type StoredWebhookSecrets = z.infer<typeof StoredSecretsSchema>;

export async function readWebhookSecrets(): Promise<StoredWebhookSecrets | null> {
  const parsed = StoredSecretsSchema.safeParse(await kvs.getSecret(SECRETS.githubWebhookSecrets));
  return parsed.success ? parsed.data : null;
}

/** A new random secret; the one it replaces keeps verifying until the next rotation. */
export async function rotateWebhookSecret(now: Date, secret?: string): Promise<StoredWebhookSecrets> {
  const before = await readWebhookSecrets();
  const next: StoredWebhookSecrets = {
    current: secret ?? randomBytes(32).toString('hex'),
    previous: before?.current ?? null,
    rotatedAt: now.toISOString(),
  };
  await kvs.setSecret(SECRETS.githubWebhookSecrets, next);
  return next;
}

/** `sha256=<hex>` of HMAC-SHA256 over the raw body (docs/platform-assumptions.md). */
export function signatureFor(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** Constant-time comparison against every given secret; all are checked so timing says nothing of which. */
export function matchesAny(secrets: readonly string[], rawBody: string, header: string): boolean {
  const received = Buffer.from(header, 'utf8');
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(signatureFor(secret, rawBody), 'utf8');
    if (expected.length === received.length && timingSafeEqual(expected, received)) matched = true;
  }
  return matched;
}

export async function verifyWebhookSignature(rawBody: string, header: string): Promise<boolean> {
  const secrets = await readWebhookSecrets();
  if (secrets === null) return false;
  return matchesAny(
    secrets.previous === null ? [secrets.current] : [secrets.current, secrets.previous],
    rawBody,
    header,
  );
}
