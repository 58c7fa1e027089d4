import { cpSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { InputError } from '../../../src/errors';
import { buildTeamsPackage, TEAMS_MANIFEST_DIR } from '../../../src/teams/manifest/build-teams-package';
import { tempDir } from '../../helpers/temp-dir';
import { pngHeader, readZip } from '../helpers/read-zip';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** The first pixel's alpha of an RGBA PNG whose first row is unfiltered (all IDAT chunks joined). */
function cornerAlpha(png: Buffer): number {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  if (raw[0] !== 0) throw new Error('first row is filtered');
  return raw[4] ?? -1;
}

describe('Teams app package', () => {
  it('holds the filled-in manifest, its icons in the right sizes and both localisations', async () => {
    const zip = readZip(await buildTeamsPackage(APP_ID, 'https://lnb.example.se/'));
    expect([...zip.keys()].sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png', 'sv.json']);

    const manifest = JSON.parse(zip.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toContain('/v1.22/MicrosoftTeams.schema.json');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title).sort()).toEqual(['answer', 'help', 'link', 'my replies', 'status', 'summary']);
    expect(manifest.validDomains).toEqual(['lnb.example.se']);
    // Pages the bot serves itself (test/http/info-pages.test.ts), not the bare root, which answers 404.
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://lnb.example.se/about',
      privacyUrl: 'https://lnb.example.se/privacy',
      termsOfUseUrl: 'https://lnb.example.se/terms',
    });
    expect(manifest.version).toBe('1.0.0');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv',
      defaultLanguageFile: 'sv.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    for (const file of ['sv.json', 'en.json']) {
      const strings = JSON.parse(zip.get(file)?.toString('utf8') ?? '{}');
      expect(strings['name.short']).toBeTruthy();
      expect(strings.$schema).toContain('/v1.22/MicrosoftTeams.Localization.schema.json');
      // Every localised command exists in the manifest.
      for (const key of Object.keys(strings).filter((k) => k.startsWith('bots['))) {
        const m = /^bots\[0\]\.commandLists\[0\]\.commands\[(\d+)\]\.description$/.exec(key);
        expect(m && manifest.bots[0].commandLists[0].commands[Number(m[1])]).toBeTruthy();
      }
    }

    const color = zip.get('color.png') ?? Buffer.alloc(0);
    const outline = zip.get('outline.png') ?? Buffer.alloc(0);
    expect(pngHeader(color)).toMatchObject({ width: 192, height: 192 });
    expect(pngHeader(outline)).toMatchObject({ width: 32, height: 32, colorType: 6 });
    expect(cornerAlpha(outline)).toBe(0);
  });

  it('is the same bytes for the same input', async () => {
    expect((await buildTeamsPackage(APP_ID, 'https://a.example')).equals(await buildTeamsPackage(APP_ID, 'https://a.example'))).toBe(true);
  });

  it('refuses an app id that is no GUID and an address Teams would refuse, naming both', async () => {
    const e = await buildTeamsPackage('my-bot', 'http://localhost:3978').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems.map((p) => p.path)).toEqual(['MicrosoftAppId', 'PUBLIC_URL']);
    expect((e as InputError).message).toMatch(/https/);
  });

  it('refuses a version Teams would not take, in the language asked for, and fills in one it takes', async () => {
    const manifest = JSON.parse(readZip(await buildTeamsPackage(APP_ID, 'https://a.example', 'en', undefined, '2.10.0')).get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.version).toBe('2.10.0');
    for (const bad of ['1.4', 'v1.4.0', '1.04.0', '1.0.0-beta', '']) {
      const e = await buildTeamsPackage(APP_ID, 'https://a.example', 'en', undefined, bad).catch((x: unknown) => x);
      expect((e as InputError).problems?.map((p) => p.path)).toEqual(['--version']);
      expect((e as InputError).message).toMatch(/three numbers/);
    }
  });

  it('takes an address with a path and no trailing slash, and trims spaces around the app id', async () => {
    const manifest = JSON.parse(readZip(await buildTeamsPackage(` ${APP_ID} `, 'https://x.example:8443/lnb')).get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['x.example:8443']);
    expect(manifest.developer.privacyUrl).toBe('https://x.example:8443/lnb/privacy');
  });

  it('refuses a manifest template with a placeholder it does not know, rather than ship it unfilled', async () => {
    const dir = tempDir();
    try {
      cpSync(TEAMS_MANIFEST_DIR, dir.path, { recursive: true });
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifest's placeholders, on purpose
      writeFileSync(`${dir.path}/manifest.json`, JSON.stringify({ id: '${{TEAMS_APP_ID}}', extra: '${{UNKNOWN}}' }));
      await expect(buildTeamsPackage(APP_ID, 'https://a.example', 'sv', dir.path)).rejects.toThrow(/placeholder/);
    } finally {
      dir.remove();
    }
  });
});
