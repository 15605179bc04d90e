/**
 * Inline editing of the app's custom fields on the issue view: Edit swaps the field's view UI for its
 * `issue-view` edit UI; the edit UI's `view.submit(value)` saves the field (the server saves it with Edit
 * issue as the person) and brings back the view with the new value; `view.close()` goes back without saving
 * (jira-custom-field module page, "Issue view"; the docs' edit example closes with `view.close`).
 */
type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null;
}

const part = (name: string, fieldId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-field-${name}="${CSS.escape(fieldId)}"]`);

export interface InlineEdit {
  save(frame: HTMLIFrameElement, value: unknown): Promise<boolean>;
  close(frame: HTMLIFrameElement): void;
}

function showError(fieldId: string, message: string): void {
  const slot = part('error', fieldId);
  if (!slot) return;
  slot.textContent = message;
  slot.hidden = message === '';
}

function open(fieldId: string): void {
  const editor = part('editor', fieldId);
  const frame = editor?.querySelector<HTMLIFrameElement>('iframe[data-acab-frame]');
  if (!editor || !frame) return;
  showError(fieldId, '');
  part('view', fieldId)?.setAttribute('hidden', '');
  part('edit', fieldId)?.setAttribute('hidden', '');
  editor.hidden = false;
  const src = frame.dataset['src'];
  if (src !== undefined && frame.getAttribute('src') === null) frame.setAttribute('src', src);
}

/** Back to the view; the editor is unloaded so that the next Edit starts from the field's value. */
function closeEditor(fieldId: string, editHtml?: string): void {
  const editor = part('editor', fieldId);
  if (editor) {
    if (editHtml !== undefined) editor.innerHTML = editHtml;
    else editor.querySelector('iframe[data-acab-frame]')?.removeAttribute('src');
    editor.hidden = true;
  }
  part('view', fieldId)?.removeAttribute('hidden');
  part('edit', fieldId)?.removeAttribute('hidden');
}

export function startInlineEdit(): InlineEdit {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-field-edit]'))) {
    button.addEventListener('click', () => {
      open(button.dataset['fieldEdit'] ?? '');
    });
  }
  return {
    async save(frame, value) {
      const fieldId = frame.dataset['fieldId'] ?? '';
      const response = await fetch('/_local/ui/field-edit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ frame: frame.dataset['frameToken'] ?? '', value: value ?? null }),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok || !isDict(body) || typeof body['viewHtml'] !== 'string') {
        const message =
          isDict(body) && typeof body['message'] === 'string'
            ? body['message']
            : `The field was not saved (${String(response.status)}).`;
        showError(fieldId, message);
        throw new Error(message);
      }
      const view = part('view', fieldId);
      if (view) view.innerHTML = body['viewHtml'];
      closeEditor(fieldId, typeof body['editHtml'] === 'string' ? body['editHtml'] : undefined);
      return true;
    },
    close(frame) {
      const fieldId = frame.dataset['fieldId'] ?? '';
      showError(fieldId, '');
      closeEditor(fieldId);
    },
  };
}
