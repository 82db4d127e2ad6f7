import base from './jest.config.js';

/** `npm run test:corpus`: the suites over the full real-flow corpus in ../shared/corpus (see test/full-corpus). */
export default {
  ...base,
  testMatch: ['<rootDir>/test/full-corpus/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
