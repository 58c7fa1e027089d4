import type { SlashCommand } from '@slack/bolt';
import type { Person } from '../../../../src/core/person';
import { isDirectMessage, slackInvocation, slackPlace } from '../../../../src/slack/listeners/commands/slack-invocation';
import { openTestContext, type TestContext } from '../../../helpers/bot-context';
import { slackProgram } from '../../slack-program';

let t: TestContext;
beforeEach(async () => {
  t = await openTestContext({ program: slackProgram() });
});
afterEach(async () => {
  await t.close();
});

const person: Person = { platform: 'slack', userId: 'U0PART' };

/** A slash command as Bolt hands it over: every field Slack sends. */
const command = (fields: Partial<SlashCommand>): SlashCommand => ({
  token: 'deprecated-verification-token',
  team_id: 'T0TEAM',
  team_domain: 'kommun',
  channel_id: 'C0ESK',
  channel_name: 'natverk',
  user_id: 'U0PART',
  user_name: 'someone',
  command: '/lnb',
  text: '',
  api_app_id: 'A0APP',
  response_url: 'https://hooks.slack.com/commands/x',
  trigger_id: '1.2.3',
  ...fields,
});

describe('isDirectMessage', () => {
  it('knows a direct message by its id or by the name Slack gives it', () => {
    expect(isDirectMessage('D0PART')).toBe(true);
    expect(isDirectMessage('C0ESK', 'directmessage')).toBe(true);
    expect(isDirectMessage('C0ESK', 'natverk')).toBe(false);
    expect(isDirectMessage('G0PRIV', 'privategroup')).toBe(false);
    expect(isDirectMessage('')).toBe(false);
  });
});

describe('slackPlace', () => {
  it('is personal in a direct message, whatever network the id might be linked to', async () => {
    expect(await slackPlace(t.ctx, 'D0PART')).toEqual({ kind: 'personal' });
  });

  it('is the network the program file gives the channel, or none', async () => {
    expect(await slackPlace(t.ctx, 'C0ESK', 'natverk')).toEqual({ kind: 'channel', network: 'eskilstuna' });
    expect(await slackPlace(t.ctx, 'C0NONE', 'natverk')).toEqual({ kind: 'channel', network: undefined });
    expect(await slackPlace(t.ctx, '')).toEqual({ kind: 'channel', network: undefined });
  });

  it('is the network a coordinator linked the channel to', async () => {
    await t.store.links.set({ program: 'slack-test', network: 'katrineholm', platform: 'slack', channel: 'C0KAT', linkedBy: 'U0COORD', linkedAt: '2026-11-23T10:00:00Z' });
    expect(await slackPlace(t.ctx, 'C0KAT')).toEqual({ kind: 'channel', network: 'katrineholm' });
  });
});

describe('slackInvocation', () => {
  it('reads `/lnb <word> …` by its first word, in either language, with the rest as arguments', async () => {
    expect(await slackInvocation(t.ctx, person, command({ text: 'svara  katrineholm ' }))).toEqual({
      person,
      surface: 'slack',
      place: { kind: 'channel', network: 'eskilstuna' },
      name: 'answer',
      word: 'svara',
      args: ['katrineholm'],
    });
    expect(await slackInvocation(t.ctx, person, command({ text: 'ANSWER', channel_id: 'D0PART', channel_name: 'directmessage' }))).toMatchObject({
      place: { kind: 'personal' },
      name: 'answer',
      args: [],
    });
    expect(await slackInvocation(t.ctx, person, command({ text: 'mina svar' }))).toMatchObject({ name: 'myReplies', args: [] });
  });

  it('leaves an unknown word or none without a name, for the help to answer', async () => {
    expect(await slackInvocation(t.ctx, person, command({ text: '<!channel> 🌱' }))).toMatchObject({ name: undefined, word: '<!channel>', args: ['🌱'] });
    expect(await slackInvocation(t.ctx, person, command({ text: '' }))).toMatchObject({ name: undefined, word: '', args: [] });
  });

  it('reads a slash command of its own (`/summary …`) as that command, everything typed as arguments', async () => {
    expect(await slackInvocation(t.ctx, person, command({ command: '/summary', text: ' 1   Eskilstuna ' }))).toMatchObject({
      name: 'summary',
      word: 'summary',
      args: ['1', 'Eskilstuna'],
    });
    // A word that would be a command after /lnb is only an argument here.
    expect(await slackInvocation(t.ctx, person, command({ command: '/summary', text: 'svara' }))).toMatchObject({ name: 'summary', args: ['svara'] });
    expect(await slackInvocation(t.ctx, person, command({ command: '/summary', text: '' }))).toMatchObject({ name: 'summary', args: [] });
  });
});
