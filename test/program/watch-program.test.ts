import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchProgramFile } from '../../src/program/watch-program';
import { eventually } from '../helpers/eventually';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir();
afterAll(() => dir.remove());

describe('watchProgramFile', () => {
  it('calls back once for a burst of writes to the file, after the quiet time', async () => {
    const file = join(dir.path, 'program.yaml');
    writeFileSync(file, 'a');
    let calls = 0;
    const watcher = watchProgramFile(file, () => calls++, { debounceMs: 200 });
    try {
      for (const text of ['b', 'c', 'd']) writeFileSync(file, text);
      await eventually(() => calls > 0);
      expect(calls).toBe(1);
    } finally {
      watcher.close();
    }
  });

  it('sees a file replaced by a rename, as editors save', async () => {
    const file = join(dir.path, 'renamed.yaml');
    writeFileSync(file, 'a');
    let calls = 0;
    const watcher = watchProgramFile(file, () => calls++, { debounceMs: 10 });
    try {
      writeFileSync(join(dir.path, '.renamed.yaml.swp'), 'b');
      rmSync(file);
      writeFileSync(file, 'b');
      await eventually(() => calls > 0);
    } finally {
      watcher.close();
    }
  });

  it('calls nothing after it is closed', async () => {
    const file = join(dir.path, 'closed.yaml');
    writeFileSync(file, 'a');
    let calls = 0;
    let seen = 0;
    // A second watcher on the folder, as quick, shows when a change has been seen, without waiting on a clock.
    const witness = watchProgramFile(file, () => seen++, { debounceMs: 0 });
    const watcher = watchProgramFile(file, () => calls++, { debounceMs: 0 });
    try {
      writeFileSync(file, 'b');
      await eventually(() => calls > 0 && seen > 0);
      watcher.close();
      const before = { calls, seen };
      writeFileSync(file, 'c');
      await eventually(() => seen > before.seen);
      await new Promise((r) => setImmediate(r));
      expect(calls).toBe(before.calls);
    } finally {
      watcher.close();
      witness.close();
    }
  });

  it('reports a folder it cannot watch instead of throwing, and closes without error', () => {
    const errors: Error[] = [];
    const watcher = watchProgramFile(join(dir.path, 'no', 'such', 'program.yaml'), () => undefined, { onError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/ENOENT/);
    expect(() => watcher.close()).not.toThrow();
  });
});
