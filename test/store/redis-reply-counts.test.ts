import type { Reply } from '../../src/replies/reply';
import { redisReplyCounts } from '../../src/store/redis-reply-counts';
import { countReplies } from '../../src/store/reply-counts';
import { redisClientForSuite, redisServerAvailable } from '../helpers/redis-server';
import { replyInput } from '../helpers/reply-input';

const T0 = '2026-11-23T09:00:00.000Z';
const NETWORKS = ['eskilstuna', 'katrineholm', 'nykoping'];
const reply = (overrides: Parameters<typeof replyInput>[0]): Reply => ({ ...replyInput(overrides), createdAt: T0, updatedAt: T0, history: [] });
const by = (userId: string) => ({ platform: 'slack' as const, userId });

const describeRedis = redisServerAvailable() ? describe : describe.skip;
describeRedis('reply counts kept in Redis', () => {
  const client = redisClientForSuite();

  it('follow each change of a reply, and applying a change twice changes nothing', async () => {
    const counts = redisReplyCounts(client());
    const eskilstuna = async () => (await counts.of('anhorigstod-2027', 1, NETWORKS)).get('eskilstuna');
    const a1 = reply({ id: 'a1', author: by('U1') });
    const a2 = reply({ id: 'a2', author: by('U1'), question: 'behov' });
    await counts.changed?.(undefined, a1);
    await counts.changed?.(undefined, a1);
    await counts.changed?.(undefined, a2);
    expect(await eskilstuna()).toEqual({ answers: 2, people: 1, minutes: 0 });
    // Emptied on edit: out of the counts; the person stays while another answer of theirs counts.
    await counts.changed?.(a1, { ...a1, text: '\u00a0' });
    expect(await eskilstuna()).toEqual({ answers: 1, people: 1, minutes: 0 });
    await counts.changed?.(a2, undefined);
    await counts.changed?.(a2, undefined);
    expect(await eskilstuna()).toEqual({ answers: 0, people: 0, minutes: 0 });
    await counts.changed?.(undefined, reply({ id: 'm1', kind: 'minutes', author: null }));
    expect(await eskilstuna()).toEqual({ answers: 0, people: 0, minutes: 1 });
    expect((await counts.of('anhorigstod-2027', 1, NETWORKS)).get('nykoping')).toEqual({ answers: 0, people: 0, minutes: 0 });
  });

  it('keep scopes whose parts would run together apart', async () => {
    const counts = redisReplyCounts(client());
    await counts.changed?.(undefined, reply({ id: 'x', program: 'p', round: 12, network: 'n' }));
    expect((await counts.of('p1', 2, ['n'])).get('n')).toEqual({ answers: 0, people: 0, minutes: 0 });
    expect((await counts.of('p', 12, ['n'])).get('n')).toEqual({ answers: 1, people: 1, minutes: 0 });
  });

  it('are filled from the stored replies once per server, as countReplies counts them', async () => {
    const stored = [
      reply({ id: 'a1', author: by('U1') }),
      reply({ id: 'a2', author: null }),
      reply({ id: 'a3', author: by('U2'), text: '' }),
      reply({ id: 'k1', author: by('U1'), network: 'katrineholm' }),
      reply({ id: 'm1', kind: 'minutes', author: by('L1') }),
    ];
    let reads = 0;
    const all = async () => {
      reads++;
      return stored;
    };
    await redisReplyCounts(client()).backfill(all);
    await redisReplyCounts(client()).backfill(all);
    expect(reads).toBe(1);
    expect(await redisReplyCounts(client()).of('anhorigstod-2027', 1, NETWORKS)).toEqual(countReplies(stored, NETWORKS));
  });
});
