import { join } from 'node:path';

import { ForgeInvocationError } from './forge-invocation-error';
import type { FunctionRef } from './manifest-model';

export type ForgeHandler = (event: unknown, context: unknown) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isHandler(value: unknown): value is ForgeHandler {
  return typeof value === 'function';
}

/**
 * Loads `<appRoot>/src/<file>` and returns its `<export>` (manifest `handler: file.export`,
 * docs/platform-assumptions.md). `require` on purpose: under jest it goes through the SWC transform and under
 * tsx through its loader, so `.ts` handlers load unchanged; the module cache keeps module-level state
 * between invocations, like a warm Forge container.
 */
export function loadHandler(appRoot: string, fn: FunctionRef): ForgeHandler {
  const modulePath = join(appRoot, 'src', fn.file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the comment above.
  const loaded: unknown = require(modulePath);
  const candidate = isRecord(loaded) ? loaded[fn.exportName] : undefined;
  if (!isHandler(candidate)) {
    throw new ForgeInvocationError(
      'INVALID_HANDLER',
      `Function "${fn.key}": ${modulePath} has no exported function "${fn.exportName}".`,
    );
  }
  return candidate;
}
