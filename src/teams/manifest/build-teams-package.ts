import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Problem } from '../../errors';
import { type Locale, translate } from '../../i18n/translate';
import { writeZip } from './zip-writer';

/** Where the manifest, icons and localisation files live, from the repository root. */
export const TEAMS_MANIFEST_DIR = join(__dirname, '../../../manifests/teams');

const FILES = ['manifest.json', 'sv.json', 'en.json', 'color.png', 'outline.png'] as const;
/** Teams takes MAJOR.MINOR.PATCH, numbers only; an update must raise it. */
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
export const DEFAULT_APP_VERSION = '1.0.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The app package an admin uploads to Teams: the manifest with the app id
 * (Teams app id and bot id are the Azure bot's app id) and the public
 * address filled in, its icons and its sv/en localisation, zipped flat as
 * Teams requires. Throws InputError for an app id that is not a GUID or an
 * address Teams would refuse (it must be https), or a version that is not
 * MAJOR.MINOR.PATCH (Teams needs a higher one for each update).
 */
export async function buildTeamsPackage(
  appId: string,
  publicUrl: string,
  locale: Locale = 'sv',
  dir = TEAMS_MANIFEST_DIR,
  version = DEFAULT_APP_VERSION,
): Promise<Buffer> {
  const problems: Problem[] = [];
  if (!GUID.test(appId.trim())) problems.push({ path: 'MicrosoftAppId', message: translate(locale, 'teams.manifest.appId', { value: appId }) });
  let url: URL | undefined;
  try {
    url = new URL(publicUrl);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') problems.push({ path: 'PUBLIC_URL', message: translate(locale, 'teams.manifest.publicUrl', { value: publicUrl }) });
  if (!VERSION.test(version)) problems.push({ path: '--version', message: translate(locale, 'teams.manifest.version', { value: version }) });
  if (problems.length > 0 || !url) throw new InputError(problems);

  const base = url.toString().replace(/\/+$/, '');
  const values: Record<string, string> = { TEAMS_APP_ID: appId.trim(), BOT_ID: appId.trim(), PUBLIC_URL: base, BOT_DOMAIN: url.host, APP_VERSION: version };
  const entries = await Promise.all(
    FILES.map(async (name) => {
      let data = await readFile(join(dir, name));
      if (name === 'manifest.json') {
        const filled = data.toString('utf8').replace(/\$\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
        // Parse to be sure the result is JSON and no placeholder was left unfilled.
        JSON.parse(filled);
        if (/\$\{\{/.test(filled)) throw new Error('manifest.json has a placeholder the builder does not know');
        data = Buffer.from(filled, 'utf8');
      }
      return { name, data };
    }),
  );
  return writeZip(entries);
}
