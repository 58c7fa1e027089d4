import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { InputError } from '../../src/errors';
import { buildTeamsPackage } from '../../src/teams/manifest/build-teams-package';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { pngHeader, readZip } from './helpers/read-zip';

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
});

describe('lnb manifest teams', () => {
  it('writes the package with the app id and PUBLIC_URL from the environment', async () => {
    const dir = tempDir();
    try {
      const env = { MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://lnb.example.se' };
      const r = await runCliCaptured(['manifest', 'teams', '--out', 'app.zip'], { cwd: dir.path, env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('app.zip');
      const zip = readZip(readFileSync(join(dir.path, 'app.zip')));
      const manifest = JSON.parse(zip.get('manifest.json')?.toString('utf8') ?? '{}');
      expect(manifest.bots[0].botId).toBe(APP_ID);
      expect(manifest.validDomains).toEqual(['lnb.example.se']);
    } finally {
      dir.remove();
    }
  });

  it('sets the version with --version, and refuses one Teams would not take', async () => {
    const dir = tempDir();
    try {
      const env = { MicrosoftAppId: APP_ID, PUBLIC_URL: 'https://lnb.example.se' };
      const r = await runCliCaptured(['manifest', 'teams', '--out', 'app.zip', '--version', '1.4.12'], { cwd: dir.path, env });
      expect(r.code).toBe(0);
      const manifest = JSON.parse(readZip(readFileSync(join(dir.path, 'app.zip'))).get('manifest.json')?.toString('utf8') ?? '{}');
      expect(manifest.version).toBe('1.4.12');
      for (const bad of ['1.4', 'v1.4.0', '1.04.0', '1.0.0-beta', '1.0.0.1', '']) {
        const refused = await runCliCaptured(['manifest', 'teams', '--out', 'bad.zip', '--version', bad, '--lang', 'en'], { cwd: dir.path, env });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/--version: .*three numbers/);
      }
      expect(existsSync(join(dir.path, 'bad.zip'))).toBe(false);
    } finally {
      dir.remove();
    }
  });

  it('names the setting to fix, and asks for --out', async () => {
    const noOut = await runCliCaptured(['manifest', 'teams', '--lang', 'en'], { cwd: process.cwd(), env: {} });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const dir = tempDir();
    try {
      const bad = await runCliCaptured(['manifest', 'teams', '--out', 'x.zip', '--lang', 'en'], { cwd: dir.path, env: { MicrosoftAppId: 'nope' } });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('MicrosoftAppId');
      expect(bad.stderr).toContain('PUBLIC_URL');
    } finally {
      dir.remove();
    }
  });
});
