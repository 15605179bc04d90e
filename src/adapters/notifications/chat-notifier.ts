/**
 * Posts to the team's chat channel through its incoming webhook (Slack or Microsoft Teams), in the channel's
 * own shape with user text escaped (chat-payload.ts). The URL is a secret (kvs.setSecret) set on the admin
 * page; without one, chat is off and nothing is sent.
 */
import { fetch } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ChatPort } from '../../app/ports/store-ports';
import { UpstreamError } from '../../app/errors';
import { SECRETS } from '../kvs/storage-keys';
import { slackBody, teamsBody } from './chat-payload';

/** The hosts declared as egress in manifest.yml; a webhook elsewhere is refused on the admin page. */
export const CHAT_WEBHOOK_HOSTS = ['hooks.slack.com', '.webhook.office.com', '.logic.azure.com'];

export function chatKind(url: URL): 'slack' | 'teams' | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'hooks.slack.com') return 'slack';
  if (url.hostname.endsWith('.webhook.office.com') || url.hostname.endsWith('.logic.azure.com'))
    return 'teams';
  return null;
}

export const chatNotifier: ChatPort = {
  async post(message) {
    const stored = z.string().safeParse(await kvs.getSecret(SECRETS.chatWebhookUrl));
    if (!stored.success) return false;
    const url = new URL(stored.data);
    const kind = chatKind(url);
    if (kind === null) return false;
    const body = kind === 'slack' ? slackBody(message) : teamsBody(message);
    const response = await fetch(url.toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new UpstreamError(
        `The chat webhook answered ${String(response.status)}: ${await response.text()}`,
        response.status,
        { service: 'the team chat' },
      );
    }
    return true;
  },
};
