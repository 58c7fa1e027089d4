import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliCaptured } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { readZip } from './helpers/read-zip';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

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
