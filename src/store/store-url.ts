import { isAbsolute, resolve } from 'node:path';
import { StoreUrlError } from '../errors';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'redis'; url: string };

export const DEFAULT_STORE_URL = 'sqlite://data/lnb.sqlite';

/**
 * `sqlite://data/lnb.sqlite` is relative to `cwd`; `sqlite:///var/lib/lnb.sqlite`
 * is absolute. `redis://` and `rediss://` URLs go to a Redis server as written.
 */
export function parseStoreUrl(url: string, cwd: string = process.cwd()): StoreLocation {
  if (url.startsWith('sqlite://')) {
    const rest = url.slice('sqlite://'.length);
    if (!rest) throw new StoreUrlError(url);
    const path = rest.startsWith('/') ? rest : resolve(cwd, rest);
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^rediss?:\/\/[^/]/.test(url)) return { kind: 'redis', url };
  throw new StoreUrlError(url);
}
