/**
 * A link out of the panel. Forge sandboxes Custom UI iframes without popups or top navigation
 * (docs/platform-assumptions.md), so a plain target=_blank link does nothing; router.open asks Jira to open it.
 */
import { router } from '@forge/bridge';
import type { ReactNode } from 'react';

export function ExternalLink(props: { href: string; children: ReactNode; testId?: string }) {
  return (
    <a
      href={props.href}
      data-testid={props.testId}
      onClick={(event) => {
        event.preventDefault();
        void router.open(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
