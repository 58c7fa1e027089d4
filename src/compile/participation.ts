import type { Program } from '../program/schema';
import type { CompileReply, Participation } from './types';

const byCountThenName = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) =>
  b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Who has answered: replies per network and per role, which networks'
 * leaders have sent minutes, and which networks have sent nothing yet. The
 * networks are the program's when there is one (so silence shows), else
 * those seen in the replies.
 */
export function participation(
  replies: readonly CompileReply[],
  program?: Program,
  only?: string,
): Participation {
  const seen = [...new Set(replies.map((r) => r.network).filter((n): n is string => !!n))].sort();
  const networks = program
    ? program.networks.filter((n) => !only || n.id === only).map((n) => ({ id: n.id, name: n.name }))
    : seen.filter((n) => !only || n === only).map((id) => ({ id, name: id }));
  const repliesOf = new Map<string, Set<string>>();
  const minutesOf = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  for (const r of replies) {
    const net = r.network ?? '';
    const add = (m: Map<string, Set<string>>, key: string) => m.set(key, (m.get(key) ?? new Set()).add(r.id));
    add(repliesOf, net);
    if (r.kind === 'minutes') add(minutesOf, net);
    if (r.role) add(roles, r.role);
  }
  const byNetwork = networks.map((n) => ({
    network: n.id,
    name: n.name,
    replies: repliesOf.get(n.id)?.size ?? 0,
    minutes: minutesOf.get(n.id)?.size ?? 0,
  }));
  // Minutes are only expected when the program says who leads each network.
  const expectsMinutes = program !== undefined;
  return {
    totalReplies: new Set(replies.map((r) => r.id)).size,
    byNetwork,
    byRole: [...roles]
      .map(([role, ids]) => ({ role, count: ids.size }))
      .sort(byCountThenName((x) => x.role)),
    minutesReceived: byNetwork.filter((n) => n.minutes > 0).map((n) => n.network),
    minutesMissing: expectsMinutes ? byNetwork.filter((n) => n.minutes === 0).map((n) => n.network) : [],
    silentNetworks: byNetwork.filter((n) => n.replies === 0).map((n) => n.network),
  };
}
