/**
 * The Content-Security-Policy a Custom UI's index.html is served with, as Forge serves Custom UI
 * (forge-platform.md §6, from `@forge/csp` and the Custom UI security docs): scripts, styles, fetches and
 * frames from the app's own origin only; the inline `<script>` blocks of index.html allowed by their
 * SHA-256 hashes (Forge hashes them; here that is the injected bridge); images also from `data:` and
 * `blob:`; and the manifest's `permissions.content.scripts` / `.styles` relaxations (e.g.
 * `'unsafe-inline'`) added where the app declares them. So a UI that would need an undeclared inline style
 * or an external script fails here as it would on a site.
 */
import { createHash } from 'node:crypto';

export interface ContentPermissions {
  scripts: readonly string[];
  styles: readonly string[];
}

const KEYWORDS = new Set(['unsafe-inline', 'unsafe-eval', 'unsafe-hashes', 'blob:']);

/** A manifest value as a CSP source: keywords quoted, `sha256-…` quoted, `blob:` as is. */
function sourceOf(value: string): string {
  if (value === 'blob:') return value;
  if (KEYWORDS.has(value) || /^sha(256|384|512)-/.test(value)) return `'${value}'`;
  return value;
}

export function customUiCsp(html: string, permissions: ContentPermissions): string {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
  const scripts = ["'self'", ...inline, ...permissions.scripts.map(sourceOf)];
  const styles = ["'self'", ...permissions.styles.map(sourceOf)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self' data:",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
