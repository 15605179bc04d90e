/**
 * How a field experience hands its value to Jira. In the create and transition dialogs and on the portal
 * the host form holds the value until the person presses Create (or Transition), so every change is
 * submitted as it happens. On the issue view the field is edited inline and saved on its own: the person
 * presses Save (checked first) or Cancel.
 */
import type { RenderContext } from '../../cab-answers/field-extension-context';

export type SaveMode = 'on-change' | 'save-button';

export function saveModeOf(renderContext: RenderContext | null): SaveMode {
  return renderContext === 'issue-view' ? 'save-button' : 'on-change';
}
