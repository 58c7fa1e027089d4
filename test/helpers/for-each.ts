/**
 * For the tests of one file or describe block: `open` runs before each test
 * and `close` after it. What it returns stands for the current test's value
 * (see `standIn`), so a test writes `t.store` as if it held the value itself.
 */
export function forEachTest<T extends object>(open: () => Promise<T>, close: (value: T) => Promise<void>): T {
  let current: T | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    const value = current;
    current = undefined;
    if (value !== undefined) await close(value);
  });
  return standIn(() => {
    if (current === undefined) throw new Error('forEachTest: used outside a test (its value is opened in beforeEach)');
    return current;
  });
}

/**
 * An object that stands for whatever `now()` gives at the time it is used:
 * reading or setting a property, or calling a method, reaches that value.
 */
export function standIn<T extends object>(now: () => T): T {
  return new Proxy({} as T, {
    get(_, key) {
      const value = now();
      const got = Reflect.get(value, key, value);
      return typeof got === 'function' ? got.bind(value) : got;
    },
    set(_, key, v) {
      return Reflect.set(now(), key, v);
    },
    has(_, key) {
      return Reflect.has(now(), key);
    },
  });
}
