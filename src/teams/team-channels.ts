import type { ConversationReference } from 'botbuilder';
import type { BotContext } from '../core/bot-context';
import { conversationContactId, isUsableReference } from './conversation';

/**
 * What the bot knows about the teams it is installed in and their
 * channels, kept in the store's contacts table so every instance sees the
 * same, each fact in one place:
 *
 * - a team's install: its conversation reference (the connector's address,
 *   the tenant, the bot) under the team's id, which in Teams is also the id
 *   of its General channel (`conversation:<teamId>`);
 * - each other channel of the team: only which team it belongs to and its
 *   name (`conversation:<channelId>` → `{ teamId, name }`); the reference to
 *   post there is the team's with the channel's id;
 * - which teams the app is installed in (`teams:installed`), so a channel
 *   created while the bot was down is found by asking those teams again.
 */
export interface ChannelOfTeam {
  teamId: string;
  name?: string;
}

const INDEX = 'teams:installed';
const INDEX_LEASE = 'teams-installed-index';

export function asChannelOfTeam(value: unknown): ChannelOfTeam | undefined {
  const v = value as Partial<ChannelOfTeam> | undefined;
  return typeof v?.teamId === 'string' && v.teamId !== '' ? (v as ChannelOfTeam) : undefined;
}

/** The team's reference, aimed at one of its channels: a new thread there. */
export function channelOfTeamReference(team: Partial<ConversationReference>, channelId: string): Partial<ConversationReference> {
  return { ...team, conversation: { ...(team.conversation as ConversationReference['conversation']), id: channelId, name: '' } };
}

export class TeamChannels {
  constructor(private readonly ctx: BotContext) {}

  private now(): string {
    return this.ctx.clock.now().toISOString();
  }

  /** The reference to post into a channel, when the bot knows one; never asks Teams. */
  async reference(channelId: string): Promise<Partial<ConversationReference> | undefined> {
    const entry = await this.ctx.store.contacts.get('teams', conversationContactId(channelId));
    if (isUsableReference(entry?.reference)) return entry.reference;
    const of = asChannelOfTeam(entry?.reference);
    if (!of) return undefined;
    const team = await this.ctx.store.contacts.get('teams', conversationContactId(of.teamId));
    return isUsableReference(team?.reference) ? channelOfTeamReference(team.reference, channelId) : undefined;
  }

  /** The team's install, as the reference its General channel's activities give. */
  async rememberTeam(teamId: string, reference: Partial<ConversationReference>): Promise<void> {
    await this.ctx.store.contacts.set({ platform: 'teams', userId: conversationContactId(teamId), reference, updatedAt: this.now() });
    await this.updateIndex((teams) => (teams.includes(teamId) ? teams : [...teams, teamId]));
  }

  async forgetTeam(teamId: string): Promise<void> {
    await this.updateIndex((teams) => teams.filter((t) => t !== teamId));
  }

  /** A channel of a team; a full reference already kept for it (a link's) is left as it is. */
  async rememberChannel(teamId: string, channelId: string, name: string | undefined): Promise<void> {
    if (channelId === teamId) return;
    const key = conversationContactId(channelId);
    if (isUsableReference((await this.ctx.store.contacts.get('teams', key))?.reference)) return;
    const reference: ChannelOfTeam = { teamId, ...(name ? { name } : {}) };
    await this.ctx.store.contacts.set({ platform: 'teams', userId: key, reference, updatedAt: this.now() });
  }

  async forgetChannel(channelId: string): Promise<void> {
    await this.ctx.store.contacts.delete('teams', conversationContactId(channelId));
  }

  /** The teams the app is installed in, as far as the bot has heard. */
  async installedTeams(): Promise<string[]> {
    const entry = await this.ctx.store.contacts.get('teams', INDEX);
    const teams = (entry?.reference as { teams?: unknown } | undefined)?.teams;
    return Array.isArray(teams) ? teams.filter((t): t is string => typeof t === 'string') : [];
  }

  /**
   * Read, change and write the list of teams under a short claim, so two
   * instances hearing of two installs at once keep both.
   */
  private async updateIndex(change: (teams: string[]) => string[]): Promise<void> {
    const { leases } = this.ctx.store;
    let token: string | null = null;
    for (let attempt = 0; attempt < 40 && token === null; attempt++) {
      token = await leases.acquire(INDEX_LEASE, 5_000);
      if (token === null) await new Promise((r) => setTimeout(r, 50));
    }
    try {
      const before = await this.installedTeams();
      const after = change(before);
      if (after.length === before.length && after.every((t, i) => t === before[i])) return;
      await this.ctx.store.contacts.set({ platform: 'teams', userId: INDEX, reference: { teams: after }, updatedAt: this.now() });
    } finally {
      if (token !== null) await leases.release(INDEX_LEASE, token);
    }
  }
}
