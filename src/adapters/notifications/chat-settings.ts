import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { validationFailed } from '../../app/errors';
import type { ChatSettingsView } from '../../shared/view-models';
import { SECRETS } from '../kvs/storage-keys';
import { chatKind } from './chat-notifier';

/** The team channel's webhook URL, as a Forge secret: readable only by the app, never returned to a page. */
export async function chatSettings(): Promise<ChatSettingsView> {
  const stored = z.string().safeParse(await kvs.getSecret(SECRETS.chatWebhookUrl));
  if (!stored.success) return { configured: false, kind: null };
  let kind: ChatSettingsView['kind'] = null;
  try {
    kind = chatKind(new URL(stored.data));
  } catch {
    kind = null;
  }
  return { configured: kind !== null, kind };
}

export async function setChatWebhook(url: string | null): Promise<ChatSettingsView> {
  if (url === null || url === '') {
    await kvs.deleteSecret(SECRETS.chatWebhookUrl);
    return { configured: false, kind: null };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw validationFailed('The chat webhook was not saved.', [
      { field: 'url', code: 'invalid_url', message: 'Enter the full https:// URL of the incoming webhook.' },
    ]);
  }
  if (chatKind(parsed) === null) {
    throw validationFailed('The chat webhook was not saved.', [
      {
        field: 'url',
        code: 'unsupported_host',
        message:
          'Use a Slack incoming webhook (https://hooks.slack.com/…) or a Microsoft Teams webhook (*.webhook.office.com or *.logic.azure.com).',
      },
    ]);
  }
  await kvs.setSecret(SECRETS.chatWebhookUrl, parsed.toString());
  return chatSettings();
}
