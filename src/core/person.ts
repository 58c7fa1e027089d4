import type { Locale } from '../i18n/translate';
import type { Program } from '../program/schema';

export type Platform = 'slack' | 'teams' | 'local';

/** Someone who wrote to the bot, as their platform knows them. */
export interface Person {
  platform: Platform;
  userId: string;
  /** The language the platform reports for them, when it is one we speak. */
  locale?: Locale;
}

/**
 * Whether an id from the program file names this person. The file may write
 * a bare id ("U0123") or one with its platform ("slack:U0123"), which keeps
 * ids apart when a program spans Slack and Teams.
 */
export function namesPerson(entry: string, person: Person): boolean {
  return entry === person.userId || entry === `${person.platform}:${person.userId}`;
}

/** What a person may do in a program: coordinate it, lead some networks, or take part. */
export interface Access {
  coordinator: boolean;
  /** Network ids the person leads. */
  leads: string[];
}

export function accessOf(program: Program, person: Person): Access {
  return {
    coordinator: program.program.coordinators.some((c) => namesPerson(c, person)),
    leads: program.networks.filter((n) => n.leaders.some((l) => namesPerson(l, person))).map((n) => n.id),
  };
}

/** Whether the person may see and document a network's group discussion. */
export function mayLead(access: Access, network: string): boolean {
  return access.coordinator || access.leads.includes(network);
}

/**
 * Where a program-file id lives: "teams:abc" on Teams; a bare id on the one
 * platform the program's networks use (or `local` when they mix, since a
 * bare id cannot be routed then; `lnb check` warns about it).
 */
export function platformOfEntry(program: Program, entry: string): { platform: Platform; userId: string } {
  const m = /^(slack|teams|local):(.+)$/.exec(entry);
  if (m?.[1] && m[2]) return { platform: m[1] as Platform, userId: m[2] };
  const used = new Set(program.networks.map((n) => n.platform));
  const only = used.size === 1 ? [...used][0] : undefined;
  return { platform: only ?? 'local', userId: entry };
}
