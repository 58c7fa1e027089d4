import { ErrorCode, InputError, type Problem } from '../errors';

/** An error as it crosses between threads: plain data only. */
export interface PlainError {
  name: string;
  message: string;
  code?: string;
  problems?: Problem[];
  stack?: string;
}

/** What a thread can post about an error it caught. */
export function toPlainError(e: unknown): PlainError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const { code, problems } = e as { code?: unknown; problems?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(Array.isArray(problems) ? { problems: problems as Problem[] } : {}),
    ...(e.stack ? { stack: e.stack } : {}),
  };
}

/**
 * The error again on this side: an InputError (the one coded error a
 * compilation raises, for a round the program lacks) as an InputError with
 * its problems; anything else as a plain Error with the same name and message.
 */
export function fromPlainError(p: PlainError): Error {
  const e = p.code === ErrorCode.InputInvalid && p.problems ? new InputError(p.problems) : new Error(p.message);
  if (!(e instanceof InputError)) e.name = p.name;
  // The stack of the worker, where it was thrown: the one worth reading.
  if (p.stack) e.stack = p.stack;
  return e;
}
