import type { Compilation } from '../compile/types';
import type { BotContext } from '../core/bot-context';
import { targetOf } from '../core/channel-of';
import type { OutgoingMessage } from '../core/outgoing-message';
import { postToChannel } from '../core/post-to-channel';
import { summaryMessage } from '../core/summary-message';
import { asCodedError } from '../errors';
import { translate } from '../i18n/translate';
import { sendDirectOnce } from '../schedule/send-direct-once';
import { type LedgerKey, ledgerKey } from '../store/ledger-repository';

const LEASE_MS = 60_000;

export interface PublishOutcome {
  /** Networks whose channel got the compilation now. */
  posted: string[];
  /** Networks whose channel already had this version. */
  already: string[];
  /**
   * Networks with no channel yet: a state, not a failure (as for round posts). Nothing is
   * recorded, so once a channel is linked the next publish of this version goes there.
   */
  unlinked: string[];
  /** Networks whose platform is not connected or refused (named with why). */
  failed: { network: string; reason: string }[];
}

/** The channel version: the chat summary's themes and counts, and where the Word file is. */
export function publishedMessage(c: Compilation, fileUrl: string): OutgoingMessage {
  const base = summaryMessage(c);
  const number = c.round?.number ?? 0;
  const t = (key: string, vars?: Record<string, string | number>) => translate(c.locale, key, vars);
  const [, ...rest] = base.blocks;
  return {
    fallback: t('workbench.published.fallback', { number }),
    blocks: [
      { type: 'heading', text: t('workbench.published.heading', { number }) },
      ...rest.filter((b) => !(b.type === 'context' && (b.text === t('bot.summary.more') || b.text === t('bot.summary.moreEdited')))),
      { type: 'link', label: t('workbench.published.file'), url: fileUrl },
    ],
    actions: [],
  };
}

/**
 * Sends a compilation's version to every network's channel, at most once
 * each, as the schedule sends a round: a lease per network and version (so
 * of several instances one acts), the ledger marked `pending` before the
 * post and `sent` after, and after a crash in between the platform asked
 * whether the post is there (by its key) before posting again. Then each
 * posted network's leaders are told privately, once.
 */
export async function publishCompilation(
  ctx: BotContext,
  round: number,
  version: number,
  message: OutgoingMessage,
  leaderNote: OutgoingMessage,
): Promise<PublishOutcome> {
  const { program, store } = ctx;
  const out: PublishOutcome = { posted: [], already: [], unlinked: [], failed: [] };
  for (const network of program.networks) {
    const key: LedgerKey = { program: program.program.id, round, network: network.id, action: 'publish', slot: version };
    const name = ledgerKey(key);
    const token = await store.leases.acquire(name, LEASE_MS);
    if (!token) {
      out.already.push(network.id);
      continue;
    }
    const stamp = () => ctx.clock.now().toISOString();
    try {
      const entry = await store.ledger.get(key);
      if (entry?.status === 'sent') {
        out.already.push(network.id);
        continue;
      }
      const target = await targetOf(ctx, network);
      if (!target) {
        ctx.log.debug({ network: network.id, round, version }, 'workbench: no channel yet, not published there');
        out.unlinked.push(network.id);
        continue;
      }
      const port = ctx.ports[target.platform];
      if (!port) {
        const reason = `no ${target.platform} connection`;
        await store.ledger.set({ ...key, status: 'failed', detail: reason, updatedAt: stamp() });
        out.failed.push({ network: network.id, reason });
        continue;
      }
      const fence = async () => {
        if (!(await store.leases.holds(name, token))) throw new Error('the publish lease lapsed');
      };
      const resuming = entry !== undefined;
      await store.ledger.set({ ...key, status: 'pending', reached: entry?.reached, attempts: (entry?.attempts ?? 0) + 1, updatedAt: stamp() });
      try {
        const receipt = await postToChannel(ctx, port, target, message, name, { resuming, fence });
        await store.ledger.set({ ...key, status: 'sent', receipt: receipt.id, reached: entry?.reached, updatedAt: stamp() });
        out.posted.push(network.id);
        const reached: Record<string, string> = { ...entry?.reached };
        for (const leader of network.leaders) {
          try {
            reached[leader] = await sendDirectOnce(ctx, leader, () => leaderNote, name, { resuming, reached, fence });
            await store.ledger.set({ ...key, status: 'sent', receipt: receipt.id, reached: { ...reached }, updatedAt: stamp() });
          } catch (e) {
            ctx.log.warn({ network: network.id, err: asCodedError(e).message }, 'workbench: a leader was not told');
          }
        }
      } catch (e) {
        const reason = asCodedError(e).message;
        await store.ledger.set({ ...key, status: 'failed', detail: reason, reached: entry?.reached, updatedAt: stamp() });
        out.failed.push({ network: network.id, reason });
      }
    } finally {
      await store.leases.release(name, token).catch(() => undefined);
    }
  }
  ctx.log.info(
    { round, version, posted: out.posted.length, already: out.already.length, unlinked: out.unlinked.length, failed: out.failed.length },
    'workbench: published',
  );
  return out;
}
