/**
 * Jest runs TypeScript through ts-jest in transpile-only mode (isolatedModules) for speed; `npm run typecheck`
 * type-checks the same tests with tsc before jest runs (docs/decisions/0001-test-toolchain.md).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2022', allowJs: true, esModuleInterop: true, jsx: 'react-jsx' } },
    ],
  },
  // jira.js 6 is ESM-only and exports only the `import` condition, which jest's CommonJS resolver skips:
  // map its entry points to their files and let ts-jest turn them into CommonJS.
  moduleNameMapper: {
    '^@async-cab/shared/client$': '<rootDir>/src/shared/client.ts',
    '^jira\\.js$': '<rootDir>/node_modules/jira.js/dist/index.js',
    '^jira\\.js/(core|cloud|serviceDesk|agile)$': '<rootDir>/node_modules/jira.js/dist/$1/index.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(jira\\.js)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
};
