import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { isPublicUrl } from '../../config/config';
import { InputError } from '../../errors';
import { translate } from '../../i18n/translate';
import { EXIT } from '../../report-error';
import { SLACK_EVENTS_PATH } from '../../slack/slack-events-path';
import { buildTeamsPackage } from '../../teams/manifest/build-teams-package';
import type { CliIo } from '../cli-io';
import { parseCommandArgs } from '../parse-args';

/** The repository's manifests folder, from src/cli/commands or dist/cli/commands alike. */
const MANIFESTS = join(__dirname, '..', '..', '..', 'manifests');

function publicUrl(io: CliIo): string {
  const raw = io.env.PUBLIC_URL?.trim();
  if (!raw) throw new InputError([{ path: 'PUBLIC_URL', message: translate(io.locale, 'slack.manifest.noPublicUrl') }]);
  // The same rule as the running bot's configuration, so a manifest is never
  // printed for an address the bot would refuse to start with.
  if (!isPublicUrl(raw)) throw new InputError([{ path: 'PUBLIC_URL', message: translate(io.locale, 'config.error.publicUrl', { value: raw }) }]);
  return raw.replace(/\/+$/, '');
}

/**
 * The Slack manifest: as written (Socket Mode), or with `--http` switched to
 * HTTP mode with every request URL at PUBLIC_URL/slack/events. Comments in
 * the file are kept, so the printed manifest still explains itself.
 */
async function slackManifest(http: boolean, io: CliIo): Promise<string> {
  const doc = parseDocument(await readFile(join(MANIFESTS, 'slack', 'manifest.yml'), 'utf8'));
  if (!http) return doc.toString();
  const url = `${publicUrl(io)}${SLACK_EVENTS_PATH}`;
  doc.setIn(['settings', 'socket_mode_enabled'], false);
  doc.setIn(['settings', 'interactivity', 'request_url'], url);
  const commands = doc.getIn(['features', 'slash_commands']);
  if (isSeq(commands)) for (const command of commands.items) if (isMap(command)) command.set('url', url);
  return doc.toString();
}

interface ManifestOptions {
  http: boolean;
  out: string | undefined;
  version: string | undefined;
}

/**
 * The Teams app package (manifest, icons, sv/en texts) with the app id and
 * PUBLIC_URL filled in, written as a zip to upload in Teams' admin centre.
 */
async function teamsPackage(opts: ManifestOptions, io: CliIo): Promise<string> {
  if (!opts.out) throw new InputError([{ path: '--out', message: translate(io.locale, 'teams.manifest.outRequired') }]);
  const zip = await buildTeamsPackage(io.env.MicrosoftAppId ?? '', io.env.PUBLIC_URL ?? '', io.locale, undefined, opts.version);
  const file = resolve(io.cwd, opts.out);
  await writeFile(file, zip);
  return `${translate(io.locale, 'teams.manifest.written', { file })}\n`;
}

const PLATFORMS: Record<string, (opts: ManifestOptions, io: CliIo) => Promise<string>> = {
  slack: (opts, io) => slackManifest(opts.http, io),
  teams: teamsPackage,
};

/** `lnb manifest slack [--http]` prints the Slack manifest; `lnb manifest teams --out FILE.zip [--version X.Y.Z]` writes the Teams package. */
export async function manifestCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { http: { type: 'boolean' }, out: { type: 'string' }, version: { type: 'string' } }, io);
  const platform = positionals[0] ?? '';
  const print = PLATFORMS[platform];
  if (!print) {
    io.stderr(`${translate(io.locale, 'slack.manifest.unknownPlatform', { platform, platforms: Object.keys(PLATFORMS).join(', ') })}\n`);
    return EXIT.badInput;
  }
  io.stdout(await print({ http: values.http === true, out: values.out, version: values.version }, io));
  return EXIT.ok;
}
