import { parse } from 'yaml';
import { runCliCaptured } from '../helpers/run-cli';

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
