/**
 * The admin page's GitHub tab: the webhook URL, the webhook secret (generated and rotated,
 * never shown again except right after a rotation), the GitHub token (write-only) and recent deliveries.
 */
import type { GitHubSettingsView } from '../../shared/view-models';
import type { DeliveryLogPort } from './github-ports';

export interface GitHubSettingsPort {
  webhookUrl(): Promise<string | null>;
  secrets(): Promise<{ configured: boolean; previousActive: boolean; rotatedAt: string | null }>;
  rotateSecret(now: Date): Promise<string>;
  tokenConfigured(): Promise<boolean>;
  setToken(token: string | null): Promise<void>;
}

const RECENT_DELIVERIES = 25;

export async function gitHubSettings(
  settings: GitHubSettingsPort,
  log: DeliveryLogPort,
  newSecret: string | null = null,
): Promise<GitHubSettingsView> {
  const [webhookUrl, secrets, tokenConfigured, deliveries] = await Promise.all([
    settings.webhookUrl(),
    settings.secrets(),
    settings.tokenConfigured(),
    log.recent(RECENT_DELIVERIES),
  ]);
  return {
    webhookUrl,
    secretConfigured: secrets.configured,
    previousSecretActive: secrets.previousActive,
    secretRotatedAt: secrets.rotatedAt,
    tokenConfigured,
    deliveries,
    newSecret,
  };
}
