import { createLogger } from '../../src/logger';
import { BackgroundTasks } from '../../src/platform/background-tasks';

/** A task that runs until released, recording that it started. */
function gate(started: string[], name: string) {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const task = async () => {
    started.push(name);
    await done;
  };
  return { task, release: () => release() };
}

describe('BackgroundTasks', () => {
  it('runs queued tasks a few at a time, in order, and drain waits for the queue too', async () => {
    const tasks = new BackgroundTasks(createLogger('silent'), 2);
    const started: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((n) => gate(started, n));
    for (const [i, g] of gates.entries()) tasks.queue(`t${i}`, g.task);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['a', 'b']);
    gates[0]?.release();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['a', 'b', 'c']);
    let drained = false;
    const draining = tasks.drain().then(() => {
      drained = true;
    });
    for (const g of gates.slice(1)) g.release();
    await draining;
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(drained).toBe(true);
  });

  it('holds queued tasks while an answer is being prepared, and starts them once it is given', async () => {
    const tasks = new BackgroundTasks(createLogger('silent'), 2, 60_000);
    const started: string[] = [];
    const releaseFirst = tasks.hold();
    const releaseSecond = tasks.hold();
    tasks.queue('confirm', async () => {
      started.push('confirm');
    });
    // A run (the rest of a request) is not held back; the queued task is.
    await new Promise<void>((resolve) => tasks.run('request', async () => resolve()));
    expect(started).toEqual([]);
    releaseFirst();
    releaseFirst();
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([]);
    releaseSecond();
    await tasks.drain();
    expect(started).toEqual(['confirm']);
  });

  it('starts a held task once it has waited its longest, and when drained', async () => {
    const overdue = new BackgroundTasks(createLogger('silent'), 2, 1);
    overdue.hold();
    await new Promise<void>((resolve) => overdue.queue('confirm', async () => resolve()));

    const stopping = new BackgroundTasks(createLogger('silent'), 2, 60_000);
    stopping.hold();
    const started: string[] = [];
    stopping.queue('confirm', async () => {
      started.push('confirm');
    });
    await stopping.drain();
    expect(started).toEqual(['confirm']);
  });

  it('goes on with the queue after a task fails', async () => {
    const tasks = new BackgroundTasks(createLogger('silent'), 1);
    const ran: string[] = [];
    tasks.queue('fails', async () => {
      throw new Error('nope');
    });
    tasks.queue('next', async () => {
      ran.push('next');
    });
    await tasks.drain();
    expect(ran).toEqual(['next']);
  });
});
