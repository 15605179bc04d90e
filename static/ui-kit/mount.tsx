import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { enableTheme } from './enable-theme';

/**
 * Renders a Custom UI into the `#root` element of its index.html, once the product's theme is applied (or
 * given up on: enable-theme.ts never rejects), so the first paint already has the person's colours.
 */
export function mount(app: ReactNode): void {
  const element = document.getElementById('root');
  if (element === null) throw new Error('index.html has no #root element');
  void enableTheme().then(() => {
    createRoot(element).render(<StrictMode>{app}</StrictMode>);
  });
}
