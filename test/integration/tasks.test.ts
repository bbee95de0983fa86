import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, waitFor } from './helpers';

// The `virtstack` task type (src/extension/tasks/): VS Code lists its tasks for the workspace
// (the examples), and running one prints the command line's lines and ends with its exit code.
describe('tasks', () => {
  before(async () => {
    await extension().activate();
  });

  it('offers check, fmt --check and fmt for the workspace, check with the $virtstack problem matcher', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'virtstack' });
    const definitions = tasks.map((t) => ({ command: t.definition.command as unknown, check: t.definition.check === true }));
    assert.deepEqual(definitions, [{ command: 'check', check: false }, { command: 'fmt', check: true }, { command: 'fmt', check: false }]);
    const check = tasks[0]!;
    assert.equal(check.source, 'virtstack');
    assert.deepEqual(check.problemMatchers, ['$virtstack']);
    assert.equal(check.group?.id, vscode.TaskGroup.Test.id);
  });

  it('runs check over the examples and ends with exit code 1, since mistakes.virt has errors', async () => {
    const task = (await vscode.tasks.fetchTasks({ type: 'virtstack' })).find((t) => t.definition.command === 'check')!;
    let exitCode: number | undefined;
    const ended = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution.task.definition.command === 'check') exitCode = e.exitCode;
    });
    try {
      await vscode.tasks.executeTask(task);
      await waitFor('the check task to end', () => exitCode !== undefined, 30_000);
      assert.equal(exitCode, 1);
    } finally {
      ended.dispose();
    }
  });
});
