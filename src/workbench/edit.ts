import { z } from 'zod';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

/**
 * One change a coordinator (or leader) makes on the workbench. Themes and
 * replies are named by id, never by text, so the log holds no reply text.
 */
export const editSchema = z.discriminatedUnion('kind', [
  /** A reply into a theme, or (to: null) out of every theme, left unplaced. */
  z.strictObject({ kind: z.literal('move'), question: id, reply: id, to: id.nullable() }),
  z.strictObject({ kind: z.literal('merge'), question: id, from: id, into: id }),
  /** Some replies of a theme out into a new theme, placed right after it. */
  z.strictObject({ kind: z.literal('split'), question: id, theme: id, replies: z.array(id).min(1).max(500), label: text(200).min(1) }),
  z.strictObject({ kind: z.literal('rename'), question: id, theme: id, label: text(200).min(1) }),
  /** The theme to position `to` (0 first) among its question's themes. */
  z.strictObject({ kind: z.literal('reorder'), question: id, theme: id, to: z.number().int().min(0).max(1000) }),
  z.strictObject({ kind: z.literal('summary'), question: id, theme: id, text: text(5000) }),
  /** The theme's quotes, by reply: at most three, each from a reply whose author said yes. */
  z.strictObject({ kind: z.literal('quotes'), question: id, theme: id, replies: z.array(id).max(3) }),
  /** A reply not to be used anywhere in the compilation (or used again). */
  z.strictObject({ kind: z.literal('exclude'), reply: id, excluded: z.boolean() }),
  z.strictObject({ kind: z.literal('reflection'), text: text(20_000) }),
]);

export type Edit = z.infer<typeof editSchema>;

/** One entry of a program round's edit log: an edit, or the undoing of an earlier one. */
export interface EditEntry {
  /** 1, 2, 3 … in the order the store took them. */
  seq: number;
  /** Who made it, as `platform:userId` (never shown on the page). */
  by: string;
  at: string;
  edit?: Edit;
  /** This entry undoes entry `undo`. */
  undo?: number;
}

/** The edits in force: in log order, without those undone. */
export function activeEdits(log: readonly EditEntry[]): Edit[] {
  const undone = new Set(log.flatMap((e) => (e.undo !== undefined ? [e.undo] : [])));
  return log.flatMap((e) => (e.edit && !undone.has(e.seq) ? [e.edit] : []));
}

/** The latest of `by`'s edits still in force, the one Ångra takes back; undefined when there is none. */
export function lastUndoable(log: readonly EditEntry[], by: string): EditEntry | undefined {
  const undone = new Set(log.flatMap((e) => (e.undo !== undefined ? [e.undo] : [])));
  return [...log].reverse().find((e) => e.edit && e.by === by && !undone.has(e.seq));
}

/** The version a compilation is at: the log's length, so every change (and every undo) makes a new one. */
export const versionOf = (log: readonly EditEntry[]): number => log.length;
