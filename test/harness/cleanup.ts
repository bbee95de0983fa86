/**
 * One place that undoes what a run started (server process groups, browsers,
 * temp folders), whether the run ends normally, throws, or gets a signal.
 */
type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
const lastResorts: (() => void)[] = [];
let installed = false;
let running: Promise<void> | undefined;

/** Registers an async cleanup; cleanups run in reverse order of registration. */
export function onCleanup(fn: Cleanup): void {
  install();
  cleanups.push(fn);
}

/** Registers a synchronous action for process exit, for when async cleanup never got to run. */
export function onExitSync(fn: () => void): void {
  install();
  lastResorts.push(fn);
}

/**
 * Runs every cleanup registered so far, after any run already under way; errors are reported, not
 * thrown, so one failure does not leak the rest. Each call runs what was registered since the last
 * one: a second suite of one mocha run (test/ui has two, each with its own server and browser)
 * must stop its own, or the run never exits.
 */
export function runCleanups(): Promise<void> {
  running = (running ?? Promise.resolve()).then(async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        console.error('cleanup failed:', err);
      }
    }
  });
  return running;
}

/** True once cleanup has begun, so callers can tell a deliberate stop from a crash. */
export function cleanupStarted(): boolean {
  return running !== undefined;
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      console.error(`\nreceived ${signal}, stopping…`);
      // A second signal or a stuck cleanup must not keep the process alive forever.
      setTimeout(() => process.exit(code), 10_000).unref();
      void runCleanups().finally(() => process.exit(code));
    });
  }
  process.once('exit', () => {
    for (const fn of lastResorts) {
      try {
        fn();
      } catch {
        // Exit handlers cannot report usefully; the group may already be gone.
      }
    }
  });
}

/** Ends a runner: prints a failure plainly, runs every cleanup, then exits with the run's code (1 on failure). */
export function exitWhenDone(run: Promise<number>): void {
  void run
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      return 1;
    })
    .then(async (code) => {
      await runCleanups();
      process.exit(code);
    });
}
