/**
 * The admin page and the Rules tab name people, never account ids: who saved the policy last, and the
 * person each GitHub login is mapped to (`repositories.githubLogins`). Read through the people lookup the
 * GitHub flow already uses (DraftJiraPort.person), a few at a time, for at most MAX_NAMED_PEOPLE distinct
 * accounts per view; a failed or empty lookup leaves that name out and the page says the account is unnamed.
 */
import type { PolicyView } from '../shared/view-models';
import type { DraftJiraPort } from './github/github-ports';

export type PersonLookup = Pick<DraftJiraPort, 'person'>;

/** Distinct accounts named per policy view; more mappings than this show as unnamed until searched. */
export const MAX_NAMED_PEOPLE = 50;
const LOOKUPS_AT_ONCE = 10;

export async function withPeopleNames(people: PersonLookup, view: PolicyView): Promise<PolicyView> {
  const mapped = Object.values(view.policy.repositories.githubLogins ?? {}).filter((id) => id !== '');
  const wanted = [...new Set([...(view.updatedBy === null ? [] : [view.updatedBy]), ...mapped])].slice(
    0,
    MAX_NAMED_PEOPLE,
  );
  const names: Record<string, string> = {};
  for (let start = 0; start < wanted.length; start += LOOKUPS_AT_ONCE) {
    const batch = wanted.slice(start, start + LOOKUPS_AT_ONCE);
    const found = await Promise.all(batch.map((accountId) => nameOf(people, accountId)));
    batch.forEach((accountId, index) => {
      const name = found[index];
      if (name !== undefined && name !== null) names[accountId] = name;
    });
  }
  return {
    ...view,
    updatedByName: view.updatedBy === null ? null : (names[view.updatedBy] ?? null),
    peopleNames: names,
  };
}

async function nameOf(people: PersonLookup, accountId: string): Promise<string | null> {
  try {
    return (await people.person(accountId))?.displayName ?? null;
  } catch (error) {
    console.warn(`Async CAB: the person ${accountId} could not be looked up: ${String(error)}`);
    return null;
  }
}
