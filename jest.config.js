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
  testTimeout: 30000,
  // The report is written when the run ends; a file whose set-up failed can leave a server open,
  // and that must not hold the run (and CI) until it times out.
  forceExit: true,
};
