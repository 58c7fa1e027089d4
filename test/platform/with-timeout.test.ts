import { PlatformTimeout, withTimeout } from '../../src/platform/with-timeout';

describe('withTimeout', () => {
  it('resolves and rejects as the work does when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve('posted'), 60_000)).resolves.toBe('posted');
    await expect(withTimeout(Promise.reject(new Error('refused')), 60_000)).rejects.toThrow('refused');
  });

  it('stops waiting for work that never settles, with a PlatformTimeout naming the limit', async () => {
    const never = new Promise<never>(() => {});
    const outcome = await withTimeout(never, 5).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(PlatformTimeout);
    expect((outcome as PlatformTimeout).ms).toBe(5);
    expect((outcome as Error).message).toBe('no answer within 5 ms');
  });
});
