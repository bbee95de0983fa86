import { format, inspect } from 'node:util';

/**
 * The workbench reports through `codeAutomationLog(level, args)` both the extension host's
 * console (mocha's reporter) and its own log. Its own lines are noise for a test run,
 * especially offline (gallery look-ups, telemetry DNS failures, GitHub auth timeouts).
 */
const NOISE: RegExp[] = [
  /^Resolv(?:ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[(?:reconnection-grace-time|Service Worker|AgentHost:[^\]]*|AccountPolicyGate)\]/,
  /^Updating additional builtin extensions cache/,
  // Offline: the gallery (open-vsx.org), telemetry and GitHub are unreachable, and say so at length.
  /authentication provider 'github'/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|open-vsx\.org|gallery|marketplace/i,
];

/** Formats one printf-style automation log entry (`["  %d passing (%s)", 3, "506ms"]`) into a line. */
export function formatLogArgs(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return format(first, ...rest);
  // %c takes a CSS argument in browsers; drop both so the text reads as it would in a terminal.
  let i = 0;
  const text = first.replace(/%[sdifjoOc%]/g, (spec) => {
    if (spec === '%%') return '%';
    const value = rest[i++];
    if (spec === '%c') return '';
    return format(spec, value);
  });
  const extra = rest.slice(i).map((v) => (typeof v === 'string' ? v : inspect(v)));
  return [text, ...extra].join(' ');
}

/** The line to print for an automation log entry, or undefined when it is workbench noise. */
export function automationLogLine(level: string | number, args: unknown[], verbose = false): string | undefined {
  const line = formatLogArgs(Array.isArray(args) ? args : [args]);
  if (verbose) return `[${level}] ${line}`;
  if (NOISE.some((re) => re.test(line))) return undefined;
  // Anything else the workbench reports as a warning or error may explain a failure, so keep it, marked.
  return level === 'error' || level === 'warn' || level === 'warning' ? `[workbench ${level}] ${line}` : line;
}
