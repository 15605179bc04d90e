// The layer rule (docs/architecture.md, "Layers"). Each layer lists the imports it must never make.
// `group` patterns are gitignore-style and match both package names and relative paths.
const forbidden = {
  'src/domain/**/*.{ts,tsx}': {
    patterns: ['@forge/*', '**/app/**', '**/adapters/**', '**/entry/**', '**/local/**', '../app', '../adapters', '../entry'],
    why: 'src/domain is pure: it must not import @forge/*, src/app, src/adapters, src/entry or local/.',
  },
  'src/app/**/*.{ts,tsx}': {
    patterns: ['**/entry/**', '**/adapters/**', '**/local/**', '../entry', '../adapters', '@forge/*'],
    why: 'src/app takes ports as arguments: it must not import src/entry, src/adapters, local/ or @forge/* (adapters do I/O).',
  },
  'src/adapters/**/*.{ts,tsx}': {
    patterns: ['**/entry/**', '**/local/**', '../entry'],
    why: 'src/adapters must not import src/entry or local/.',
  },
  'src/{entry,shared}/**/*.{ts,tsx}': {
    patterns: ['**/local/**'],
    why: 'The Forge app must not import the local host (local/ is never bundled).',
  },
  'static/**/*.{ts,tsx}': {
    patterns: ['**/src/domain/**', '**/src/app/**', '**/src/adapters/**', '**/src/entry/**', '**/local/**'],
    why: 'Custom UI talks to the backend only through the typed contract in src/shared.',
  },
};

const layerRules = Object.entries(forbidden).map(([files, { patterns, why }]) => ({
  files: [files],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }],
  },
}));

module.exports = { layerRules };
