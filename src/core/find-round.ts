import type { Network, Program, Round } from '../program/schema';

/** The round and network a button or form names, if the program still has them. */
export function findRoundAndNetwork(
  program: Program,
  ref: { program: string; round: number; network: string },
): { round: Round; network: Network } | undefined {
  if (ref.program !== program.program.id) return undefined;
  const round = program.rounds.find((r) => r.number === ref.round);
  const network = program.networks.find((n) => n.id === ref.network);
  return round && network ? { round, network } : undefined;
}
