/**
 * A policy entry the site's list does not show: one that matches by name ("any request type named X"), or
 * whose request type is not on the site. It can be switched between change and emergency, or removed.
 */
import type { PolicyChangeRequestType } from '@async-cab/shared/client';
import { useEditor } from './editor-context';
import { controlId } from './field-error-paths';
import { removeAt, replaceAt } from './policy-document';
import { AnswersRequiredBox, KindSelect } from './request-type-controls';
import { describeEntry, kindOfEntry } from './request-types-model';

export function OtherEntryRow(props: {
  index: number;
  entry: PolicyChangeRequestType;
  siteRequestTypeIds: ReadonlySet<string> | null;
  onChange: (update: (types: readonly PolicyChangeRequestType[]) => PolicyChangeRequestType[]) => void;
}) {
  const { readOnly } = useEditor();
  const { index, entry } = props;
  const path = `changeRequestTypes.${String(index)}`;
  const description = describeEntry(entry, props.siteRequestTypeIds);
  const update = (patch: Partial<PolicyChangeRequestType>) => {
    props.onChange((types) => {
      const current = types[index];
      return current === undefined ? [...types] : replaceAt(types, index, { ...current, ...patch });
    });
  };
  return (
    <tr data-testid={`policy-entry-${String(index)}`}>
      <th scope="row" className="admin-row-head">
        {description}
      </th>
      <td>
        <KindSelect
          id={controlId(path)}
          path={path}
          requestTypeName={description}
          value={kindOfEntry(entry)}
          hiddenKinds={['none']}
          onChange={(kind) => {
            update({ emergency: kind === 'emergency' });
          }}
        />
      </td>
      <td>
        <AnswersRequiredBox
          id={controlId(`${path}.answersRequiredOnForm`)}
          path={`${path}.answersRequiredOnForm`}
          requestTypeName={description}
          checked={entry.answersRequiredOnForm}
          applicable
          onChange={(answersRequiredOnForm) => {
            update({ answersRequiredOnForm });
          }}
        />
      </td>
      <td className="admin-actions">
        {readOnly ? null : (
          <button
            type="button"
            className="ak-button ak-button--subtle"
            aria-label={`Remove ${description}`}
            data-testid={`remove-policy-entry-${String(index)}`}
            onClick={() => {
              props.onChange((types) => removeAt(types, index));
            }}
          >
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}
