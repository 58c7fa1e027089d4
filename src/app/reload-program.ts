import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BotContext } from '../core/bot-context';
import { type KeptReason, programKeptMessage } from '../core/messages/program-kept-message';
import { asCodedError, ConfigError, type Problem, ProgramError } from '../errors';
import type { Locale } from '../i18n/translate';
import { diffProgram, type ProgramChanges } from '../program/diff-program';
import { parseProgram } from '../program/load-program';
import type { Program } from '../program/schema';
import { tellCoordinators } from '../schedule/tell-coordinators';

/** One version of the program file as read: its text and a hash of it. */
export interface ProgramSource {
  text: string;
  /** Compared at every check: a time stamp alone misses an edit within its resolution (a second on some file systems). */
  hash: string;
}

export type ReloadOutcome =
  | { status: 'unchanged' }
  | { status: 'reloaded'; changes: ProgramChanges }
  | { status: 'kept'; reason: 'invalid' | 'idChanged' | 'missing' | 'unreadable' };

export interface ReloaderDeps {
  ctx: BotContext;
  /** PROGRAM_FILE as given; messages name it so. */
  file: string;
  cwd: string;
  /** What the running program was read from at start. */
  loaded: ProgramSource;
  /** The language of the log lines' problems (the console's, LNB_LANG). */
  logLocale: Locale;
  /**
   * An invalid file is read again after this long before anyone is told:
   * an editor that writes in place can be caught halfway through a save.
   */
  settleMs?: number;
  /** What else a version must pass to be taken in (start-bot: its networks' platforms are configured); throws ConfigError. */
  accept?: (program: Program, locale: Locale) => void;
}

export interface ProgramReloader {
  /** Looks at the file now (the watcher and every tick call it); resolves once it is handled. Checks run one at a time. */
  check(): Promise<ReloadOutcome>;
  /** No more checks; waits for the one under way. */
  stop(): Promise<void>;
}

/** A notice about one bad version goes out once, also between instances sharing a Redis store. */
const TOLD_LEASE_MS = 60 * 60_000;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** The file's text; undefined when it is not there (mid-rename, or deleted). */
export async function readProgramSource(path: string): Promise<ProgramSource | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    return { text, hash: hashOf(text) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

type Parsed = { ok: true; program: Program } | { ok: false; problems: Problem[] };

/**
 * Takes edits of the program file in while the bot runs. A valid version
 * replaces `ctx.program` in one assignment (everything reads `ctx.program`
 * when it needs it; a tick of the schedule keeps the version it began
 * with). An invalid one leaves the running program in place: the problems
 * are logged at warn, and the coordinators are told once per version what
 * to fix. A version with another `program.id` is refused the same way,
 * since replies, links and the send ledger are keyed by the id. Nothing
 * already sent is sent again: the schedule re-plans from its ledger.
 */
export function createProgramReloader(deps: ReloaderDeps): ProgramReloader {
  const { ctx, file } = deps;
  const path = resolve(deps.cwd, file);
  const settleMs = deps.settleMs ?? 500;
  /** The hash of the last version looked at, good or bad. */
  let seenHash = deps.loaded.hash;
  /** The file was not there at the last check (said once in the log). */
  let gone = false;
  /** The hash of the version running now. */
  let runningHash = deps.loaded.hash;
  /** Bad versions the coordinators were told about since the last good one. */
  const told = new Set<string>();
  let queue: Promise<ReloadOutcome> = Promise.resolve({ status: 'unchanged' });
  let stopped = false;

  const parse = (text: string, locale: Locale): Parsed => {
    try {
      const program = parseProgram(text, file, locale);
      deps.accept?.(program, locale);
      return { ok: true, program };
    } catch (e) {
      if (e instanceof ProgramError || e instanceof ConfigError) return { ok: false, problems: e.problems };
      return { ok: false, problems: [{ path: file, message: asCodedError(e).message }] };
    }
  };

  async function tell(hash: string, reason: KeptReason): Promise<void> {
    const program = ctx.program;
    if (told.has(hash)) return;
    told.add(hash);
    const id = program.program.id;
    // Instances that run the same version and see the same bad one tell once between them.
    const claim = `program/${id}/kept/${runningHash.slice(0, 16)}/${hash.slice(0, 16)}`;
    if (!(await ctx.store.leases.acquire(claim, TOLD_LEASE_MS).catch(() => 'unknown'))) return;
    const message = programKeptMessage(file, reason, program.program.locale);
    await tellCoordinators(ctx, () => message, `program/${id}/kept/${hash.slice(0, 16)}`);
  }

  async function once(): Promise<ReloadOutcome> {
    if (stopped) return { status: 'unchanged' };
    // The file is small: it is read and hashed at every check.
    let source = await readProgramSource(path);
    if (source?.hash === seenHash) {
      gone = false;
      return { status: 'unchanged' };
    }
    let parsed = source && parse(source.text, ctx.program.program.locale);
    // A save in progress (or a rename's gap) can look broken: read again after a pause; only a version that stays is judged.
    for (let i = 0; i < 3 && (!source || (parsed && !parsed.ok)) && source?.hash !== seenHash; i++) {
      await new Promise((r) => setTimeout(r, settleMs));
      const again = await readProgramSource(path);
      if (again?.hash === source?.hash) break;
      source = again;
      parsed = source && parse(source.text, ctx.program.program.locale);
    }
    if (!source || !parsed) {
      if (gone) return { status: 'unchanged' };
      ctx.log.warn({ file }, 'program: the program file is gone; the running program is kept');
      gone = true;
      return { status: 'kept', reason: 'missing' };
    }
    gone = false;
    const known = source.hash === seenHash;
    seenHash = source.hash;
    // Changed back to the version seen last while it settled: nothing to do.
    if (known) return { status: 'unchanged' };

    const running = ctx.program;
    if (!parsed.ok) {
      const logged = deps.logLocale === running.program.locale ? parsed.problems : (parse(source.text, deps.logLocale) as { problems: Problem[] }).problems;
      ctx.log.warn(
        { file, problems: logged.map((p) => `${p.path}: ${p.message}`) },
        'program: the edited program file has problems; the running program is kept',
      );
      await tell(source.hash, { kind: 'invalid', problems: parsed.problems });
      return { status: 'kept', reason: 'invalid' };
    }
    const next = parsed.program;
    if (next.program.id !== running.program.id) {
      ctx.log.warn(
        { file, from: running.program.id, to: next.program.id },
        'program: the edited program file has another program.id, which cannot change while the bot runs (replies and the schedule are kept under it); the running program is kept',
      );
      await tell(source.hash, { kind: 'idChanged', from: running.program.id, to: next.program.id });
      return { status: 'kept', reason: 'idChanged' };
    }
    // The one assignment: from here every handler and the next tick see the new version.
    ctx.program = next;
    runningHash = source.hash;
    told.clear();
    const changes = diffProgram(running, next);
    ctx.log.info({ file, ...changes }, 'program: reloaded');
    return { status: 'reloaded', changes };
  }

  const run = () =>
    once().catch((e: unknown) => {
      ctx.log.warn({ file, err: asCodedError(e).message }, 'program: could not read the program file; the running program is kept');
      return { status: 'kept', reason: 'unreadable' } as const;
    });

  return {
    check() {
      queue = queue.then(run);
      return queue;
    },
    async stop() {
      stopped = true;
      await queue;
    },
  };
}
