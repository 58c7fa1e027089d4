/**
 * The schedule's own reasons, as named codes. Each is written to the send
 * ledger (an entry's `detail`) and read back or compared, so the words are
 * stable: change one and the ledgers already stored say something else.
 */

/** Why a due action was recorded as dropped instead of sent. */
export const DropReason = {
  /** Past the point where it makes sense (the meeting, the deadline, the round's questions). */
  TooLate: 'too-late',
  /** A nudge to leaders whose group minutes are in already. */
  MinutesIn: 'minutes-in',
  /** A reminder due with, or within a day after, its round's questions, which say the same. */
  JustPosted: 'just-posted',
  /** A warning about networks without a channel, when every network has one by now. */
  AllLinked: 'all-linked',
  /** A private notice with nobody to send it to (no leaders, no coordinators). */
  NobodyToTell: 'nobody-to-tell',
} as const;
export type DropReason = (typeof DropReason)[keyof typeof DropReason];

/** A DeliveryError's `platformError` when the bot itself, before any platform is asked, has nowhere to send. */
export const SendProblem = {
  /**
   * A network with no channel linked or in the file. A state (status shows it,
   * the coordinators were warned before the round), not a refusal to tell them about.
   */
  NoChannel: 'no-channel',
} as const;
export type SendProblem = (typeof SendProblem)[keyof typeof SendProblem];
