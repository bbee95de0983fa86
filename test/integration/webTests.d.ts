/** The test files of the integration suite, which scripts/build-tests.mjs lists when it bundles the web run's entry (webIndex.ts). */
declare module 'virtstack:integration-tests' {
  /** Loads every `*.test.ts` of test/integration, in name order, so that they register their tests. */
  export function loadTestFiles(): void;
}
