import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders a Custom UI into the `#root` element of its index.html. */
export function mount(app: ReactNode): void {
  const element = document.getElementById('root');
  if (element === null) throw new Error('index.html has no #root element');
  createRoot(element).render(<StrictMode>{app}</StrictMode>);
}
