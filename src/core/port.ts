import type { Compilation } from '../compile/types';
import type { Locale } from '../i18n/translate';
import type { OutgoingMessage } from './outgoing-message';
import type { Person, Platform } from './person';

/** A network's channel on one platform. */
export interface ChannelTarget {
  /** The platform the channel is on: the link's, else the network's. */
  platform: Platform;
  program: string;
  network: string;
  channel: string;
  /** The platform's own address data (a Teams conversation reference), opaque here. */
  reference?: unknown;
}

/** What a platform returned for a message: a Slack `ts`, a Teams activity id. */
export interface Receipt {
  id: string;
}

/**
 * How long one instance holds a scheduled send before another may take it
 * over. A port must end a send (its retries included) well within it, so a
 * slow platform cannot make two instances send the same post.
 */
export const SEND_LEASE_MS = 60_000;

/** A finished compilation on its way to the person who asked for it. */
export interface CompilationDelivery {
  compilation: Compilation;
  /** A short chat version: head, themes, counts. */
  message: OutgoingMessage;
  /** The name of the Word file the port renders from `compilation` (render-docx) and attaches. */
  fileName: string;
  locale: Locale;
  /** Öppna i arbetsytan: a link for this person to shape the compilation, shown beside the Word file. */
  workbench?: { url: string; label: string };
}

/**
 * The one thing the rules know about a chat platform. Slack and Teams
 * adapters (and the local web chat) implement it; the schedule, the summary
 * and the status code call it and never import Bolt or botbuilder.
 *
 * `key` is a stable id for one logical message (the ledger key). Adapters
 * attach it where the platform allows (Slack message metadata) so
 * `findPosted` and `findDirect` can tell, after a crash, whether a message
 * already went out. Failures throw DeliveryError.
 */
export interface ChannelPort {
  readonly platform: Platform;
  post(target: ChannelTarget, message: OutgoingMessage, key: string): Promise<Receipt>;
  /** The receipt of an earlier `post` with this key, when the platform can tell; else undefined. */
  findPosted(target: ChannelTarget, key: string): Promise<Receipt | undefined>;
  /** A private message to one person (a nudge, a notice to a coordinator). */
  sendDirect(userId: string, message: OutgoingMessage, key: string): Promise<Receipt>;
  /**
   * The receipt of an earlier `sendDirect` to this person with this key, else
   * undefined. Absent where the platform cannot search private messages
   * (Teams): there only the ledger's note of who was reached prevents a repeat.
   */
  findDirect?(userId: string, key: string): Promise<Receipt | undefined>;
  deliverCompilation(to: Person, delivery: CompilationDelivery): Promise<void>;
}

export type Ports = Partial<Record<Platform, ChannelPort>>;
