/**
 * Save and Cancel under an inline edit on the issue view, as Jira's own fields have them. Save is
 * refused while the answer is checked or saved; what went wrong is said next to the buttons.
 */
import { Button } from '../../ui-kit/components';

export function InlineEditActions(props: {
  busy: 'checking' | 'saving' | null;
  saved: boolean;
  failure: string | null;
  onCancel: () => void;
}) {
  return (
    <div className="fe-actions">
      <div className="ak-row">
        <Button type="submit" appearance="primary" disabled={props.busy !== null} testId="field-save">
          Save
        </Button>
        <Button
          onClick={props.onCancel}
          appearance="subtle"
          disabled={props.busy === 'saving'}
          testId="field-cancel"
        >
          Cancel
        </Button>
        <span className="ak-subtlest" role="status" data-testid="field-save-status">
          {props.busy === 'checking'
            ? 'Checking…'
            : props.busy === 'saving'
              ? 'Saving…'
              : props.saved
                ? 'Saved.'
                : ''}
        </span>
      </div>
      {props.failure === null ? null : (
        <p className="ak-error fe-failure" role="alert" data-testid="field-save-failure">
          {props.failure}
        </p>
      )}
    </div>
  );
}
