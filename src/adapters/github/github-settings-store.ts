/** GitHubSettingsPort over Forge: the webtrigger URL (`webTrigger.getUrl`) and the secrets in `kvs` secrets. */
import { webTrigger } from '@forge/api';
import type { GitHubSettingsPort } from '../../app/github/github-settings';
import { readGitHubToken, setGitHubToken } from './github-status-client';
import { readWebhookSecrets, rotateWebhookSecret } from './webhook-secrets';

export const WEBHOOK_MODULE_KEY = 'github-webhook';

export const githubSettingsStore: GitHubSettingsPort = {
  webhookUrl: () => webTrigger.getUrl(WEBHOOK_MODULE_KEY),
  async secrets() {
    const stored = await readWebhookSecrets();
    return {
      configured: stored !== null,
      previousActive: stored?.previous != null,
      rotatedAt: stored?.rotatedAt ?? null,
    };
  },
  async rotateSecret(now) {
    return (await rotateWebhookSecret(now)).current;
  },
  tokenConfigured: async () => (await readGitHubToken()) !== null,
  setToken: setGitHubToken,
};
