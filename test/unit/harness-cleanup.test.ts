import * as assert from 'node:assert/strict';
import { onCleanup, runCleanups } from '../harness/cleanup';

// The UI suite has two mocha suites, each starting its own code-server and browser and calling
// runCleanups() in its `after`: when the second call ran nothing, the run never exited.
describe('test harness: runCleanups', () => {
  it('runs what was registered since the last call, each time, in reverse order', async () => {
    const ran: string[] = [];
    onCleanup(() => void ran.push('first suite: server'));
    onCleanup(() => void ran.push('first suite: browser'));
    await runCleanups();
    assert.deepEqual(ran, ['first suite: browser', 'first suite: server']);
    onCleanup(() => void ran.push('second suite: server'));
    await runCleanups();
    assert.deepEqual(ran, ['first suite: browser', 'first suite: server', 'second suite: server']);
    await runCleanups();
    assert.equal(ran.length, 3, 'a cleanup runs once');
  });
});
