import { loadConfig } from '../../config/config';
import { accessOf, platformOfEntry } from '../../core/person';
import { InputError } from '../../errors';
import { translate } from '../../i18n/translate';
import { createLogger } from '../../logger';
import { loadProgram } from '../../program/load-program';
import { EXIT } from '../../report-error';
import { createWorkbenchRepository } from '../../workbench/workbench-repository';
import { WorkbenchService } from '../../workbench/workbench-service';
import type { CliIo } from '../cli-io';
import { parseCommandArgs, positiveInt } from '../parse-args';
import { withStore } from '../with-store';

/**
 * `lnb workbench PROGRAM.yaml --round N --as USER_ID [--network ID]`: prints
 * a link that opens the round's workbench for that person (a coordinator, or
 * a leader for their network), valid an hour, on the store the bot uses.
 * Nobody else gets one.
 */
export async function workbenchCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { round: { type: 'string' }, as: { type: 'string' }, network: { type: 'string' } },
    io,
  );
  const t = (key: string, vars?: Record<string, string | number>) => translate(io.locale, key, vars);
  const fail = (path: string, message: string) => new InputError([{ path, message }]);
  const file = positionals[0];
  if (!file) throw fail('lnb workbench', t('cli.badArgs', { detail: 'PROGRAM.yaml' }));
  const round = positiveInt(values.round, '--round', io);
  if (round === undefined) throw fail('--round', t('cli.badArgs', { detail: '--round N' }));
  if (!values.as) throw fail('--as', t('cli.badArgs', { detail: '--as USER_ID' }));
  const program = await loadProgram(file, io.locale, io.cwd);
  if (!program.rounds.some((r) => r.number === round)) {
    throw fail('--round', t('workbench.cli.unknownRound', { round, known: program.rounds.map((r) => r.number).join(', ') }));
  }
  const person = platformOfEntry(program, values.as);
  const access = accessOf(program, person);
  let network = values.network;
  if (!access.coordinator && network === undefined) {
    if (access.leads.length === 1) network = access.leads[0];
    else if (access.leads.length > 1) throw fail('--network', t('workbench.cli.needsNetwork', { user: values.as, networks: access.leads.join(', ') }));
  }
  const config = loadConfig(io.env, {}, io.locale);
  const baseUrl = () => config.PUBLIC_URL ?? `http://${!config.HOST || config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const url = await withStore(io, async (store) => {
    const service = new WorkbenchService({
      ctx: { program, store, clock: { now: () => io.now() }, log: createLogger('silent'), ports: {} },
      repo: createWorkbenchRepository(store.workbench, store.leases),
      baseUrl,
      fileLink: async () => {
        throw new Error('the command line publishes nothing');
      },
    });
    return service.mintLink(person, { program: program.program.id, round, ...(network !== undefined ? { network } : {}) });
  });
  if (!url) throw fail('--as', t('workbench.cli.refused', { user: values.as }));
  io.stdout(`${url}\n`);
  return EXIT.ok;
}
