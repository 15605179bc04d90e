/** Jest runs TypeScript through SWC for speed; `npm run typecheck` type-checks the same tests with tsc. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // jira.js 6 is ESM-only and exports only the `import` condition, which jest's CommonJS resolver skips:
  // map its entry points to their files and let SWC turn them into CommonJS.
  moduleNameMapper: {
    '^jira\\.js$': '<rootDir>/node_modules/jira.js/dist/index.js',
    '^jira\\.js/(core|cloud|serviceDesk|agile)$': '<rootDir>/node_modules/jira.js/dist/$1/index.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(jira\\.js)/)'],
  testTimeout: 30000,
};
