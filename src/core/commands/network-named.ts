import type { Network, Program } from '../../program/schema';

/** Lower case without accents, so `nykoping`, `Nyköping` and `NYKÖPING` are one name. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The network a person named, by its id or its display name (any case, with or without å, ä, ö). */
export function networkNamed(program: Program, named: string): Network | undefined {
  const wanted = fold(named);
  if (wanted === '') return undefined;
  return program.networks.find((n) => fold(n.id) === wanted) ?? program.networks.find((n) => fold(n.name) === wanted);
}

/** Networks by their display names, for a message (`Eskilstuna, Katrineholm, Nyköping`). */
export function networkNames(program: Program, ids?: readonly string[]): string {
  const networks = ids ? ids.map((id) => program.networks.find((n) => n.id === id)).filter((n) => n !== undefined) : program.networks;
  return networks.map((n) => n.name).join(', ');
}

/** A network's display name, or the id when the program no longer has it. */
export function networkName(program: Program, id: string): string {
  return program.networks.find((n) => n.id === id)?.name ?? id;
}
