// The table of commands, in the order `virtstack --help` lists them. A new command is a module
// beside these that exports a CliCommand, and one entry here.
import type { CliCommand } from '../command';
import { check } from './check';
import { exportCommand } from './export';
import { fmt } from './fmt';
import { importCommand } from './import';
import { simulateCommand } from './simulate';

/** Every command of the command line. */
export const COMMANDS: readonly CliCommand[] = [check, fmt, simulateCommand, exportCommand, importCommand];
