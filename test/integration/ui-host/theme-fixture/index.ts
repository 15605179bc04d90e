/**
 * A Custom UI that opts into theming the way the Forge docs show (`await view.theme.enable()`,
 * https://developer.atlassian.com/platform/forge/design-tokens-and-theming/#activate-theming), through the real
 * @forge/bridge, when its button is pressed: before that the frame must have no theme, after it the theme's
 * attributes and tokens. It shows the outcome and the `getContext().theme` it then reads.
 */
import { view } from '@forge/bridge';

import './theme-fixture.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Enable theme';
const outcome = document.createElement('p');
outcome.dataset['testid'] = 'theme-outcome';
outcome.textContent = 'not enabled';
root.append(button, outcome);

button.addEventListener('click', () => {
  view.theme
    .enable()
    .then(() => view.getContext())
    .then(
      (context) => {
        outcome.textContent = JSON.stringify({ enabled: true, theme: context.theme ?? null });
      },
      (error: unknown) => {
        outcome.textContent = `error: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
});
