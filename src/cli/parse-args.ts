import { type ParseArgsConfig, parseArgs } from 'node:util';
import { asCodedError, InputError } from '../errors';
import { translate } from '../i18n/translate';
import type { CliIo } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its complaints turned into a localised InputError. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, io: CliIo) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const detail = asCodedError(e).message;
    throw new InputError([{ path: 'lnb', message: translate(io.locale, 'cli.badArgs', { detail }) }]);
  }
}

/** A whole positive number from an option, or an InputError naming the option. */
export function positiveInt(value: string | undefined, option: string, io: CliIo): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError([{ path: option, message: translate(io.locale, 'cli.notNumber', { value }) }]);
  }
  return Number(value);
}
