import { linkedPullRequestSchema } from '../../domain/change-request';

/** The linked pull request field as a link, when it holds one. */
export function linkedPullRequestView(value: unknown): { url: string; label: string } | null {
  const parsed = linkedPullRequestSchema.safeParse(value);
  if (!parsed.success) return null;
  return { url: parsed.data.url, label: `${parsed.data.repository}#${String(parsed.data.number)}` };
}
