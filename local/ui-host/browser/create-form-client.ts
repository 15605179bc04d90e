/**
 * A create form in the browser (what JSM's portal form and Jira's Create dialog do): check the required
 * fields, post them with each app field's latest `view.submit` value, then follow the redirect to the new
 * request or issue, or show the errors Jira gave under their fields. The server and Jira check everything
 * again.
 *
 * Every field with a problem is marked at once, the host's text controls and the app fields' frames alike:
 * its message under it (linked to it by `aria-describedby`), `aria-invalid` on a text control, and focus on
 * the first of them in form order; the message above the buttons names those fields by their labels.
 */
type Dict = Record<string, unknown>;

// Same text as create-submission.ts (a browser bundle cannot import the server module's dependencies).
const FIX_THE_FORM = 'Fix the errors in the form: some fields need your attention.';

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

type FieldControl = HTMLInputElement | HTMLTextAreaElement;

/** One field of the form: a host text control, or an app field's edit frame. */
interface FormField {
  fieldId: string;
  label: string;
  required: boolean;
  control: FieldControl | null;
  frame: HTMLIFrameElement | null;
}

function fieldControls(): FieldControl[] {
  return Array.from(document.querySelectorAll<FieldControl>('[data-acab-field]'));
}

/** The form's fields in the order it shows them (form-fields-html.ts draws each in a `.field`). */
function formFields(): FormField[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.field[data-field-id]')).map((wrapper) => {
    const fieldId = wrapper.dataset['fieldId'] ?? '';
    const control = document.getElementById(`acab-field-${fieldId}`);
    const frame = wrapper.querySelector<HTMLIFrameElement>(
      'iframe[data-acab-frame][data-entry-point="edit"]',
    );
    return {
      fieldId,
      label: wrapper.dataset['label'] ?? fieldId,
      required: wrapper.dataset['required'] === 'true',
      control: control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : null,
      frame,
    };
  });
}

function showFormError(message: string): void {
  const box = document.getElementById('acab-create-error');
  if (!box) return;
  box.textContent = message;
  box.hidden = message === '';
}

function showFieldError(field: FormField, message: string): void {
  const slotId = `acab-field-${field.fieldId}-error`;
  const slot = document.getElementById(slotId);
  if (slot) {
    slot.textContent = message;
    slot.hidden = message === '';
  }
  document
    .querySelector<HTMLElement>(`.field[data-field-id="${CSS.escape(field.fieldId)}"]`)
    ?.toggleAttribute('data-invalid', message !== '');
  if (field.control !== null) {
    if (message) field.control.setAttribute('aria-invalid', 'true');
    else field.control.removeAttribute('aria-invalid');
  }
  // A frame is no form control: its message is its description, read when focus moves into it.
  if (field.frame !== null) {
    if (message) field.frame.setAttribute('aria-describedby', slotId);
    else field.frame.removeAttribute('aria-describedby');
  }
}

/** "Affected systems", "Affected systems and Risk", "Affected systems, Risk and Rollback plan". */
function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** The message above the buttons: which fields need attention, by label. */
function summaryOf(marked: readonly FormField[]): string {
  if (marked.length === 0) return FIX_THE_FORM;
  const labels = listed(marked.map((field) => field.label));
  return `Fix the errors in the form: ${labels} ${marked.length === 1 ? 'needs' : 'need'} your attention.`;
}

/**
 * Shows `errors` (by field id) under their fields, clears the others, and moves focus to the first marked
 * field. Answers the fields marked, and the messages of fields not on the form (for the box above).
 */
function showFieldErrors(errors: Dict): { marked: FormField[]; elsewhere: string[] } {
  const fields = formFields();
  for (const field of fields) showFieldError(field, text(errors[field.fieldId]));
  const marked = fields.filter((field) => text(errors[field.fieldId]) !== '');
  const first = marked[0];
  if (first !== undefined) (first.control ?? first.frame)?.focus();
  const onForm = new Set(fields.map((field) => field.fieldId));
  const elsewhere = Object.entries(errors)
    .filter(([fieldId]) => !onForm.has(fieldId))
    .map(([, message]) => text(message));
  return { marked, elsewhere };
}

/** What a required field is missing: typed text, or an app field that never handed over a value. */
function collectFields(submissions: Map<HTMLIFrameElement, unknown>): {
  values: Record<string, string>;
  errors: Dict;
} {
  const values: Record<string, string> = {};
  for (const control of fieldControls()) values[control.dataset['acabField'] ?? ''] = control.value;
  const errors: Dict = {};
  for (const field of formFields()) {
    if (!field.required) continue;
    const empty =
      field.control !== null
        ? field.control.value.trim() === ''
        : field.frame !== null && (submissions.get(field.frame) ?? null) === null;
    if (empty) errors[field.fieldId] = `${field.label} is required.`;
  }
  return { values, errors };
}

/** The app fields' edit UIs on this form. */
function fieldFrames(form: HTMLFormElement): HTMLIFrameElement[] {
  return Array.from(
    form.querySelectorAll<HTMLIFrameElement>('iframe[data-acab-frame][data-entry-point="edit"]'),
  );
}

/** The agent form's request type picker reloads the form for the chosen type (its fields differ). */
function startRequestTypePicker(): void {
  const picker = document.getElementById('acab-request-type');
  if (!(picker instanceof HTMLSelectElement)) return;
  picker.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('requestType', picker.value);
    window.location.assign(url.href);
  });
}

/** A field that was given a value no longer shows the message it had; the box above is left as it is. */
function clearOnAnswer(submissions: Map<HTMLIFrameElement, unknown>): void {
  for (const field of formFields()) {
    field.control?.addEventListener('input', () => {
      showFieldError(field, '');
    });
    // host-page-client.ts tells a frame's element when its UI handed the form a value.
    field.frame?.addEventListener('acab-submitted', () => {
      if (field.frame !== null && (submissions.get(field.frame) ?? null) !== null) showFieldError(field, '');
    });
  }
}

export function startCreateForm(createUrl: string, submissions: Map<HTMLIFrameElement, unknown>): void {
  const form = document.getElementById('acab-request-form');
  const button = document.getElementById('acab-create');
  if (!(form instanceof HTMLFormElement) || !(button instanceof HTMLButtonElement)) return;
  startRequestTypePicker();
  clearOnAnswer(submissions);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = collectFields(submissions);
    const shown = showFieldErrors(fields.errors);
    if (shown.marked.length > 0) {
      showFormError(summaryOf(shown.marked));
      return;
    }
    // Only fields whose UI submitted send a value; "the last submitted value wins".
    const forgeFields = fieldFrames(form)
      .filter((frame) => submissions.has(frame))
      .map((frame) => ({ frame: frame.dataset['frameToken'] ?? '', value: submissions.get(frame) ?? null }));
    showFormError('');
    button.disabled = true;
    void fetch(createUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ fields: fields.values, forgeFields }),
    })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => undefined);
        const redirect = isDict(body) ? text(body['redirect']) : '';
        if (response.ok && redirect) {
          window.location.assign(redirect);
          return;
        }
        const refused =
          isDict(body) && isDict(body['fieldErrors'])
            ? showFieldErrors(body['fieldErrors'])
            : { marked: [], elsewhere: [] };
        const given = isDict(body) ? text(body['message']) : '';
        // Jira's own words stay when they say more than "fix the form"; the marked fields are named.
        const message =
          refused.marked.length > 0 && (given === '' || given === FIX_THE_FORM)
            ? summaryOf(refused.marked)
            : given || `Jira did not create it (${String(response.status)}).`;
        showFormError([message, ...refused.elsewhere].join(' '));
        button.disabled = false;
      })
      .catch(() => {
        showFormError('The local host did not answer.');
        button.disabled = false;
      });
  });
}
