import type { Program } from '../program/schema';
import type { CompileReply, Participation } from './types';

const byCountThenName = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) =>
  b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Who wrote an answer: its author, or (imported, no author known) the answer itself. */
const personOf = (r: CompileReply) => (r.author ? `a:${r.author}` : `r:${r.id}`);

/** Minutes are one per network and question, however many records hold them (an import beside a saved form). */
const documentedOf = (r: CompileReply) => `${r.network ?? ''}\u0000${r.question}`;

/**
 * Who has taken part: per network the people who answered (distinct
 * authors; an imported answer without an author counts as one person) and
 * the answers they gave, and, apart from them, the leaders' minutes (one per
 * question documented); per role the people; which networks' minutes have
 * come in, and which networks are silent. The networks are the program's
 * when there is one (so silence shows), else those seen in the replies.
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
  const peopleOf = new Map<string, Set<string>>();
  const answersOf = new Map<string, Set<string>>();
  const minutesOf = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, value: string) => m.set(key, (m.get(key) ?? new Set()).add(value));
  for (const r of replies) {
    const net = r.network ?? '';
    if (r.kind === 'minutes') {
      add(minutesOf, net, documentedOf(r));
      continue;
    }
    add(answersOf, net, r.id);
    add(peopleOf, net, personOf(r));
    if (r.role) add(roles, r.role, personOf(r));
  }
  const byNetwork = networks.map((n) => ({
    network: n.id,
    name: n.name,
    people: peopleOf.get(n.id)?.size ?? 0,
    replies: answersOf.get(n.id)?.size ?? 0,
    minutes: minutesOf.get(n.id)?.size ?? 0,
  }));
  const answers = replies.filter((r) => r.kind !== 'minutes');
  // Minutes are only expected when the program says who leads each network.
  const expectsMinutes = program !== undefined;
  return {
    totalReplies: new Set(answers.map((r) => r.id)).size,
    totalPeople: new Set(answers.map(personOf)).size,
    totalMinutes: new Set(replies.filter((r) => r.kind === 'minutes').map(documentedOf)).size,
    byNetwork,
    byRole: [...roles].map(([role, people]) => ({ role, count: people.size })).sort(byCountThenName((x) => x.role)),
    minutesReceived: byNetwork.filter((n) => n.minutes > 0).map((n) => n.network),
    minutesMissing: expectsMinutes ? byNetwork.filter((n) => n.minutes === 0).map((n) => n.network) : [],
    silentNetworks: byNetwork.filter((n) => n.replies === 0 && n.minutes === 0).map((n) => n.network),
  };
}
