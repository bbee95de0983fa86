// The package's version, put in by the build (scripts/build.mjs defines VIRTSTACK_VERSION from package.json).
declare const VIRTSTACK_VERSION: string | undefined;

/** The version `virtstack --version` prints and SARIF logs carry. */
export const VERSION: string = typeof VIRTSTACK_VERSION === 'string' ? VIRTSTACK_VERSION : '0.0.0';
