import { asContactReference } from '../../src/teams/contact-reference';
import { rememberContact } from '../../src/teams/remember-contact';
import { capturedLog } from '../helpers/captured-log';
import { ANNA, BOT, channelMessage, personalConversationId, personalMessage, TENANT } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const SERVICE = 'https://smba.example/emea/';
const captured = capturedLog();

beforeEach(() => {
  captured.lines.length = 0;
});
const h = teamsTurnsForEach({ log: captured.log });

const stored = async () => h.t.store.contacts.get('teams', 'aad-anna');

describe('rememberContact', () => {
  it('keeps how to open a chat with someone who wrote in a channel, under their Entra id, with their language', async () => {
    await rememberContact(h.t.ctx, channelMessage(SERVICE, ANNA, 'status'));
    const contact = await stored();
    expect(contact?.locale).toBe('sv');
    expect(asContactReference(contact?.reference)).toEqual({ memberId: '29:anna', serviceUrl: SERVICE, channelId: 'msteams', tenantId: TENANT, bot: BOT });
  });

  it('keeps their personal chat once they write there, and does not lose it when they write in a channel again', async () => {
    await rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'hej', 'en-GB'));
    await rememberContact(h.t.ctx, channelMessage(SERVICE, ANNA, 'status'));
    const reference = asContactReference((await stored())?.reference);
    expect(reference?.personal?.conversation?.id).toBe(personalConversationId(ANNA));
    expect((await stored())?.locale).toBe('sv');
  });

  it('writes nothing when nothing changed, and keeps what else the contact holds', async () => {
    await rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'hej'));
    const first = await stored();
    if (!first) throw new Error('not stored');
    await h.t.store.contacts.set({ ...first, role: 'chef' });
    h.t.clock.advance(60_000);
    await rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'igen'));
    expect((await stored())?.updatedAt).toBe(first.updatedAt);
    await rememberContact(h.t.ctx, { ...personalMessage('https://smba.example/other/', ANNA, 'flyttad') });
    const moved = await stored();
    expect(moved?.updatedAt).not.toBe(first.updatedAt);
    expect(moved?.role).toBe('chef');
    expect(asContactReference(moved?.reference)?.serviceUrl).toBe('https://smba.example/other/');
  });

  it('keeps a language it heard before when the client names none it speaks', async () => {
    await rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'hi', 'en-US'));
    await rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'moi', 'fi-FI'));
    expect((await stored())?.locale).toBe('en');
  });

  it('keeps nothing for the bot itself, a sender without an id, or an activity with no connector address', async () => {
    await rememberContact(h.t.ctx, { ...personalMessage(SERVICE, ANNA, 'x'), from: { id: BOT.id, name: BOT.name } });
    await rememberContact(h.t.ctx, { ...personalMessage(SERVICE, ANNA, 'x'), from: { id: '', name: '' } });
    await rememberContact(h.t.ctx, { ...personalMessage(SERVICE, ANNA, 'x'), serviceUrl: undefined });
    expect(await h.t.store.contacts.get('teams', BOT.id)).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  it('never stops the turn when the store fails: it logs and returns', async () => {
    await h.t.store.close();
    await expect(rememberContact(h.t.ctx, personalMessage(SERVICE, ANNA, 'hej'))).resolves.toBeUndefined();
    expect(captured.lines.some((l) => l.msg === 'teams contact not remembered')).toBe(true);
  });
});
