import { join } from 'node:path';
import { openStore } from '../../../src/store/open-store';
import { checkToken } from '../../../src/workbench/link-token';
import { FakeClock } from '../../helpers/fake-clock';
import { runCliCaptured } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

const PROGRAM = join(__dirname, '../../../examples/program.sv.yaml');
const now = new Date('2026-12-05T10:00:00Z');
const dir = tempDir();
const env = { STORE_URL: `sqlite://${join(dir.path, 'lnb.sqlite')}`, PUBLIC_URL: 'https://lnb.example.org' };
afterAll(() => dir.remove());

const run = (...args: string[]) => runCliCaptured(['workbench', PROGRAM, ...args], { cwd: dir.path, env, now });

async function claimsOf(url: string) {
  const store = await openStore(env.STORE_URL, dir.path, new FakeClock(now));
  try {
    return checkToken(await store.files.signingSecret(), url.slice(url.lastIndexOf('/') + 1), now);
  } finally {
    await store.close();
  }
}

describe('lnb workbench', () => {
  it('prints a coordinator’s link for the round, signed with the store’s secret and valid an hour', async () => {
    const res = await run('--round', '1', '--as', 'samordnare');
    expect(res).toMatchObject({ code: 0, stderr: '' });
    const url = res.stdout.trim();
    expect(url).toMatch(/^https:\/\/lnb\.example\.org\/workbench\/open\/[\w-]+\.[\w-]{43}$/);
    const checked = await claimsOf(url);
    expect(checked).toMatchObject({ ok: true, claims: { userId: 'samordnare', program: 'anhorigstod-2027', round: 1, expiresAt: now.getTime() + 3_600_000 } });
    expect(checked.ok && checked.claims.network).toBeUndefined();
  });

  it('gives a leader a link for their own network, and refuses another network and a participant', async () => {
    const leader = await run('--round', '1', '--as', 'ledare-katrineholm');
    expect(leader.code).toBe(0);
    expect(await claimsOf(leader.stdout.trim())).toMatchObject({ ok: true, claims: { network: 'katrineholm' } });
    const other = await run('--round', '1', '--as', 'ledare-katrineholm', '--network', 'eskilstuna');
    expect(other).toMatchObject({ code: 2, stdout: '' });
    const participant = await run('--round', '1', '--as', 'deltagare-eskilstuna');
    expect(participant).toMatchObject({ code: 2, stdout: '' });
    expect(participant.stderr).toContain('deltagare-eskilstuna samordnar inte programmet');
  });

  it('refuses a round the program does not have', async () => {
    const res = await run('--round', '9', '--as', 'samordnare');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Det finns ingen träff 9');
  });
});
