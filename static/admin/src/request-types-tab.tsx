/**
 * "Request types" tab: which of the site's JSM request types are change requests (policy.changeRequestTypes),
 * listed per service desk from listRequestTypes, plus the policy's entries that list does not show (matched
 * by name, or no longer on the site). Editing here changes the draft; Save sends it like every other tab.
 */
import type { PolicyChangeRequestType, RequestTypesView } from '@async-cab/shared/client';
import { LoadFailure, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { useControl } from './editor-context';
import { ErrorDetails } from './error-details';
import { OtherEntryRow } from './other-entry-row';
import type { PolicyDraft } from './policy-document';
import { otherEntryIndexes } from './request-types-model';
import { SiteRequestTypeRow } from './site-request-type-row';

type TypesUpdate = (types: readonly PolicyChangeRequestType[]) => PolicyChangeRequestType[];

function ColumnHeads(props: { first: string; actions?: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{props.first}</th>
        <th scope="col">Counts as</th>
        <th scope="col">CAB answers required on the form</th>
        {props.actions === true ? (
          <th scope="col">
            <span className="ak-visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

function ServiceDesks(props: {
  view: RequestTypesView;
  types: readonly PolicyChangeRequestType[];
  onChange: (update: TypesUpdate) => void;
}) {
  if (props.view.serviceDesks.length === 0) {
    return (
      <div className="ak-card admin-empty">
        <h3>No service desks on this site</h3>
        <p className="ak-subtle">
          Create a Jira Service Management project with a Change request type first.
        </p>
      </div>
    );
  }
  return (
    <>
      {props.view.serviceDesks.map((desk) => (
        <section
          key={desk.id}
          className="ak-stack"
          aria-labelledby={`desk-${desk.id}`}
          data-testid={`service-desk-${desk.projectKey}`}
        >
          <h3 id={`desk-${desk.id}`}>
            {desk.projectName} <span className="ak-subtle">({desk.projectKey})</span>
          </h3>
          {desk.requestTypes.length === 0 ? (
            <p className="ak-subtle">This service desk has no request types.</p>
          ) : (
            <div className="admin-table-wrap">
              <table className="admin-table admin-request-types">
                <caption className="ak-visually-hidden">Request types of {desk.projectName}</caption>
                <ColumnHeads first="Request type" />
                <tbody>
                  {desk.requestTypes.map((requestType) => (
                    <SiteRequestTypeRow
                      key={requestType.id}
                      requestType={requestType}
                      types={props.types}
                      onChange={props.onChange}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}

function OtherEntries(props: {
  types: readonly PolicyChangeRequestType[];
  siteRequestTypeIds: ReadonlySet<string> | null;
  onChange: (update: TypesUpdate) => void;
}) {
  const indexes = otherEntryIndexes(props.types, props.siteRequestTypeIds);
  if (indexes.length === 0) return null;
  const siteKnown = props.siteRequestTypeIds !== null;
  return (
    <section className="ak-stack" aria-labelledby="other-entries" data-testid="other-entries">
      <h3 id="other-entries">{siteKnown ? 'Also in the policy' : 'Request types in the policy'}</h3>
      {siteKnown ? (
        <p className="ak-subtle">
          These match by name on every service desk, or name request types this site no longer has. Choose a
          request type above to match it exactly.
        </p>
      ) : null}
      <div className="admin-table-wrap">
        <table className="admin-table admin-request-types">
          <caption className="ak-visually-hidden">Policy entries not in the site's list</caption>
          <ColumnHeads first="Entry" actions />
          <tbody>
            {indexes.map((index) => {
              const entry = props.types[index];
              return entry === undefined ? null : (
                <OtherEntryRow
                  key={index}
                  index={index}
                  entry={entry}
                  siteRequestTypeIds={props.siteRequestTypeIds}
                  onChange={props.onChange}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function RequestTypesTab(props: {
  policy: PolicyDraft;
  onChange: (update: (policy: PolicyDraft) => PolicyDraft) => void;
}) {
  const [site, reload] = useResolver(() => contract.listRequestTypes({}), []);
  // List-level problems (e.g. too many entries) have no row; they show under the explanation.
  const list = useControl('changeRequestTypes');
  const types = props.policy.changeRequestTypes;
  const onChange = (update: TypesUpdate) => {
    props.onChange((current) => ({ ...current, changeRequestTypes: update(current.changeRequestTypes) }));
  };
  const siteRequestTypeIds =
    site.state === 'ready'
      ? new Set(site.value.serviceDesks.flatMap((desk) => desk.requestTypes.map((type) => type.id)))
      : null;

  return (
    <div className="ak-stack">
      <div id={list.id} tabIndex={-1} className="admin-focus-target admin-intro">
        <p className="ak-subtle">
          Requests of these types are change requests: Async CAB routes them from every channel (portal, agent
          create, REST, email, automation). Requests of any other type are never touched.
        </p>
        {list.error === undefined ? null : (
          <p className="ak-error" role="alert">
            {list.error}
          </p>
        )}
      </div>
      <p className="ak-subtlest">
        “CAB answers required on the form”: the setup check expects the CAB fields to be required on that
        request type’s forms. Leave it off where requests also arrive by email, which cannot fill in required
        fields; incomplete requests wait in Waiting for answers and their requester is told what is missing.
      </p>
      {types.length === 0 ? (
        <SectionMessage
          appearance="warning"
          title="No request type is a change request"
          testId="no-change-types"
        >
          <p>Async CAB routes nothing until you choose the request types your teams raise changes with.</p>
        </SectionMessage>
      ) : null}
      {site.state === 'loading' ? <Spinner label="Loading the site's request types…" /> : null}
      {site.state === 'failed' ? (
        <LoadFailure
          appearance="warning"
          title="The site's request types could not be loaded"
          testId="request-types-failure"
          onRetry={reload}
        >
          <ErrorDetails error={site.error} />
        </LoadFailure>
      ) : null}
      {site.state === 'ready' ? <ServiceDesks view={site.value} types={types} onChange={onChange} /> : null}
      {site.state === 'loading' ? null : (
        <OtherEntries types={types} siteRequestTypeIds={siteRequestTypeIds} onChange={onChange} />
      )}
    </div>
  );
}
