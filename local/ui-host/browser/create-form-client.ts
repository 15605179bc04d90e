/**
 * A create form in the browser (what JSM's portal form and Jira's Create dialog do): check the typed required
 * fields, post them with each app field's latest `view.submit` value, then follow the redirect to the new
 * request or issue, or show the errors Jira gave under their fields. The server and Jira check everything
 * again.
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

function fieldControls(): FieldControl[] {
  return Array.from(document.querySelectorAll<FieldControl>('[data-acab-field]'));
}

function showFormError(message: string): void {
  const box = document.getElementById('acab-create-error');
  if (!box) return;
  box.textContent = message;
  box.hidden = message === '';
}

function showFieldError(fieldId: string, message: string): void {
  const slot = document.getElementById(`acab-field-${fieldId}-error`);
  if (slot) {
    slot.textContent = message;
    slot.hidden = message === '';
  }
  const control = document.getElementById(`acab-field-${fieldId}`);
  if (!control) return;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** Errors by field id; those of fields not on the form are returned for the form-level box. */
function showFieldErrors(errors: Dict): string[] {
  const onForm = new Set(
    Array.from(document.querySelectorAll<HTMLElement>('.field[data-field-id]')).map(
      (f) => f.dataset['fieldId'] ?? '',
    ),
  );
  for (const fieldId of onForm) showFieldError(fieldId, text(errors[fieldId]));
  const first = Array.from(onForm).find((fieldId) => text(errors[fieldId]) !== '');
  if (first !== undefined) document.getElementById(`acab-field-${first}`)?.focus();
  return Object.entries(errors)
    .filter(([fieldId]) => !onForm.has(fieldId))
    .map(([, message]) => text(message));
}

function collectFields(): { values: Record<string, string>; errors: Dict } {
  const values: Record<string, string> = {};
  const errors: Dict = {};
  for (const control of fieldControls()) {
    const fieldId = control.dataset['acabField'] ?? '';
    values[fieldId] = control.value;
    if (control.required && control.value.trim() === '') {
      errors[fieldId] = `${control.dataset['label'] ?? fieldId} is required.`;
    }
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

export function startCreateForm(createUrl: string, submissions: Map<HTMLIFrameElement, unknown>): void {
  const form = document.getElementById('acab-request-form');
  const button = document.getElementById('acab-create');
  if (!(form instanceof HTMLFormElement) || !(button instanceof HTMLButtonElement)) return;
  startRequestTypePicker();
  for (const control of fieldControls()) {
    control.addEventListener('input', () => {
      showFieldError(control.dataset['acabField'] ?? '', '');
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = collectFields();
    showFieldErrors(fields.errors);
    if (Object.keys(fields.errors).length > 0) {
      showFormError(FIX_THE_FORM);
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
        const elsewhere =
          isDict(body) && isDict(body['fieldErrors']) ? showFieldErrors(body['fieldErrors']) : [];
        const message =
          (isDict(body) ? text(body['message']) : '') ||
          `Jira did not create it (${String(response.status)}).`;
        showFormError([message, ...elsewhere].join(' '));
        button.disabled = false;
      })
      .catch(() => {
        showFormError('The local host did not answer.');
        button.disabled = false;
      });
  });
}
