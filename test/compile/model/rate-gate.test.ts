import { RateGate, waitFor } from '../../../src/compile/model/rate-gate';

/** A call that runs until the test lets it end. */
function held() {
  let release: (v: string) => void = () => undefined;
  const done = new Promise<string>((r) => {
    release = r;
  });
  return { done, release };
}

describe('RateGate', () => {
  it('lets `limit` calls run at once; the next starts when one ends', async () => {
    const gate = new RateGate(2);
    const signal = new AbortController().signal;
    const calls = [held(), held(), held()];
    const started: number[] = [];
    const runs = calls.map((c, i) =>
      gate.run(() => {
        started.push(i);
        return c.done;
      }, signal),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    calls[0]?.release('a');
    await runs[0];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    calls[1]?.release('b');
    calls[2]?.release('c');
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
  });

  it('holds calls back during a pause, and a waiting call gives up when its signal aborts', async () => {
    const gate = new RateGate(1);
    const stop = new AbortController();
    const pause = gate.pauseFor(60_000, stop.signal);
    let ran = false;
    const run = gate.run(async () => {
      ran = true;
    }, stop.signal);
    await new Promise((r) => setImmediate(r));
    expect(ran).toBe(false);
    stop.abort(new Error('stop'));
    await expect(pause).rejects.toThrow('stop');
    await expect(run).rejects.toThrow('stop');
    expect(ran).toBe(false);
  });

  it('waitFor rejects at once on an aborted signal', async () => {
    await expect(waitFor(10, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
