import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
// @ts-expect-error: a plain ES module without types; GROUPS is a record of glob lists.
import { GROUPS } from '../mutation/stryker.config.mjs';

// Issue 17 mutates the validator, the syntax, the simulation and the quick fixes. The groups of
// test/mutation/stryker.config.mjs are written as globs, so a new module of one of those folders
// would silently go unmutated unless a group names it: this test says which.

const root = join(__dirname, '..', '..');
const FOLDERS = ['src/core/validate', 'src/core/syntax', 'src/core/simulation', 'src/core/services/quickFixes'];

/** Every .ts file under a folder, as a path from the repository's root with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(root, join(root, folder, f)).split('\\').join('/'));
}

/** Whether a path matches one of the two glob forms the groups use: `dir/**\/*.ts` and `dir/{a,b}.ts`. */
function matches(pattern: string, file: string): boolean {
  const deep = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern);
  if (deep) return file.startsWith(`${deep[1]}/`);
  const listed = /^(.*)\/\{([\w,]+)\}\.ts$/.exec(pattern);
  if (listed) return listed[2].split(',').some((name) => file === `${listed[1]}/${name}.ts`);
  throw new Error(`a group's glob of an unexpected form: ${pattern}`);
}

describe('mutation testing: the groups', () => {
  const groups = Object.entries(GROUPS as Record<string, string[]>);

  it('put every module of the mutated folders in exactly one group', () => {
    const files = FOLDERS.flatMap(filesUnder);
    assert.ok(files.length > 40, `${files.length} files`);
    const misplaced = files
      .map((file) => ({ file, in: groups.filter(([, globs]) => globs.some((g) => matches(g, file))).map(([name]) => name) }))
      .filter((f) => f.in.length !== 1);
    assert.deepEqual(misplaced, []);
  });

  it('read the two glob forms as Stryker does', () => {
    assert.ok(matches('src/core/syntax/**/*.ts', 'src/core/syntax/a/b.ts'));
    assert.ok(!matches('src/core/syntax/**/*.ts', 'src/core/syntaxes/b.ts'));
    assert.ok(matches('src/x/{a,b}.ts', 'src/x/b.ts'));
    assert.ok(!matches('src/x/{a,b}.ts', 'src/x/ab.ts'));
  });
});
