import { TOKEN_LIFETIME_SECONDS, type Visitor, WebConversations } from '../../src/webchat/web-conversations';
import { FakeClock } from '../helpers/fake-clock';

const visitor = (over: Partial<Visitor> = {}): Visitor => ({ userId: 'deltagare-eskilstuna', name: 'Deltagare 🙂', network: 'eskilstuna', locale: 'sv', ...over });
const HOUR = TOKEN_LIFETIME_SECONDS * 1000;

describe('WebConversations', () => {
  it('gives each conversation its own id and an unguessable token that opens it and no other', () => {
    const conversations = new WebConversations(new FakeClock('2026-11-23T10:00:00Z'));
    const a = conversations.create(visitor());
    const b = conversations.create(visitor({ userId: 'other' }));
    expect(a.id).not.toBe(b.id);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(conversations.byToken(a.token)).toBe(a);
    expect(conversations.byToken(b.token)).toBe(b);
    expect(conversations.get(a.id)).toBe(a);
    for (const wrong of ['', a.token.slice(1), `${a.token}x`, a.token.toUpperCase() === a.token ? 'x' : a.token.toUpperCase(), a.id]) {
      expect(conversations.check(wrong)).toEqual({ ok: false, reason: 'unknown' });
    }
  });

  it('lets a token run out after its lifetime, saying so, while a refreshed one goes on', () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const conversations = new WebConversations(clock);
    const c = conversations.create(visitor());
    const first = c.token;
    clock.advance(HOUR / 2);
    const second = conversations.refresh(c);
    expect(second).not.toBe(first);
    expect(c.token).toBe(second);
    // The older token keeps its own expiry: an answer on its way still arrives.
    expect(conversations.byToken(first)).toBe(c);
    clock.advance(HOUR / 2);
    expect(conversations.check(first)).toEqual({ ok: false, reason: 'expired' });
    expect(conversations.byToken(second)).toBe(c);
    clock.advance(HOUR / 2);
    expect(conversations.check(second)).toEqual({ ok: false, reason: 'expired' });
    // Refreshing again forgets the tokens that have run out.
    conversations.refresh(c);
    expect(conversations.check(first)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('tells listeners once when a conversation starts, and lists only started ones, newest first', () => {
    const conversations = new WebConversations(new FakeClock('2026-11-23T10:00:00Z'));
    const started: string[] = [];
    const stop = conversations.onStart((c) => started.push(c.id));
    const a = conversations.create(visitor());
    const b = conversations.create(visitor());
    const never = conversations.create(visitor());
    conversations.start(a);
    conversations.start(a);
    conversations.start(b);
    expect(started).toEqual([a.id, b.id]);
    expect(conversations.list()).toEqual([b, a]);
    expect(conversations.list()).not.toContain(never);
    stop();
    conversations.start(never);
    expect(started).toEqual([a.id, b.id]);
  });

  it('gives appended activities Direct Line ids in order, its own channel and conversation, and the time', () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const conversations = new WebConversations(clock);
    const c = conversations.create(visitor());
    const first = conversations.append(c, { type: 'message', text: '<b>hej</b> 🙂', channelId: 'slack', conversation: { id: 'spoofed' } as never });
    const second = conversations.append(c, { type: 'message', text: 'två' });
    expect(first.id).toMatch(new RegExp(`^${c.id.replace(/[-]/g, '\\-')}\\|\\d{7}$`));
    expect(String(second.id) > String(first.id)).toBe(true);
    expect(first).toMatchObject({ channelId: 'webchat', conversation: { id: c.id }, text: '<b>hej</b> 🙂' });
    expect(first.timestamp).toEqual(new Date('2026-11-23T10:00:00Z'));
    // An update keeps its id; find gives the latest version.
    conversations.append(c, { ...first, text: 'ändrad' });
    expect(conversations.find(c, String(first.id))?.text).toBe('ändrad');
    expect(conversations.find(c, 'nope')).toBeUndefined();
  });

  it('hands out what came after a watermark, and keeps counting past the activities it drops', () => {
    const conversations = new WebConversations(new FakeClock('2026-11-23T10:00:00Z'));
    const c = conversations.create(visitor());
    for (let i = 0; i < 1005; i += 1) conversations.append(c, { type: 'message', text: `m${i}` });
    expect(c.activities).toHaveLength(1000);
    expect(c.dropped).toBe(5);
    expect(conversations.since(c, 0).activities[0]?.text).toBe('m5');
    const tail = conversations.since(c, 1003);
    expect(tail.activities.map((a) => a.text)).toEqual(['m1003', 'm1004']);
    expect(tail.watermark).toBe('1005');
    expect(conversations.since(c, 1005).activities).toEqual([]);
  });

  it('finds the bot card a submit came from by its data, newest version first', () => {
    const conversations = new WebConversations(new FakeClock('2026-11-23T10:00:00Z'));
    const c = conversations.create(visitor());
    const card = (data: unknown) => ({ type: 'message', from: { id: 'lnb-bot', role: 'bot' }, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { actions: [{ type: 'Action.Submit', data }] } }] }) as never;
    const older = conversations.append(c, card({ action: 'open', round: 1, question: 'syfte' }));
    const newer = conversations.append(c, card({ action: 'open', round: 1, question: 'utveckla' }));
    conversations.append(c, { type: 'message', from: { id: 'deltagare', role: 'user' } as never, attachments: [{ contentType: 'x', content: { actions: [{ type: 'Action.Submit', data: { action: 'open', round: 1, question: 'utveckla' } }] } }] });
    expect(conversations.cardSubmitted(c, { action: 'open', round: 1, question: 'syfte', answer: 'text' })).toBe(older.id);
    expect(conversations.cardSubmitted(c, { action: 'open', round: 1, question: 'utveckla' })).toBe(newer.id);
    expect(conversations.cardSubmitted(c, { action: 'open', round: 2, question: 'syfte' })).toBeUndefined();
    expect(conversations.cardSubmitted(c, null)).toBeUndefined();
    expect(conversations.cardSubmitted(c, 'syfte')).toBeUndefined();
    // Once the card is replaced by one without the button, it no longer answers for it.
    conversations.append(c, { ...older, attachments: [] });
    expect(conversations.cardSubmitted(c, { action: 'open', round: 1, question: 'syfte' })).toBeUndefined();
  });

  it('keeps at most 200 conversations: expired ones go first, then never-opened ones, then the oldest', () => {
    const clock = new FakeClock('2026-11-23T10:00:00Z');
    const conversations = new WebConversations(clock);
    const expired = conversations.create(visitor({ userId: 'expired' }));
    conversations.start(expired);
    clock.advance(HOUR + 1);
    const opened = Array.from({ length: 150 }, (_, i) => conversations.create(visitor({ userId: `open-${i}` })));
    for (const c of opened) conversations.start(c);
    const unopened = Array.from({ length: 49 }, (_, i) => conversations.create(visitor({ userId: `new-${i}` })));
    expect(conversations.get(expired.id)).toBe(expired);
    conversations.create(visitor({ userId: 'one-more' }));
    expect(conversations.get(expired.id)).toBeUndefined();
    conversations.create(visitor({ userId: 'two-more' }));
    expect(conversations.get(unopened[0]?.id ?? '')).toBeUndefined();
    expect(opened.every((c) => conversations.get(c.id) === c)).toBe(true);
  });
});
