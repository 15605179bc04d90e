/**
 * The portal create form in the browser (what JSM's own form does): check the request type's fields and
 * the app panels, post fields + the panels' latest `view.submit` payloads, then follow the redirect to the
 * new request or show the errors Jira gave at their fields. The server checks everything again.
 */
type Dict = Record<string, unknown>;

// Same text as portal-form-checks.ts (a browser bundle cannot import the server module's dependencies).
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

function showFieldError(control: FieldControl, message: string): void {
  const slot = document.getElementById(`${control.id}-error`);
  if (slot) {
    slot.textContent = message;
    slot.hidden = message === '';
  }
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

function showFieldErrors(errors: Dict): void {
  let first: FieldControl | undefined;
  for (const control of fieldControls()) {
    const message = text(errors[control.dataset['acabField'] ?? '']);
    showFieldError(control, message);
    if (message && !first) first = control;
  }
  first?.focus();
}

/**
 * A panel that never called `view.submit` has told the form nothing; if its page has a required control
 * (`required` / `aria-required`) the person has not answered it yet, so the form is not complete. The
 * panel is same-origin (the host serves it, sandbox `allow-same-origin`), so the host page can look.
 */
function hasUnansweredRequiredInput(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument?.querySelector('[required], [aria-required="true"]') != null;
  } catch {
    return false;
  }
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

export function startPortalCreateForm(
  createUrl: string,
  submittableFrames: () => HTMLIFrameElement[],
  submissions: Map<HTMLIFrameElement, unknown>,
): void {
  const form = document.getElementById('acab-request-form');
  const button = document.getElementById('acab-create');
  if (!(form instanceof HTMLFormElement) || !(button instanceof HTMLButtonElement)) return;
  for (const control of fieldControls()) {
    control.addEventListener('input', () => {
      showFieldError(control, '');
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const frames = submittableFrames();
    const collected = frames.map((f) => ({
      frame: f.dataset['frameToken'] ?? '',
      payload: submissions.get(f),
    }));
    const fields = collectFields();
    showFieldErrors(fields.errors);
    // JSM does not create the request while a panel reports `isValid: false` (forge-platform.md §2.4).
    const panelsInvalid =
      collected.some((c) => isDict(c.payload) && c.payload['isValid'] === false) ||
      frames.some((f) => !submissions.has(f) && hasUnansweredRequiredInput(f));
    if (panelsInvalid || Object.keys(fields.errors).length > 0) {
      showFormError(FIX_THE_FORM);
      return;
    }
    showFormError('');
    button.disabled = true;
    void fetch(createUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ submissions: collected, requestFieldValues: fields.values }),
    })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => undefined);
        const redirect = isDict(body) ? text(body['redirect']) : '';
        if (response.ok && redirect) {
          window.location.assign(redirect);
          return;
        }
        if (isDict(body) && isDict(body['fieldErrors'])) showFieldErrors(body['fieldErrors']);
        showFormError(
          (isDict(body) ? text(body['message']) : '') ||
            `The request was not created (${String(response.status)}).`,
        );
        button.disabled = false;
      })
      .catch(() => {
        showFormError('The local host did not answer.');
        button.disabled = false;
      });
  });
}
