/** @type {import('jest').Config} */
// `npm run test:reliability`: bursts, crashes, faults, hostile input, access and
// privacy against the real bot. Its files end in .reliability.ts so plain
// `npm test` (which matches *.test.ts) does not run them. One file at a time:
// the bursts want the machine's cores to themselves, and the figures file is
// written by one test file after another.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.reliability.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  maxWorkers: 1,
  testTimeout: 180000,
  globalSetup: '<rootDir>/test/reliability/global-setup.ts',
  globalTeardown: '<rootDir>/test/reliability/global-teardown.ts',
};
