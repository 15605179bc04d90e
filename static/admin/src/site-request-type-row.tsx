/** One request type of the site: what it counts as for Async CAB, and whether the CAB answers are required. */
import type { PolicyChangeRequestType } from '@async-cab/shared/client';
import { controlId } from './field-error-paths';
import { AnswersRequiredBox, KindSelect } from './request-type-controls';
import { rowStateOf, withAnswersRequired, withKind, type SiteRequestType } from './request-types-model';

export function SiteRequestTypeRow(props: {
  requestType: SiteRequestType & { description: string };
  types: readonly PolicyChangeRequestType[];
  onChange: (update: (types: readonly PolicyChangeRequestType[]) => PolicyChangeRequestType[]) => void;
}) {
  const { requestType } = props;
  const row = rowStateOf(props.types, requestType);
  const path = row.own === null ? null : `changeRequestTypes.${String(row.own)}`;
  const inherited = row.inheritedFrom === null ? undefined : props.types[row.inheritedFrom];
  return (
    <tr data-testid={`request-type-${requestType.id}`}>
      <th scope="row" className="admin-row-head">
        {requestType.name}
        {requestType.description === '' ? null : (
          <span className="ak-subtlest admin-row-head__note">{requestType.description}</span>
        )}
      </th>
      <td>
        <KindSelect
          id={path === null ? `request-type-${requestType.id}-kind` : controlId(path)}
          path={path}
          requestTypeName={requestType.name}
          value={row.kind}
          disabledKinds={inherited === undefined ? [] : ['none']}
          {...(inherited === undefined
            ? {}
            : {
                hint: `Counts through “any request type named ${inherited.name.trim()}” below; remove that entry to exclude it.`,
              })}
          onChange={(kind) => {
            props.onChange((types) => withKind(types, requestType, kind));
          }}
        />
      </td>
      <td>
        <AnswersRequiredBox
          id={
            path === null
              ? `request-type-${requestType.id}-answers`
              : controlId(`${path}.answersRequiredOnForm`)
          }
          path={path === null ? null : `${path}.answersRequiredOnForm`}
          requestTypeName={requestType.name}
          checked={row.answersRequiredOnForm}
          applicable={row.kind !== 'none'}
          onChange={(required) => {
            props.onChange((types) => withAnswersRequired(types, requestType, required));
          }}
        />
      </td>
    </tr>
  );
}
