/**
 * Every error the bot raises on purpose. Each has a stable `code` that callers
 * (and the CLI's exit codes) branch on, and carries only what a caller needs.
 */
export const ErrorCode = {
  ConfigInvalid: 'lnb_config_invalid',
  ProgramInvalid: 'lnb_program_invalid',
  ProgramNotFound: 'lnb_program_not_found',
  StoreUnavailable: 'lnb_store_unavailable',
  StoreUrlInvalid: 'lnb_store_url_invalid',
  InputInvalid: 'lnb_input_invalid',
  DeliveryFailed: 'lnb_delivery_failed',
  CompileTimeout: 'lnb_compile_timeout',
  /** Something the bot did not raise on purpose, and that brought no code of its own (see asCodedError). */
  Unknown: 'lnb_unknown',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem in a file or setting: where it is and what to do about it. */
export interface Problem {
  /** Dotted path into the file, like `rounds[2].meeting`, or `line 4` for a JSONL file. */
  path: string;
  /** The localised message, including how to fix it. */
  message: string;
}

export abstract class LnbError extends Error {
  abstract readonly code: ErrorCode;
}

/** The environment is wrong; `problems` lists every variable at fault. */
export class ConfigError extends LnbError {
  readonly code = ErrorCode.ConfigInvalid;
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** The program file is wrong; `problems` lists every fault at once. */
export class ProgramError extends LnbError {
  readonly code = ErrorCode.ProgramInvalid;
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export class ProgramNotFoundError extends LnbError {
  readonly code = ErrorCode.ProgramNotFound;
  constructor(readonly file: string) {
    super(`program file not found: ${file}`);
  }
}

/** Input the user gave (a JSONL file, a command's arguments) is wrong. */
export class InputError extends LnbError {
  readonly code = ErrorCode.InputInvalid;
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

export class StoreUrlError extends LnbError {
  readonly code = ErrorCode.StoreUrlInvalid;
  constructor(readonly url: string) {
    super(`STORE_URL "${url}" is not supported; use sqlite://PATH, sqlite:///ABSOLUTE/PATH or redis://HOST:PORT`);
  }
}

/** The store could not do what was asked. The reply (if any) was not saved. */
export class StoreError extends LnbError {
  readonly code = ErrorCode.StoreUnavailable;
  constructor(
    readonly operation: string,
    cause: unknown,
  ) {
    super(`store ${operation} failed: ${asCodedError(cause).message}`, { cause });
  }
}

/**
 * A platform would not take a message. `unreachable` means retrying will not
 * help until someone acts (the bot is not in the channel, it was archived, the
 * app is not installed there); anything else may pass on a later try.
 */
export class DeliveryError extends LnbError {
  readonly code = ErrorCode.DeliveryFailed;
  constructor(
    readonly reason: 'unreachable' | 'failed',
    readonly platformError: string,
  ) {
    super(`delivery failed (${reason}): ${platformError}`);
  }
}

/** A compilation took longer than its time limit (`COMPILE_TIMEOUT_MS`) and was stopped. */
export class CompileTimeoutError extends LnbError {
  readonly code = ErrorCode.CompileTimeout;
  constructor(readonly timeoutMs: number) {
    super(`compilation stopped after ${timeoutMs} ms`);
  }
}

export function isLnbError(e: unknown): e is LnbError {
  return e instanceof LnbError;
}

/** A failure as a code and a message, nothing more: what a log line, a ledger note or a reply may carry. */
export interface CodedError {
  /** An ErrorCode for ours; else the code the error brought (`ENOENT`, a Slack Web API code), else `lnb_unknown`. */
  readonly code: string;
  readonly message: string;
}

/**
 * Any thrown value as a coded error: the one way to turn what a `catch`
 * caught into something to log or record. The message is the value's own
 * (an Error's, or a thrown object's `message` when it is text), else the
 * value as text. Only the code and the message are kept; the stack, the
 * cause and whatever else the value carries (problems, a request, a
 * platform's response) stay behind, so no payload reaches a log by way of
 * an error.
 */
export function asCodedError(e: unknown): CodedError {
  if (isLnbError(e)) return { code: e.code, message: e.message };
  // An Error, or what an SDK threw that is shaped like one without being one.
  const { code, message } = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' && code !== '' ? code : ErrorCode.Unknown,
    message: typeof message === 'string' ? message : String(e),
  };
}
