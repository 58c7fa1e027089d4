import type { Person } from '../../../src/core/person';
import { submitForm } from '../../../src/core/submit-form';
import { openTestContext, type TestContext } from '../../helpers/bot-context';
import { forEachTest } from '../../helpers/for-each';

/** The people of the my-data tests: two on the local platform, one with the same id on Slack, a leader and a coordinator. */
export const anna: Person = { platform: 'local', userId: 'anna' };
export const bertil: Person = { platform: 'local', userId: 'bertil' };
// The same user id on another platform is another person.
export const annaOnSlack: Person = { platform: 'slack', userId: 'anna' };
export const leader: Person = { platform: 'local', userId: 'ledare-eskilstuna' };
export const coordinator: Person = { platform: 'local', userId: 'samordnare' };

export const ref = (kind: 'answer' | 'minutes', network = 'eskilstuna') => ({ kind, program: 'anhorigstod-2027', round: 1, network });
export const shown = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

/**
 * A bot whose store holds Anna's answers (edited once, so with history),
 * Bertil's, the other Anna's on Slack, and the contacts of Anna and Bertil.
 */
export async function openMyDataStore(): Promise<TestContext> {
  const t = await openTestContext({ now: '2026-11-23T10:00:00Z' });
  await submitForm(t.ctx, anna, ref('answer'), { values: { syfte: 'Annas första text.' }, role: 'anhorig', consent: true });
  t.clock.advance(60_000);
  // Edited: the first text is kept as history, and must go with the reply.
  await submitForm(t.ctx, anna, ref('answer'), { values: { syfte: 'Annas andra text.', utveckla: 'Mer avlösning.' }, role: 'anhorig', consent: true });
  await submitForm(t.ctx, bertil, ref('answer'), { values: { syfte: 'Bertils text.' }, role: 'personal', consent: false });
  await submitForm(t.ctx, annaOnSlack, ref('answer', 'katrineholm'), { values: { syfte: 'Den andra Annas text.' }, role: 'chef', consent: false });
  await t.store.contacts.set({ platform: 'local', userId: 'anna', locale: 'sv', role: 'anhorig', reference: { opaque: 'hemligt-123' }, updatedAt: '2026-11-23T10:00:00Z' });
  await t.store.contacts.set({ platform: 'local', userId: 'bertil', locale: 'en', updatedAt: '2026-11-23T10:00:00Z' });
  return t;
}

/** For the tests of one file or describe block: openMyDataStore before each test, closed after it. */
export function myDataStoreForEach(): TestContext {
  return forEachTest(openMyDataStore, (t) => t.close());
}
