import { join } from 'node:path';
import type { Reply } from '../../src/replies/reply';
import { countReplies } from '../../src/store/reply-counts';
import { SqliteAdapter } from '../../src/store/sqlite-adapter';
import { SqliteConnection } from '../../src/store/sqlite-connection';
import { sqliteReplyCounts } from '../../src/store/sqlite-reply-counts';
import { replyInput } from '../helpers/reply-input';
import { tempDir } from '../helpers/temp-dir';

const T0 = '2026-11-23T09:00:00.000Z';
const NETWORKS = ['eskilstuna', 'katrineholm', 'nykoping'];
const dir = tempDir();
afterAll(() => dir.remove());

const reply = (overrides: Parameters<typeof replyInput>[0]): Reply => ({ ...replyInput(overrides), createdAt: T0, updatedAt: T0, history: [] });
const by = (userId: string) => ({ platform: 'slack' as const, userId });

/** Every kind of white space JavaScript's trim() takes away: an answer of only these says nothing. */
const BLANK = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const replies = [
  reply({ id: 'a1', author: by('U1') }),
  reply({ id: 'a2', author: by('U1'), question: 'behov' }),
  reply({ id: 'a3', author: by('U2'), text: '🙂' }),
  reply({ id: 'a4', author: null }),
  reply({ id: 'a5', author: by('U3'), text: BLANK }),
  reply({ id: 'a6', author: by('U4'), text: null, option: 'ja' }),
  reply({ id: 'm1', author: by('L1'), kind: 'minutes', text: 'Vi talade om avlösning.' }),
  reply({ id: 'm2', author: by('L1'), kind: 'minutes', question: 'behov', text: '' }),
  reply({ id: 'k1', author: by('U1'), network: 'katrineholm' }),
  reply({ id: 'other-round', author: by('U5'), round: 2 }),
];

/** A replies' table as keyv keeps it (under replies:<id>, the value wrapped), over a file of its own. */
async function table(name: string) {
  const adapter = new SqliteAdapter(new SqliteConnection(join(dir.path, name), 1_000), 'lnb_replies', 100);
  const put = (r: Reply) => adapter.set(`replies:${r.id}`, JSON.stringify({ value: r }));
  return { adapter, put, remove: (id: string) => adapter.delete(`replies:${id}`) };
}

describe('reply counts kept by SQLite', () => {
  it('are counted from the replies stored before them, as countReplies counts, white space of every kind left out', async () => {
    const t = await table('fill.sqlite');
    try {
      for (const r of replies) await t.put(r);
      const counts = await sqliteReplyCounts(t.adapter, 'lnb_replies');
      expect(await counts.of('anhorigstod-2027', 1, NETWORKS)).toEqual(countReplies(replies.filter((r) => r.round === 1), NETWORKS));
      expect((await counts.of('anhorigstod-2027', 1, NETWORKS)).get('eskilstuna')).toEqual({ answers: 5, people: 4, minutes: 1 });
      expect(await counts.of('anhorigstod-2027', 2, ['eskilstuna'])).toEqual(new Map([['eskilstuna', { answers: 1, people: 1, minutes: 0 }]]));
      expect(await counts.of('none', 1, ['eskilstuna', "o'brien"])).toEqual(
        new Map([
          ['eskilstuna', { answers: 0, people: 0, minutes: 0 }],
          ["o'brien", { answers: 0, people: 0, minutes: 0 }],
        ]),
      );
    } finally {
      await t.adapter.disconnect();
    }
  });

  it('follow every write of the table after, by trigger: an insert, an edit, a delete', async () => {
    const t = await table('triggers.sqlite');
    try {
      const counts = await sqliteReplyCounts(t.adapter, 'lnb_replies');
      const eskilstuna = async () => (await counts.of('anhorigstod-2027', 1, ['eskilstuna'])).get('eskilstuna');
      await t.put(reply({ id: 'a1', author: by('U1') }));
      await t.put(reply({ id: 'a2', author: by('U1'), question: 'behov' }));
      expect(await eskilstuna()).toEqual({ answers: 2, people: 1, minutes: 0 });
      // Emptied: no longer counted; the person still has another answer.
      await t.put(reply({ id: 'a1', author: by('U1'), text: '   ' }));
      expect(await eskilstuna()).toEqual({ answers: 1, people: 1, minutes: 0 });
      await t.remove('a2');
      expect(await eskilstuna()).toEqual({ answers: 0, people: 0, minutes: 0 });
      await t.put(reply({ id: 'm1', kind: 'minutes', author: null }));
      expect(await eskilstuna()).toEqual({ answers: 0, people: 0, minutes: 1 });
    } finally {
      await t.adapter.disconnect();
    }
  });

  it('are made once: opening again neither counts twice nor loses a count', async () => {
    const t = await table('again.sqlite');
    try {
      await t.put(reply({ id: 'a1', author: by('U1') }));
      await sqliteReplyCounts(t.adapter, 'lnb_replies');
      await t.put(reply({ id: 'a2', author: by('U2') }));
      const again = await sqliteReplyCounts(t.adapter, 'lnb_replies');
      expect((await again.of('anhorigstod-2027', 1, ['eskilstuna'])).get('eskilstuna')).toEqual({ answers: 2, people: 2, minutes: 0 });
    } finally {
      await t.adapter.disconnect();
    }
  });
});
