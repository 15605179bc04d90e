/**
 * Builds every Custom UI once before any suite runs: the manifest check needs the resource folders, and
 * the browser tests load the same bundles Forge would deploy. One build avoids suites racing to rebuild.
 */
import { buildAllUis } from '../../local/tools/build-ui';

export default async function globalSetup(): Promise<void> {
  await buildAllUis();
}
