import type { Reply } from '../replies/reply';

/** Per round, the networks whose leaders' group minutes are in (with text). */
export function documentedByRound(replies: readonly Reply[]): Map<number, Set<string>> {
  const documented = new Map<number, Set<string>>();
  for (const r of replies) {
    if (r.kind !== 'minutes' || (r.text ?? '').trim() === '') continue;
    documented.set(r.round, (documented.get(r.round) ?? new Set()).add(r.network));
  }
  return documented;
}
