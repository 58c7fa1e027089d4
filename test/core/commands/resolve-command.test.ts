import type { SlashCommand } from '@slack/bolt';
import type { Activity } from 'botbuilder';
import type { BotContext } from '../../../src/core/bot-context';
import { type CommandInvocation, resolveCommand } from '../../../src/core/commands/resolve-command';
import { submitForm } from '../../../src/core/submit-form';
import { slackInvocation } from '../../../src/slack/listeners/commands/slack-invocation';
import { personOf } from '../../../src/teams/person-of';
import { teamsInvocation } from '../../../src/teams/teams-invocation';
import { openTestContext, type TestContext } from '../../helpers/bot-context';
import { COMMAND_CASES, type CommandCase, commandsProgram, USER_OF, type Where } from './command-cases';

/** How each platform hears a typed command, as its adapter receives it (a slash command, a Teams activity, a web chat activity). */
const PLATFORMS: Record<'slack' | 'teams' | 'webchat', (ctx: BotContext, c: CommandCase) => Promise<CommandInvocation>> = {
  slack: (ctx, c) => {
    const channel: Record<Where, string> = { eskilstuna: 'C0ESK', unlinked: 'C0NEW', personal: 'D0DM' };
    const command = { command: '/lnb', text: c.text, user_id: USER_OF[c.who], channel_id: channel[c.where], channel_name: c.where === 'personal' ? 'directmessage' : 'natverk' };
    return slackInvocation(ctx, { platform: 'slack', userId: USER_OF[c.who] }, command as SlashCommand);
  },
  teams: (ctx, c) => {
    const conversation: Record<Where, Partial<Activity['conversation']>> = {
      eskilstuna: { id: '19:esk@thread.tacv2;messageid=17', conversationType: 'channel', isGroup: true },
      unlinked: { id: '19:new@thread.tacv2;messageid=18', conversationType: 'channel', isGroup: true },
      personal: { id: 'a:personal', conversationType: 'personal' },
    };
    const text = c.where === 'personal' ? c.text : `<at>Lärande nätverk</at> ${c.text}`;
    const activity = { type: 'message', channelId: 'msteams', text, conversation: conversation[c.where], from: { id: `29:${c.who}`, aadObjectId: USER_OF[c.who] } } as Partial<Activity>;
    const person = personOf(activity);
    if (!person) throw new Error('no person');
    return teamsInvocation(ctx, person, activity);
  },
  // As the trial's Direct Line service hands it to the bot: the visitor's network in channelData (a conversation without one is a personal chat).
  webchat: (ctx, c) => {
    const where: Record<Where, Partial<Activity>> = {
      eskilstuna: { conversation: { id: 'wc1' } as Activity['conversation'], channelData: { lnbNetwork: 'eskilstuna' } },
      unlinked: { conversation: { id: 'wc2', isGroup: true } as Activity['conversation'] },
      personal: { conversation: { id: 'wc3' } as Activity['conversation'] },
    };
    const activity = { type: 'message', channelId: 'webchat', text: c.text, from: { id: USER_OF[c.who], name: 'Besökare', role: 'user' }, ...where[c.where] } as Partial<Activity>;
    const person = personOf(activity);
    if (!person) throw new Error('no person');
    return teamsInvocation(ctx, person, activity);
  },
};

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.each(Object.keys(PLATFORMS) as (keyof typeof PLATFORMS)[])('the command table on %s', (platform) => {
  it.each(COMMAND_CASES.map((c) => [`${c.who} in ${c.where}: ${c.text}`, c] as const))('%s', async (_name, c) => {
    t = await openTestContext({ program: commandsProgram(platform === 'webchat' ? 'local' : platform), now: '2026-11-23T10:00:00Z' });
    const invocation = await PLATFORMS[platform](t.ctx, c);
    if (c.who === 'answered') {
      const saved = await submitForm(t.ctx, invocation.person, { kind: 'answer', program: 'commands-test', round: 1, network: 'eskilstuna' }, { values: { behov: 'Avlösning' }, role: 'anhorig', consent: false });
      expect(saved.ok).toBe(true);
    }
    expect(await resolveCommand(t.ctx, invocation)).toEqual(c.call);
  });
});

describe('Slack has its own /summary', () => {
  it('gives the same call as /lnb summary', async () => {
    t = await openTestContext({ program: commandsProgram('slack'), now: '2026-11-23T10:00:00Z' });
    const person = { platform: 'slack' as const, userId: 'U0COORD' };
    const base = { user_id: 'U0COORD', channel_id: 'D0DM', channel_name: 'directmessage' };
    const own = await slackInvocation(t.ctx, person, { ...base, command: '/summary', text: '1 Nyköping' } as SlashCommand);
    const sub = await slackInvocation(t.ctx, person, { ...base, command: '/lnb', text: 'sammanställning 1 Nyköping' } as SlashCommand);
    expect(await resolveCommand(t.ctx, own)).toEqual(await resolveCommand(t.ctx, sub));
    expect(await resolveCommand(t.ctx, own)).toMatchObject({ rule: 'summary', scope: { round: 1, network: 'nykoping' } });
  });
});
