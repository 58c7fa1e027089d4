import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { readZip } from '../../teams/helpers/read-zip';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

interface Manifest {
  features: { slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean; request_url?: string } };
}

describe('lnb manifest slack', () => {
  it('prints the Socket Mode manifest with the two commands, interactivity and only the scopes used', async () => {
    const out = await runCliCaptured(['manifest', 'slack'], { cwd: process.cwd() });
    expect(out.code).toBe(0);
    const m = parse(out.stdout) as Manifest;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.interactivity).toEqual({ is_enabled: true });
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(['/lnb', '/summary']);
    expect(m.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
    expect(m.oauth_config.scopes.bot.sort()).toEqual(['channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history', 'im:write', 'users:read']);
  });

  it('with --http switches Socket Mode off and fills every request URL from PUBLIC_URL', async () => {
    const out = await runCliCaptured(['manifest', 'slack', '--http'], { cwd: process.cwd(), env: { PUBLIC_URL: 'https://lnb.kommun.se/' } });
    expect(out.code).toBe(0);
    const m = parse(out.stdout) as Manifest;
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.settings.interactivity.request_url).toBe('https://lnb.kommun.se/slack/events');
    expect(m.features.slash_commands.map((c) => c.url)).toEqual(['https://lnb.kommun.se/slack/events', 'https://lnb.kommun.se/slack/events']);
    expect(out.stdout).toContain('# The Slack app for learning-network-bot');
  });

  it('refuses --http without PUBLIC_URL, and an unknown platform, with exit code 2', async () => {
    const noUrl = await runCliCaptured(['manifest', 'slack', '--http', '--lang', 'en'], { cwd: process.cwd() });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/^PUBLIC_URL: PUBLIC_URL is missing/);
    const unknown = await runCliCaptured(['manifest', 'irc'], { cwd: process.cwd() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Okänd plattform "irc".*slack/);
  });

  it.each([
    ['https://lnb.kommun.se/?a=1', 'a query string'],
    ['https://lnb.kommun.se/#x', 'a fragment'],
    ['https://user:secret@lnb.kommun.se', 'credentials'],
    ['http://lnb.kommun.se', 'http:// off localhost'],
    ['lnb.kommun.se', 'no scheme'],
  ])('refuses --http with PUBLIC_URL %s (%s) by the rule the bot starts with, exit code 2', async (value) => {
    const out = await runCliCaptured(['manifest', 'slack', '--http', '--lang', 'en'], { cwd: process.cwd(), env: { PUBLIC_URL: value } });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('will not do as the bot\'s public address');
  });

  it('takes http:// for localhost with --http, as the bot does', async () => {
    const out = await runCliCaptured(['manifest', 'slack', '--http'], { cwd: process.cwd(), env: { PUBLIC_URL: 'http://localhost:3978' } });
    expect(out.code).toBe(0);
    expect((parse(out.stdout) as Manifest).settings.interactivity.request_url).toBe('http://localhost:3978/slack/events');
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
