import { createClient } from '@keyv/redis';
import { Database } from 'sqlite3';
import { minutesId } from '../../src/core/reply-id';
import { StoreError } from '../../src/errors';
import { importReplies, parseReplyFile } from '../../src/replies/import-replies';
import { openStore } from '../../src/store/open-store';
import { type RedisServer, redisServerAvailable, startRedisServer } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const NOW = new Date('2026-11-23T09:00:00.000Z');

describe('parseReplyFile', () => {
  it('fills in defaults for role, kind, consent and option', () => {
    const [line] = parseReplyFile('{"id":"a","program":"p","round":1,"network":"n","question":"q","text":"hej"}\n', 'f.jsonl', 'en');
    expect(line).toEqual({ id: 'a', program: 'p', round: 1, network: 'n', question: 'q', text: 'hej', role: 'annan', kind: 'answer', option: null, consent: false });
  });

  it('refuses hostile and malformed lines with their numbers', () => {
    const text = ['[]', '{"id":"a","program":"p","round":-1,"network":"n","question":"q","__proto__":{"x":1}}', 'null'].join('\n');
    expect(() => parseReplyFile(text, 'f.jsonl', 'en')).toThrow(/line 1: .*\n.*line 2: .*round/s);
  });
});

describe('group minutes on import', () => {
  const minutesLine = (id: string, text: string) =>
    JSON.stringify({ id, program: 'p', round: 1, network: 'n', question: 'q', kind: 'minutes', text, consent: true });

  it('refuses two lines of minutes for one network and question, naming both lines', () => {
    const text = [minutesLine('m1', 'Vi talade om avlösning.'), minutesLine('m2', 'Och om växelvård.')].join('\n');
    expect(() => parseReplyFile(text, 'f.jsonl', 'sv')).toThrow(/rad 2: gruppens anteckningar för n, fråga q, finns redan på rad 1/);
    expect(() => parseReplyFile(text, 'f.jsonl', 'en')).toThrow(/line 2: the group notes for n, question q, are already on line 1/);
  });

  it("are the network's one record for the question, the one the leaders' form saves: an import never makes a second", async () => {
    const dir = tempDir('lnb-import-');
    const store = await openStore(`sqlite://${dir.path}/lnb.sqlite`, dir.path);
    const formId = minutesId('p', 1, 'n', 'q');
    await store.replies.save(replyInput({ id: formId, program: 'p', round: 1, network: 'n', question: 'q', kind: 'minutes', text: 'Sparat i formuläret.' }), NOW);
    await importReplies(parseReplyFile(minutesLine('import-1', 'Anhörigcafé varje vecka.'), 'f.jsonl', 'sv'), store.replies, NOW);
    const minutes = (await store.replies.list({ program: 'p' })).filter((r) => r.kind === 'minutes');
    expect(minutes.map((r) => [r.id, r.text])).toEqual([[formId, 'Anhörigcafé varje vecka.']]);
    await store.close();
    dir.remove();
  });
});

describe('importReplies when the store fails part-way and will not take the import back', () => {
  it('names the replies it could not put back, so the coordinator knows to import again', async () => {
    const dir = tempDir('lnb-import-');
    const store = await openStore(`sqlite://${dir.path}/lnb.sqlite`, dir.path);
    await store.replies.save(replyInput({ id: 'existing', text: 'före importen' }), NOW);
    // A fault in the real file: the fourth line cannot be written, and nothing can be deleted or changed after.
    const db = new Database(`${dir.path}/lnb.sqlite`);
    const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (e) => (e ? reject(e) : resolve())));
    await run("CREATE TRIGGER full_insert BEFORE INSERT ON lnb_replies WHEN NEW.key LIKE '%imp-3' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await run("CREATE TRIGGER full_update BEFORE UPDATE ON lnb_replies BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await run("CREATE TRIGGER full_delete BEFORE DELETE ON lnb_replies BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const line = (id: string) => ({
      id, program: 'p', round: 1, network: 'n', question: 'q', role: 'anhorig' as const, kind: 'answer' as const, text: 'Avlösning.', option: null, consent: true,
    });
    const failure = await importReplies([line('imp-0'), line('imp-1'), line('imp-2'), line('imp-3')], store.replies, NOW).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toMatch(/disk full; not put back: imp-0, imp-1, imp-2$/);
    await new Promise<void>((resolve) => db.close(() => resolve()));
    await store.close();
    dir.remove();
  });
});

// A real Redis server that runs out of memory part-way through an import: the
// replies written before the failure must be taken back out.
if (redisServerAvailable()) {
  describe('importReplies when the store fails part-way', () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(async () => redis.stop());

    it('leaves the store as it was before the import', async () => {
      const store = await openStore(redis.url);
      await store.replies.save(replyInput({ id: 'existing', text: 'före importen' }), NOW);
      const admin = createClient({ url: redis.url });
      await admin.connect();
      const used = Number(/used_memory:(\d+)/.exec(await admin.info('memory'))?.[1]);
      await admin.configSet({ maxmemory: String(used + 200_000), 'maxmemory-policy': 'noeviction' });

      const big = 'Avlösning och korttidsplats. '.repeat(2_000);
      const lines = Array.from({ length: 40 }, (_, i) => ({
        id: `imp-${i}`, program: 'anhorigstod-2027', round: 1, network: 'eskilstuna', question: 'syfte',
        role: 'anhorig' as const, kind: 'answer' as const, text: big, option: null, consent: true,
      }));
      lines.splice(3, 0, { ...lines[0], id: 'existing', text: 'ändrad av importen' } as (typeof lines)[0]);
      await expect(importReplies(lines, store.replies, NOW)).rejects.toBeInstanceOf(StoreError);

      await admin.configSet({ maxmemory: '0' });
      const left = await store.replies.list();
      expect(left.map((r) => r.id)).toEqual(['existing']);
      expect(left[0]?.text).toBe('före importen');
      await admin.quit();
      await store.close();
    });
  });
}
