import { isDeepStrictEqual } from 'node:util';
import type { Program } from './schema';

/** What an edit of the program file changed, by round number and network id; never any text. */
export interface ProgramChanges {
  rounds: number;
  networks: number;
  roundsAdded: number[];
  roundsRemoved: number[];
  roundsChanged: number[];
  networksAdded: string[];
  networksRemoved: string[];
  networksChanged: string[];
  /** Anything in `program:` (title, coordinators, zone, quiet hours …) or the themes. */
  settingsChanged: boolean;
}

function compare<T, K>(before: readonly T[], after: readonly T[], key: (x: T) => K) {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  return {
    added: [...now.keys()].filter((k) => !old.has(k)),
    removed: [...old.keys()].filter((k) => !now.has(k)),
    changed: [...now.entries()].filter(([k, x]) => old.has(k) && !isDeepStrictEqual(old.get(k), x)).map(([k]) => k),
  };
}

/** A summary for one log line when a reloaded program replaces the running one. */
export function diffProgram(before: Program, after: Program): ProgramChanges {
  const rounds = compare(before.rounds, after.rounds, (r) => r.number);
  const networks = compare(before.networks, after.networks, (n) => n.id);
  return {
    rounds: after.rounds.length,
    networks: after.networks.length,
    roundsAdded: rounds.added,
    roundsRemoved: rounds.removed,
    roundsChanged: rounds.changed,
    networksAdded: networks.added,
    networksRemoved: networks.removed,
    networksChanged: networks.changed,
    settingsChanged: !isDeepStrictEqual(before.program, after.program) || !isDeepStrictEqual(before.themes, after.themes),
  };
}
