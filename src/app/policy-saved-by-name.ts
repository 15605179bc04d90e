/**
 * The admin page says who saved the policy last by name, not by account id: one person lookup per view
 * (bounded: there is one "saved by"), through the people lookup the GitHub flow already uses
 * (DraftJiraPort.person). A failed or empty lookup leaves the name out; the page then says when only.
 */
import type { PolicyView } from '../shared/view-models';
import type { DraftJiraPort } from './github/github-ports';

export type PersonLookup = Pick<DraftJiraPort, 'person'>;

export async function withSavedByName(people: PersonLookup, view: PolicyView): Promise<PolicyView> {
  if (view.updatedBy === null) return { ...view, updatedByName: null };
  try {
    const person = await people.person(view.updatedBy);
    return { ...view, updatedByName: person?.displayName ?? null };
  } catch (error) {
    console.warn(`Async CAB: who saved the policy could not be looked up: ${String(error)}`);
    return { ...view, updatedByName: null };
  }
}
