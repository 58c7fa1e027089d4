import { type Activity, type CloudAdapter, type ConversationParameters, type ConversationReference, TeamsInfo, type TurnContext } from 'botbuilder';
import { renderDocx } from '../compile/render-docx';
import type { BotContext } from '../core/bot-context';
import type { OutgoingMessage } from '../core/outgoing-message';
import type { Person } from '../core/person';
import type { ChannelPort, ChannelTarget, CompilationDelivery, Receipt } from '../core/port';
import { asCodedError, DeliveryError } from '../errors';
import { translate } from '../i18n/translate';
import type { FileLinks } from '../platform/file-links';
import { withTimeout } from '../platform/with-timeout';
import { cardActivity } from './cards/adaptive-card';
import { compilationCard } from './cards/compilation-card';
import { messageCard } from './cards/message-card';
import { asContactReference } from './contact-reference';
import { conversationContactId, isUsableReference } from './conversation';
import { isUnreachable, platformFailure } from './platform-failure';
import { TeamChannels } from './team-channels';
import { DEFAULT_RETRY, type RetryOptions, withRetry } from './with-retry';

export interface TeamsPortDeps {
  ctx: BotContext;
  adapter: CloudAdapter;
  /** Empty in local mode, where Bot Framework authentication is off. */
  appId: string;
  files: FileLinks;
  retry?: RetryOptions;
  /** How long one connector call may take; a timed-out call is not retried here (it may have arrived). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The rules' view of Teams. Everything it sends is proactive: it continues
 * a conversation from a stored reference (from an install, a link, or the
 * person's own messages), through the real CloudAdapter and Bot Connector.
 *
 * `findPosted` answers undefined: Teams cannot search a channel by our
 * key, and keeping a second record of sent keys would duplicate the
 * scheduler's ledger, which already marks a send pending before it goes.
 * For the same reason there is no `findDirect`: the ledger notes each person
 * a private message reached, so only a crash in the instant between one
 * send and its note can repeat that one message.
 */
export class TeamsPort implements ChannelPort {
  readonly platform = 'teams' as const;

  /** The teams and channels the bot knows, in the store. */
  readonly channels: TeamChannels;

  constructor(private readonly deps: TeamsPortDeps) {
    this.channels = new TeamChannels(deps.ctx);
  }

  private get timeoutMs(): number {
    return this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private get retry(): RetryOptions {
    return this.deps.retry ?? DEFAULT_RETRY;
  }

  /** Sends one activity into a conversation; the connector's errors come out as DeliveryError. */
  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<Receipt> {
    try {
      const id = await withRetry(() => withTimeout(this.continueWith(reference, (turn) => turn.sendActivity(activity)), this.timeoutMs), this.deps.ctx.clock, this.retry);
      return { id: id?.id ?? '' };
    } catch (e) {
      throw toDeliveryError(e);
    }
  }

  /**
   * Runs `logic` in a proactive turn and hands back its result or error.
   * The adapter would pass an error to its turn-error handler and swallow
   * it; the caller needs it, to retry or to report.
   */
  private async continueWith<T>(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<T>): Promise<T> {
    let result: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await this.deps.adapter.continueConversationAsync(this.deps.appId, reference, async (turn) => {
      try {
        result = { ok: true, value: await logic(turn) };
      } catch (error) {
        result = { ok: false, error };
      }
    });
    if (!result) throw new Error('proactive turn did not run');
    if (!result.ok) throw result.error;
    return result.value;
  }

  /**
   * Where to post for a network: its link's reference, else what the bot knows
   * of the channel (a team's install, or a channel of an installed team). A
   * channel it has not heard of is looked for once in the installed teams'
   * channel lists (it may have been made while the bot was down).
   */
  private async channelReference(target: ChannelTarget): Promise<Partial<ConversationReference>> {
    if (isUsableReference(target.reference)) return target.reference;
    const known = await this.channels.reference(target.channel);
    if (known) return known;
    await this.refreshChannels();
    const found = await this.channels.reference(target.channel);
    if (found) return found;
    throw new DeliveryError('unreachable', `no conversation reference for ${target.channel}: the app is not installed in its team`);
  }

  /** Asks Teams for a team's channels and keeps which team each belongs to. */
  async syncTeam(teamId: string): Promise<void> {
    const team = await this.deps.ctx.store.contacts.get('teams', conversationContactId(teamId));
    if (!isUsableReference(team?.reference)) return;
    const reference = team.reference;
    let list: { id?: string; name?: string }[];
    try {
      list = await withRetry(() => withTimeout(this.continueWith(reference, (turn) => TeamsInfo.getTeamChannels(turn, teamId)), this.timeoutMs), this.deps.ctx.clock, this.retry);
    } catch (e) {
      throw toDeliveryError(e);
    }
    for (const channel of list) if (channel.id) await this.channels.rememberChannel(teamId, channel.id, channel.name);
  }

  /** Every installed team's channel list again; a team that fails is logged and skipped. */
  async refreshChannels(): Promise<void> {
    for (const teamId of await this.channels.installedTeams()) {
      try {
        await this.syncTeam(teamId);
      } catch (e) {
        this.deps.ctx.log.warn({ err: asCodedError(e).message }, 'teams channel list not read');
      }
    }
  }

  async post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt> {
    const receipt = await this.send(await this.channelReference(target), cardActivity(messageCard(message), message.fallback));
    this.deps.ctx.log.info({ network: target.network, key }, 'teams message posted');
    return receipt;
  }

  async findPosted(): Promise<Receipt | undefined> {
    return undefined;
  }

  /**
   * The 1:1 conversation with a person: the one they wrote in, else one
   * opened now through the connector (Teams allows it for members of a
   * team the app is installed in), remembered for next time.
   */
  async personalReference(userId: string): Promise<Partial<ConversationReference>> {
    const { ctx } = this.deps;
    const contact = await ctx.store.contacts.get('teams', userId);
    const stored = asContactReference(contact?.reference);
    if (!contact || !stored) throw new DeliveryError('unreachable', `no conversation with ${userId} yet: they have not written to the bot`);
    if (stored.personal && isUsableReference(stored.personal)) return stored.personal;
    const parameters = {
      isGroup: false,
      bot: stored.bot,
      members: [{ id: stored.memberId }],
      tenantId: stored.tenantId,
      channelData: stored.tenantId ? { tenant: { id: stored.tenantId } } : undefined,
    } as unknown as ConversationParameters;
    let personal: Partial<ConversationReference> | undefined;
    try {
      await withRetry(async () => {
        const opening = this.deps.adapter.createConversationAsync(
          this.deps.appId,
          stored.channelId,
          stored.serviceUrl,
          undefined as unknown as string,
          parameters,
          async (turn) => {
            personal = {
              channelId: stored.channelId,
              serviceUrl: stored.serviceUrl,
              bot: stored.bot,
              conversation: { id: turn.activity.conversation.id, conversationType: 'personal', tenantId: stored.tenantId },
            } as Partial<ConversationReference>;
          },
        );
        await withTimeout(opening, this.timeoutMs);
      }, this.deps.ctx.clock, this.retry);
    } catch (e) {
      throw toDeliveryError(e);
    }
    if (!personal) throw new DeliveryError('failed', 'the connector opened no conversation');
    await ctx.store.contacts.set({ ...contact, reference: { ...stored, personal }, updatedAt: ctx.clock.now().toISOString() });
    return personal;
  }

  async sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt> {
    const receipt = await this.send(await this.personalReference(userId), cardActivity(messageCard(message), message.fallback));
    this.deps.ctx.log.info({ key }, 'teams direct message sent');
    return receipt;
  }

  async deliverCompilation(to: Person, delivery: CompilationDelivery): Promise<void> {
    const { url, expiresAt } = await this.deps.files.add(await renderDocx(delivery.compilation), delivery.fileName);
    const hours = Math.round((expiresAt.getTime() - this.deps.ctx.clock.now().getTime()) / 3_600_000);
    const card = compilationCard(delivery.message, {
      url,
      label: translate(delivery.locale, 'teams.summary.download'),
      note: translate(delivery.locale, 'teams.summary.expires', { hours }),
    }, delivery.workbench);
    await this.send(await this.personalReference(to.userId), cardActivity(card, delivery.message.fallback));
  }
}

export function toDeliveryError(e: unknown): DeliveryError {
  if (e instanceof DeliveryError) return e;
  const failure = platformFailure(e);
  const detail = [failure.status, failure.code, failure.message].filter((x) => x !== undefined).join(' ');
  return new DeliveryError(isUnreachable(failure) ? 'unreachable' : 'failed', detail);
}
