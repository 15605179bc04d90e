import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

import type { LocalResponse } from '../core/http-types';
import { customUiCsp, type ContentPermissions } from './custom-ui-csp';
import { scriptJson } from './html-escape';

const textTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function textResponse(status: number, body: string): LocalResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

/**
 * Puts the bridge in front of everything else in the document, so `globalThis.__bridge` exists before
 * @forge/bridge's module code runs (it calls `getCallBridge()` at import time).
 */
export function injectBridge(html: string, bridgeScript: string, config: unknown): string {
  const tag = `<script>${bridgeScript}\nAcabBridge.installBridge(${scriptJson(config)});</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return `${html.slice(0, head.index + head[0].length)}${tag}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

export interface ResourceFileRequest {
  appRoot: string;
  /** `resources[].path`, relative to the app root. */
  resourcePath: string;
  resourceKey: string;
  /** The rest of the URL path after `/_local/ui/resources/{key}/`, still URL-encoded. */
  filePath: string;
  indexRewrite: (html: string) => Promise<string>;
  /** The app's CSP relaxations; index.html is served with the policy they make (custom-ui-csp.ts). */
  contentPermissions: ContentPermissions;
}

/** Serves one file of a Custom UI build; index.html is rewritten to carry the bridge. */
export async function serveResourceFile(req: ResourceFileRequest): Promise<LocalResponse> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.filePath);
  } catch {
    return textResponse(400, 'Malformed file path.');
  }
  const root = resolve(req.appRoot, req.resourcePath);
  const name = decoded === '' ? 'index.html' : decoded;
  const file = resolve(root, name);
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside) || decoded.includes('\0')) {
    return textResponse(403, 'The path leaves the resource folder.');
  }
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    return textResponse(
      404,
      `Resource "${req.resourceKey}" has no build at ${req.resourcePath} (build the Custom UI first).`,
    );
  }
  const type = textTypes[extname(file).toLowerCase()];
  const content = await readFile(file, 'utf8').catch(() => undefined);
  if (content === undefined) return textResponse(404, `No file ${name} in resource "${req.resourceKey}".`);
  // Bodies travel as strings (LocalResponse); buildCustomUi inlines images and fonts so builds are text only.
  if (!type)
    return textResponse(415, `The local host serves text assets only (${name}); inline binary assets.`);
  if (inside !== 'index.html') {
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: content };
  }
  const body = await req.indexRewrite(content);
  return {
    status: 200,
    headers: {
      'content-type': type,
      'cache-control': 'no-store',
      'content-security-policy': customUiCsp(body, req.contentPermissions),
    },
    body,
  };
}
