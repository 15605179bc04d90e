/** Preview tab: which groups, deadlines and clock a sample change would get under the edited policy, and why. */
import { useState } from 'react';
import type { ResolverError, RoutingPreviewView } from '@async-cab/shared/client';
import { Button, Field, LoadFailure, Lozenge, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { instantToLocalDateTime } from '../../ui-kit/time-zones';
import { ErrorDetails } from './error-details';
import type { PolicyDraft } from './policy-document';
import {
  previewChangeRequest,
  type PreviewChangeType,
  type PreviewForm,
  type PreviewRisk,
} from './preview-request';
import { policyForSave } from './policy-for-save';
import { TIME_ZONE_LIST_ID } from './time-zone-list';

type Outcome =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; view: RoutingPreviewView }
  | { state: 'failed'; error: ResolverError };

const CHANGE_TYPES: { value: PreviewChangeType; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'normal', label: 'Normal' },
  { value: 'emergency', label: 'Emergency' },
];
const RISKS: PreviewRisk[] = ['low', 'medium', 'high', 'critical'];

function initialForm(policy: PolicyDraft, now: Date): PreviewForm {
  const timeZone = policy.defaults.timeZone;
  // Tomorrow 10:00–11:00 in the default zone: a window inside usual working hours.
  const dayAfter = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  const tomorrow = instantToLocalDateTime(dayAfter, timeZone).slice(0, 10);
  const first = policy.systems[0]?.key;
  return {
    systems: first === undefined ? [] : [first],
    changeType: 'normal',
    risk: 'low',
    tested: true,
    hasRollbackPlan: true,
    windowStart: `${tomorrow}T10:00`,
    windowEnd: `${tomorrow}T11:00`,
    timeZone,
  };
}

export function PreviewTab(props: { policy: PolicyDraft; now: () => Date }) {
  const [form, setForm] = useState<PreviewForm>(() => initialForm(props.policy, props.now()));
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [formError, setFormError] = useState<{ field: string; message: string } | null>(null);

  const change = (patch: Partial<PreviewForm>) => {
    setForm((current) => ({ ...current, ...patch }));
  };

  const run = () => {
    const request = previewChangeRequest(form);
    if (!request.ok) {
      setFormError({ field: request.field, message: request.message });
      document.getElementById(`preview-${request.field}`)?.focus();
      return;
    }
    setFormError(null);
    setOutcome({ state: 'loading' });
    contract
      .previewRouting({ changeRequest: request.changeRequest, policy: policyForSave(props.policy) })
      .then((answer) => {
        setOutcome(
          answer.ok ? { state: 'ready', view: answer.value } : { state: 'failed', error: answer.error },
        );
      })
      .catch((failure: unknown) => {
        setOutcome({ state: 'failed', error: { code: 'INTERNAL', message: String(failure) } });
      });
  };

  const errorOf = (field: string) => (formError?.field === field ? formError.message : undefined);

  return (
    <div className="admin-preview">
      <form
        className="ak-card ak-stack"
        aria-labelledby="preview-heading"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <h3 id="preview-heading">Sample change request</h3>
        <p className="ak-subtle">
          The preview uses the policy as edited on this page, including unsaved changes.
        </p>
        <fieldset className="admin-fieldset">
          <legend className="ak-label">Affected systems</legend>
          {props.policy.systems.length === 0 ? (
            <p className="ak-subtle">The policy has no systems yet.</p>
          ) : null}
          <div className="admin-checklist">
            {props.policy.systems.map((system) => (
              <label key={system.key} className="admin-checkbox">
                <input
                  type="checkbox"
                  checked={form.systems.includes(system.key)}
                  onChange={(event) => {
                    change({
                      systems: event.target.checked
                        ? [...form.systems, system.key]
                        : form.systems.filter((key) => key !== system.key),
                    });
                  }}
                />
                {system.name || system.key}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="admin-grid">
          <Field id="preview-changeType" label="Change type">
            {(aria) => (
              <select
                {...aria}
                className="ak-input"
                value={form.changeType}
                onChange={(event) => {
                  const chosen = CHANGE_TYPES.find((type) => type.value === event.target.value);
                  if (chosen !== undefined) change({ changeType: chosen.value });
                }}
              >
                {CHANGE_TYPES.map((type) => (
                  <option key={type.value} value={type.value}>
                    {type.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="preview-risk" label="Risk">
            {(aria) => (
              <select
                {...aria}
                className="ak-input"
                value={form.risk}
                onChange={(event) => {
                  const chosen = RISKS.find((risk) => risk === event.target.value);
                  if (chosen !== undefined) change({ risk: chosen });
                }}
              >
                {RISKS.map((risk) => (
                  <option key={risk} value={risk}>
                    {risk.charAt(0).toUpperCase() + risk.slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="admin-checkbox">
            <input
              type="checkbox"
              checked={form.tested}
              onChange={(event) => {
                change({ tested: event.target.checked });
              }}
            />
            Tested, with evidence
          </label>
          <label className="admin-checkbox">
            <input
              type="checkbox"
              checked={form.hasRollbackPlan}
              onChange={(event) => {
                change({ hasRollbackPlan: event.target.checked });
              }}
            />
            Has a rollback plan
          </label>
          <Field id="preview-windowStart" label="Window starts" error={errorOf('windowStart')}>
            {(aria) => (
              <input
                {...aria}
                className="ak-input"
                type="datetime-local"
                value={form.windowStart}
                onChange={(event) => {
                  change({ windowStart: event.target.value });
                }}
              />
            )}
          </Field>
          <Field id="preview-windowEnd" label="Window ends" error={errorOf('windowEnd')}>
            {(aria) => (
              <input
                {...aria}
                className="ak-input"
                type="datetime-local"
                value={form.windowEnd}
                onChange={(event) => {
                  change({ windowEnd: event.target.value });
                }}
              />
            )}
          </Field>
          <Field id="preview-timeZone" label="Window time zone" help="IANA name, e.g. Europe/London.">
            {(aria) => (
              <input
                {...aria}
                className="ak-input"
                list={TIME_ZONE_LIST_ID}
                value={form.timeZone}
                onChange={(event) => {
                  change({ timeZone: event.target.value });
                }}
              />
            )}
          </Field>
        </div>
        <div>
          <Button
            type="submit"
            appearance="primary"
            testId="run-preview"
            disabled={outcome.state === 'loading'}
          >
            Preview routing
          </Button>
        </div>
      </form>
      <section className="admin-preview__result" aria-live="polite" aria-labelledby="preview-result-heading">
        <h3 id="preview-result-heading">Routing</h3>
        {outcome.state === 'idle' ? (
          <p className="ak-subtle">
            Describe a change and choose Preview routing to see who would be asked, by when, and why.
          </p>
        ) : null}
        {outcome.state === 'loading' ? <Spinner label="Evaluating the policy…" /> : null}
        {outcome.state === 'failed' ? (
          <LoadFailure title="The preview failed" testId="preview-error" onRetry={run}>
            <ErrorDetails error={outcome.error} />
          </LoadFailure>
        ) : null}
        {outcome.state === 'ready' ? <PreviewResult view={outcome.view} /> : null}
      </section>
    </div>
  );
}

function PreviewResult({ view }: { view: RoutingPreviewView }) {
  return (
    <div className="ak-stack" data-testid="preview-result">
      <div className="ak-row">
        {view.status === 'routed' ? (
          <Lozenge appearance="success">Routed</Lozenge>
        ) : (
          <Lozenge appearance="moved">Needs attention</Lozenge>
        )}
        <span className="ak-subtle">{view.clock}</span>
      </div>
      {view.problems.length > 0 ? (
        <SectionMessage appearance="warning" title="Problems" testId="preview-problems">
          <ul>
            {view.problems.map((problem) => (
              <li key={`${problem.code}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
      {view.groups.length === 0 ? (
        <p className="ak-subtle">No approver group would be asked.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="preview-groups">
            <caption className="ak-visually-hidden">Approver groups this change would get</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Approvals</th>
                <th scope="col">Deadline</th>
                <th scope="col">Because of</th>
              </tr>
            </thead>
            <tbody>
              {view.groups.map((group) => (
                <tr key={group.groupId}>
                  <td>{group.name}</td>
                  <td>{group.approvalsNeeded}</td>
                  <td>{group.deadlineDisplay}</td>
                  <td>{(group.addedByText ?? group.addedBy).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <strong>Silence is consent: </strong>
        {view.silenceIsConsent ?? 'no — every group must answer.'}
      </p>
      <div>
        <h4>Why</h4>
        <ol className="admin-reasons" data-testid="preview-reasons">
          {view.reasons.map((reason, index) => (
            <li key={index}>
              <strong>{reason.ruleText ?? reason.rule}</strong>: {reason.outcome}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
