import path from 'node:path';
import type * as ServiceDesk from 'jira.js/serviceDesk' with { 'resolution-mode': 'import' };

/**
 * jira.js 6.2.0's JSM zod schemas. `import ... from 'jira.js/serviceDesk'` fails under jest: the package's
 * `exports` map offers only the `import` condition and jest resolves CommonJS with `require`, so it reports
 * "Cannot find module 'jira.js/serviceDesk'". Loading the file by path bypasses the exports map; jest's SWC
 * transform (jest.config.js `transformIgnorePatterns` lets jira.js through) turns the ESM into CommonJS.
 */
export const jsm = jest.requireActual<typeof ServiceDesk>(
  path.resolve(__dirname, '../../../node_modules/jira.js/dist/serviceDesk/index.js'),
);
