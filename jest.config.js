/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The full-corpus suites need ../shared/corpus, which a fresh clone lacks: `npm run test:corpus` runs them.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/full-corpus/'],
  testTimeout: 60000,
};
