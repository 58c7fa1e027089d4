import { LogLevel, webApi } from '@slack/bolt';
import { SlackPeople } from '../../src/slack/slack-people';
import { capturedLog } from '../helpers/captured-log';
import { eventually } from '../helpers/eventually';
import { fakeSlackAndContextForEach } from './slack-harness';

const { fake, t } = fakeSlackAndContextForEach();
let lines: Record<string, unknown>[];
let people: SlackPeople;
beforeEach(() => {
  const captured = capturedLog('warn');
  lines = captured.lines;
  const client = new webApi.WebClient(fake.token, { slackApiUrl: fake.url, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  people = new SlackPeople(client, t.store, captured.log, t.clock);
});

const lookups = () => fake.calls.filter((c) => c.method === 'users.info');

describe('SlackPeople.person', () => {
  it('takes the locale the payload carries, without asking Slack', async () => {
    expect(await people.person('U1', 'en-GB')).toEqual({ platform: 'slack', userId: 'U1', locale: 'en' });
    expect(lookups()).toEqual([]);
  });

  it('looks the locale up once, remembers it in the store before giving it, and knows it afterwards', async () => {
    fake.locales.set('U1', 'en-US');
    expect(people.knownLocale('U1')).toBeUndefined();
    expect(await people.person('U1')).toEqual({ platform: 'slack', userId: 'U1', locale: 'en' });
    expect(lookups().map((c) => [c.args.user, c.args.include_locale])).toEqual([['U1', 'true']]);
    // Already in the store when the person is given: a read right after sees it.
    expect(await t.store.contacts.get('slack', 'U1')).toMatchObject({ platform: 'slack', userId: 'U1', locale: 'en' });
    expect(people.knownLocale('U1')).toBe('en');
    expect(await people.person('U1')).toMatchObject({ locale: 'en' });
    expect(lookups()).toHaveLength(1);
  });

  it('looks again after an hour, and follows a change of language into the store', async () => {
    fake.locales.set('U1', 'sv-SE');
    expect(await people.person('U1')).toMatchObject({ locale: 'sv' });
    fake.locales.set('U1', 'en-US');
    t.clock.advance(60 * 60 * 1000 - 1);
    expect(await people.person('U1')).toMatchObject({ locale: 'sv' });
    t.clock.advance(1);
    expect(people.knownLocale('U1')).toBeUndefined();
    expect(await people.person('U1')).toMatchObject({ locale: 'en' });
    expect(lookups()).toHaveLength(2);
    expect((await t.store.contacts.get('slack', 'U1'))?.locale).toBe('en');
  });

  it('gives a person whose language we do not speak no locale, and keeps none for them', async () => {
    fake.locales.set('U1', 'de-DE');
    expect(await people.person('U1')).toEqual({ platform: 'slack', userId: 'U1' });
    expect(await t.store.contacts.get('slack', 'U1')).not.toHaveProperty('locale');
  });

  it('keeps what else the store holds of the person (their role)', async () => {
    await t.store.contacts.set({ platform: 'slack', userId: 'U1', role: 'anhorig', locale: 'sv', updatedAt: '2026-11-01T00:00:00Z' });
    fake.locales.set('U1', 'en-US');
    await people.person('U1');
    expect(await t.store.contacts.get('slack', 'U1')).toMatchObject({ role: 'anhorig', locale: 'en', updatedAt: t.clock.now().toISOString() });
  });

  it('falls back on the stored locale when Slack will not say, and logs why', async () => {
    await t.store.contacts.set({ platform: 'slack', userId: 'U1', locale: 'en', updatedAt: '2026-11-01T00:00:00Z' });
    fake.failWith('users.info', 'user_not_found');
    expect(await people.person('U1')).toEqual({ platform: 'slack', userId: 'U1', locale: 'en' });
    expect(await people.person('U2')).toEqual({ platform: 'slack', userId: 'U2' });
    expect(lines.filter((l) => l.msg === 'slack user locale not found')).toHaveLength(2);
  });

  it('still gives the locale when the store cannot remember it', async () => {
    fake.locales.set('U1', 'en-US');
    await t.store.close();
    expect(await people.person('U1')).toMatchObject({ locale: 'en' });
    expect(lines.map((l) => l.msg)).toContain('slack user locale not remembered');
  });

  it('does not hold a request for a slow Slack: the program’s language meanwhile, one lookup for all who wait', async () => {
    fake.locales.set('U1', 'en-US');
    const held = fake.hold('users.info', 1);
    const [a, b] = await Promise.all([people.person('U1'), people.person('U1')]);
    expect(a).toEqual({ platform: 'slack', userId: 'U1' });
    expect(b).toEqual({ platform: 'slack', userId: 'U1' });
    expect(lookups()).toHaveLength(1);
    held.release();
    // Once Slack answers, the lookup finishes and is remembered.
    await eventually(() => people.knownLocale('U1') === 'en');
    expect(await people.person('U1')).toMatchObject({ locale: 'en' });
    expect(lookups()).toHaveLength(1);
  });
});
