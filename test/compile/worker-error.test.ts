import { MessageChannel } from 'node:worker_threads';
import { fromPlainError, toPlainError } from '../../src/compile/worker-error';
import { ErrorCode, InputError, StoreError } from '../../src/errors';

/** What the other thread receives: a structured clone, as postMessage makes. */
async function acrossThreads<T>(value: T): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<T>((resolve) => port2.once('message', resolve));
  port1.postMessage(value);
  const out = await received;
  port1.close();
  return out;
}

describe('toPlainError', () => {
  it('keeps name, message, code, problems and stack of an error as plain data', () => {
    const e = new InputError([{ path: 'round', message: 'rond 9 finns inte 🙂' }]);
    const plain = toPlainError(e);
    expect(plain).toEqual({ name: 'Error', message: e.message, code: ErrorCode.InputInvalid, problems: e.problems, stack: e.stack });
    const t = toPlainError(new TypeError('x is undefined'));
    expect(t).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
    expect(t).not.toHaveProperty('code');
    expect(t).not.toHaveProperty('problems');
  });

  it('gives a thrown non-error as its text', () => {
    expect(toPlainError('boom')).toEqual({ name: 'Error', message: 'boom' });
    expect(toPlainError(undefined)).toEqual({ name: 'Error', message: 'undefined' });
    expect(toPlainError({ code: 'x' })).toEqual({ name: 'Error', message: '[object Object]' });
  });

  it('leaves out a code that is not text', () => {
    const e = Object.assign(new Error('odd'), { code: 42, problems: 'not a list' });
    expect(toPlainError(e)).not.toHaveProperty('code');
    expect(toPlainError(e)).not.toHaveProperty('problems');
  });
});

describe('fromPlainError', () => {
  it('brings an InputError back as an InputError with its problems, across a thread boundary', async () => {
    const e = new InputError([{ path: 'round', message: 'no round 9' }, { path: 'network', message: 'no such network' }]);
    const back = fromPlainError(await acrossThreads(toPlainError(e)));
    expect(back).toBeInstanceOf(InputError);
    expect((back as InputError).problems).toEqual(e.problems);
    expect(back.message).toBe(e.message);
    expect(back.stack).toBe(e.stack);
  });

  it('brings anything else back as a plain Error with the same name, message and the thrower’s stack', async () => {
    const e = new RangeError('Invalid array length');
    const back = fromPlainError(await acrossThreads(toPlainError(e)));
    expect(back).not.toBeInstanceOf(InputError);
    expect(back.name).toBe('RangeError');
    expect(back.message).toBe('Invalid array length');
    expect(back.stack).toBe(e.stack);
    const store = fromPlainError(toPlainError(new StoreError('list', new Error('down'))));
    expect(store).toBeInstanceOf(Error);
    expect(store.message).toBe('store list failed: down');
  });

  it('needs the problems for an InputError: a code alone gives a plain Error', () => {
    const back = fromPlainError({ name: 'Error', message: 'm', code: ErrorCode.InputInvalid });
    expect(back).not.toBeInstanceOf(InputError);
    expect(back.message).toBe('m');
  });
});
