import type { Store } from '../../src/store/open-store';

const REPOSITORIES = ['replies', 'links', 'ledger', 'reachability', 'contacts', 'files', 'workbench'] as const;

/**
 * A store that answers only when the test lets it: the same Store interface
 * over a real one, whose repository calls wait while the gate is shut (a
 * store locked or far away, as slow as the test likes, with no clock). Every
 * call is noted in `events` when it is made and when it answers, so a test
 * can show by order that something happened before the store answered.
 * Leases pass straight through (on SQLite they are in memory anyway).
 */
export class GatedStore {
  readonly store: Store;
  /** `call replies.list`, `answer replies.list`, … in the order they happened, with anything the test pushes. */
  readonly events: string[] = [];
  private shut = false;
  private waiting: (() => void)[] = [];

  constructor(inner: Store) {
    const wrap = <T extends object>(name: string, repo: T): T =>
      new Proxy(repo, {
        get: (target, prop, receiver) => {
          const value = Reflect.get(target, prop, receiver);
          if (typeof value !== 'function') return value;
          return async (...args: unknown[]) => {
            this.events.push(`call ${name}.${String(prop)}`);
            if (this.shut) await new Promise<void>((resolve) => this.waiting.push(resolve));
            try {
              return await value.apply(target, args);
            } finally {
              this.events.push(`answer ${name}.${String(prop)}`);
            }
          };
        },
      });
    const wrapped: Record<string, unknown> = {};
    for (const name of REPOSITORIES) wrapped[name] = wrap(name, inner[name]);
    this.store = {
      location: inner.location,
      leases: inner.leases,
      close: () => inner.close(),
      ...(wrapped as Pick<Store, (typeof REPOSITORIES)[number]>),
    };
  }

  /** From now on every repository call waits until `open`. */
  close(): void {
    this.shut = true;
  }

  /** Lets every waiting call (and every later one) through. */
  open(): void {
    this.shut = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** How many calls are waiting at the gate. */
  get held(): number {
    return this.waiting.length;
  }

  /** Whether any repository call has answered since `index` in `events`. */
  answeredSince(index: number): boolean {
    return this.events.slice(index).some((e) => e.startsWith('answer '));
  }
}
