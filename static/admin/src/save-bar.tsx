/** The bar above the tabs: what is saved, whether there are unsaved changes, Save and Discard. */
import type { PolicyView } from '@async-cab/shared/client';
import { Button, Lozenge } from '../../ui-kit/components';
import { browserViewer, formatInstant } from '../../ui-kit/format-zoned-time';

/**
 * " by Priya Nair": who saved it, by the name Jira has for them (src/app/policy-people-names.ts). An
 * account id is never shown: when the name is not known (an account that is gone), the bar says when only.
 */
function savedBy(view: PolicyView): string {
  const name = view.updatedByName ?? null;
  return name === null ? '' : ` by ${name}`;
}

export function SaveBar(props: {
  view: PolicyView;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  now: () => Date;
}) {
  const { view } = props;
  return (
    <div className="admin-savebar" data-testid="save-bar">
      <div className="ak-row">
        <h2 className="admin-savebar__title">Approval policy</h2>
        {props.dirty ? (
          <span data-testid="unsaved">
            <Lozenge appearance="moved">Unsaved changes</Lozenge>
          </span>
        ) : null}
        <span className="ak-subtlest" data-testid="saved-by">
          {view.updatedAt === null
            ? 'Default policy, never saved'
            : `Revision ${String(view.revision)}, saved ${formatInstant(view.updatedAt, browserViewer(), props.now())}${savedBy(view)}`}
        </span>
      </div>
      {view.canEdit ? (
        <div className="ak-row">
          <Button appearance="subtle" onClick={props.onDiscard} disabled={!props.dirty || props.saving}>
            Discard changes
          </Button>
          <Button
            appearance="primary"
            onClick={props.onSave}
            disabled={!props.dirty || props.saving}
            testId="save-policy"
          >
            {props.saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
