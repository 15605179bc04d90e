/**
 * Writes the app's own custom fields through the app field value API (OpenAPI `updateMultipleCustomFieldValues`,
 * `POST /rest/api/3/app/field/value`): only the owning app may call it, it writes read-only fields, it needs no
 * screen, and Jira does not run the fields' validation expressions on it (so the app validates first). One call
 * writes every field; `generateChangelog` keeps the history people see on the issue.
 */
import { route } from '@forge/api';
import { CAB_FIELD_LABELS, type CabFieldKey } from '../../shared/cab-fields';
import type { CabFieldWrites } from '../../app/ports/jira-port';
import { fieldIds } from './field-catalog';
import type { JiraRest } from './jira-rest';

export async function writeCabFields(
  appJira: JiraRest,
  issueId: string,
  values: CabFieldWrites,
): Promise<void> {
  const ids = await fieldIds(appJira);
  const updates: { customField: string; issueIds: number[]; value: unknown }[] = [];
  for (const [key, value] of Object.entries(values) as [CabFieldKey, unknown][]) {
    if (value === undefined) continue;
    const fieldId = ids[key];
    if (fieldId === undefined) {
      throw new Error(
        `The site has no "${CAB_FIELD_LABELS[key]}" field of Async CAB: reinstall or upgrade the app (see the setup check).`,
      );
    }
    updates.push({ customField: fieldId, issueIds: [Number(issueId)], value });
  }
  if (updates.length === 0) return;
  await appJira.send(
    route`/rest/api/3/app/field/value?generateChangelog=true`,
    { method: 'POST', body: JSON.stringify({ updates }) },
    [204],
  );
}
