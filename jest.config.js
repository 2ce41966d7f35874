/** Unit specs sit beside their code; end-to-end specs live in test/. */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '(libs|apps)/.*\\.spec\\.ts$|test/.*\\.e2e-spec\\.ts$',
  testEnvironment: 'node',
  transform: {
    // tsconfig's isolatedModules makes ts-jest transpile only; `npm run typecheck` checks types.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@crowdcomms/(.*)$': '<rootDir>/libs/$1/src',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  // The read replica's proof needs the replica `npm test` starts for it (scripts/test.mjs).
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.TEST_REPLICA_URL ? [] : ['/test/read-replica\\.'])],
  // A guard against hangs, not a measure: end-to-end set-ups start an API (and sometimes a worker), which late in
  // a full in-band run on two cores can take well over 30 s.
  testTimeout: 60000,
  // Jest would run the whole suite in one process on two cores; that process grows to about 4 GB and every later
  // file gets slower. With a limit Jest runs the files in a worker and replaces it once it grows past this.
  workerIdleMemoryLimit: '1536MB',
  // The report is written when the run ends; a file whose set-up failed can leave a server open,
  // and that must not hold the run (and CI) until it times out.
  forceExit: true,
};
