import { collectMyData, holdsAnything, linkedByOf } from '../../src/core/my-data';
import type { Person } from '../../src/core/person';
import { openTestContext, type TestContext } from '../helpers/bot-context';
import { replyInput } from '../helpers/reply-input';

const anna: Person = { platform: 'slack', userId: 'U0ANNA' };
const T0 = new Date('2026-11-23T10:00:00Z');

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext({ now: T0.toISOString() });
});
afterEach(async () => {
  await t.close();
});

describe('collectMyData', () => {
  it('finds nothing for someone the store does not know', async () => {
    const data = await collectMyData(t.ctx, anna);
    expect(data).toEqual({ answers: [], minutes: [], links: [] });
    expect(holdsAnything(data)).toBe(false);
  });

  it('finds the person\'s answers and minutes apart, their contact and the links they made, and no one else\'s', async () => {
    await t.store.replies.saveMany(
      [
        replyInput({ id: 'a', author: anna }),
        replyInput({ id: 'm', kind: 'minutes', author: anna }),
        replyInput({ id: 'other-platform', author: { platform: 'teams', userId: 'U0ANNA' } }),
        replyInput({ id: 'other', author: { platform: 'slack', userId: 'U0BERTIL' } }),
      ],
      T0,
    );
    await t.store.contacts.set({ platform: 'slack', userId: 'U0ANNA', locale: 'en', updatedAt: T0.toISOString() });
    const link = { program: 'anhorigstod-2027', platform: 'slack' as const, linkedAt: T0.toISOString() };
    await t.store.links.set({ ...link, network: 'eskilstuna', channel: 'C1', linkedBy: linkedByOf(anna) });
    await t.store.links.set({ ...link, network: 'katrineholm', channel: 'C2', linkedBy: 'teams:U0ANNA' });
    const data = await collectMyData(t.ctx, anna);
    expect(data.answers.map((r) => r.id)).toEqual(['a']);
    expect(data.minutes.map((r) => r.id)).toEqual(['m']);
    expect(data.contact?.locale).toBe('en');
    expect(data.links.map((l) => l.network)).toEqual(['eskilstuna']);
    expect(holdsAnything(data)).toBe(true);
  });

  it('counts a remembered contact alone as something to delete', async () => {
    await t.store.contacts.set({ platform: 'slack', userId: 'U0ANNA', updatedAt: T0.toISOString() });
    expect(holdsAnything(await collectMyData(t.ctx, anna))).toBe(true);
  });
});

describe('linkedByOf', () => {
  it('writes the platform with the id, so the same id elsewhere is someone else', () => {
    expect(linkedByOf(anna)).toBe('slack:U0ANNA');
    expect(linkedByOf({ platform: 'teams', userId: '29:1abc' })).toBe('teams:29:1abc');
  });
});
