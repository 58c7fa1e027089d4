import { inRequest } from '../src/logger';
import { capturedLog } from './helpers/captured-log';

describe('inRequest', () => {
  it("stamps every line of a request with its id, the logger's and its children's, awaited or not", async () => {
    const { log, lines } = capturedLog('debug');
    const child = log.child({ platform: 'teams' });
    let background: Promise<void> = Promise.resolve();
    await inRequest({ req: 'act-1' }, async () => {
      log.info('received');
      await Promise.resolve();
      child.warn('child line');
      // Work the request starts and does not wait for is still its own.
      background = new Promise<void>((resolve) => setImmediate(resolve)).then(() => log.info('later'));
    });
    await background;
    log.info('outside');
    expect(lines.map((l) => [l.msg, l.req])).toEqual([
      ['received', 'act-1'],
      ['child line', 'act-1'],
      ['later', 'act-1'],
      ['outside', undefined],
    ]);
    expect(lines[1]?.platform).toBe('teams');
  });

  it('keeps two requests handled at once apart', async () => {
    const { log, lines } = capturedLog('debug');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const a = inRequest({ req: 'a' }, async () => {
      await gate;
      log.info('a after b');
    });
    const b = inRequest({ req: 'b' }, async () => {
      log.info('b');
      release();
    });
    await Promise.all([a, b]);
    expect(lines.map((l) => [l.msg, l.req])).toEqual([
      ['b', 'b'],
      ['a after b', 'a'],
    ]);
  });
});
