// Stryker's configuration for `npm run test:mutation` (run through test/mutation/run.mjs, which
// picks a Node that Stryker 10 accepts, runs the groups below one after another and prints the
// summary line). It mutates the parts of the core whose every branch is a rule a user relies
// on: the quick fixes, the validator, the syntax (scanner, parser, columns) and the simulation;
// the unit tests are the judges. docs/testing.md says how to read the report and lists the
// surviving mutants that are equivalent.

/**
 * The mutated code in groups, each run by Stryker on its own with its own incremental results
 * and report: a whole run takes hours on two cores, and a group at a time lets a run that was
 * cut short keep what it finished. `VIRTSTACK_MUTATION_GROUP` names the group of this run.
 */
export const GROUPS = {
  quickFixes: ['src/core/services/quickFixes/**/*.ts'],
  validate: ['src/core/validate/**/*.ts'],
  syntax: ['src/core/syntax/**/*.ts'],
  // The simulation in five parts of 300 to 700 mutants, so that each finishes in a sitting on two
  // busy cores (Stryker keeps a group's incremental results only when the group finishes): the
  // step loop, its arithmetic, what plans a run, what sums it up, and disaster recovery.
  // test/unit/mutation-groups.test.ts checks that every file of these folders is in one group.
  simulationSteps: ['src/core/simulation/{engine,state,hoststep,steady}.ts'],
  simulationFormulas: ['src/core/simulation/{formulas,block,startup,series}.ts'],
  simulationPlan: ['src/core/simulation/{plan,tally,profiles,pair,options}.ts'],
  simulationResults: ['src/core/simulation/{consolidation,packing,index,export,types}.ts'],
  recovery: ['src/core/simulation/{recovery,recoveryInput,recoveryFigures,recoverySetting,firstFit,storageRebuild}.ts'],
};

/** This run's group; without one (Stryker started by hand) every group in one run, as `all`. */
const group = Object.hasOwn(GROUPS, process.env.VIRTSTACK_MUTATION_GROUP ?? '') ? process.env.VIRTSTACK_MUTATION_GROUP : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: group === 'all' ? Object.values(GROUPS).flat() : GROUPS[group],
  testRunner: 'mocha',
  // The unit tests are TypeScript run through tsx, as .mocharc.json does for `npm run test:unit`;
  // Stryker's runner loads mocha in its own processes, so tsx is registered there.
  testRunnerNodeArgs: ['--import', 'tsx'],
  mochaOptions: {
    spec: ['test/unit/**/*.test.ts'],
    // The judges are the tests of the core's rules. Left out, so that each mutant costs seconds:
    // - tests of size and time (inputs of megabytes; instrumented code is slower anyway);
    // - the whole-run fingerprints, a net whose every figure a named test also pins (issue 17);
    // - tests of other layers (the diagram, the formatter, the extension, the bundles) and of
    //   localization's completeness, which reach the mutated code only through analyze().
    // The few large inputs of the tests that stay shrink under Stryker (`sized`, test/unit/helpers.ts).
    ignore: [
      'test/unit/scaling.test.ts',
      'test/unit/bad-input.test.ts',
      'test/unit/bench-inputs.test.ts',
      'test/unit/simulation-snapshot.test.ts',
      'test/unit/diagram*.test.ts',
      'test/unit/services/format.test.ts',
      'test/unit/extension-*.test.ts',
      'test/unit/manifest-*.test.ts',
      'test/unit/mutation-groups.test.ts',
      'test/unit/panel-protocol.test.ts',
      'test/unit/l10n*.test.ts',
      'test/unit/nls.test.ts',
      'test/unit/grammar*.test.ts',
      'test/unit/markdown-*.test.ts',
      'test/unit/snippets.test.ts',
      // The bundles and the command line, built and run whole: other layers again (and the web
      // bundle's check for Node globals would find Stryker's own instrumentation in it).
      'test/unit/web-extension.test.ts',
      'test/unit/cli-*.test.ts',
      'test/unit/preview-mermaid-patches.test.ts',
    ],
    extension: ['ts'],
  },
  // Only the tests that run a mutant are run against it, so a rerun costs minutes, not hours.
  coverageAnalysis: 'perTest',
  // A mutant in code that runs only while a module loads (a table built at the top level) needs
  // a fresh process and every test; such mutants are reported as ignored, not counted.
  ignoreStatic: true,
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Results are kept between runs, in the repository so that a fresh clone has them too: a
  // rerun tests only the mutants whose code or covering tests changed. Commit the file after a run.
  incremental: true,
  incrementalFile: `test/mutation/incremental/${group}.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `test-results/mutation/${group}/index.html` },
  jsonReporter: { fileName: `test-results/mutation/${group}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  // Neither what the build writes nor the caches belong in Stryker's copy of the project.
  ignorePatterns: ['dist', 'out', '.cache', 'test-results', '*.vsix', 'media', 'examples/**/*.png'],
  tempDirName: `.stryker-tmp/${group}`,
  // A busy 2-core machine: mutants that only slow the code must not be taken for infinite loops.
  timeoutMS: 10_000,
  timeoutFactor: 2.5,
  dryRunTimeoutMinutes: 20,
  thresholds: { high: 90, low: 85, break: null },
};
