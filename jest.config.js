/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The CLI and store tests start processes and servers; two workers fit two cores.
  maxWorkers: 2,
  // How long a worker may take to exit once the run is over before Jest kills it and warns
  // "A worker process has failed to exit gracefully". Jest's 500 ms is too short on a loaded
  // machine: two files that only await one timer got the warning at load 19 on two cores, the
  // workers holding nothing but their IPC pipe and stdio (probed with getActiveResourcesInfo
  // after the last test); with 5 s they did not. A handle that really leaks (a timer, a socket,
  // a child) keeps a worker alive for good, so it is still reported, only 5 s later.
  workerGracefulExitTimeout: 5_000,
  testTimeout: 30000,
};
