import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { commandWords } from '../../src/core/command-words';
import { linkChannel } from '../../src/core/link-channel';
import { deadlineMessage } from '../../src/core/messages/deadline-message';
import { noChannelMessage } from '../../src/core/messages/no-channel-message';
import { unreachableMessage } from '../../src/core/messages/unreachable-message';
import type { OutgoingMessage } from '../../src/core/outgoing-message';
import type { Person } from '../../src/core/person';
import { statusMessage } from '../../src/core/status-message';
import { exampleProgram, testContextForEach } from '../helpers/bot-context';

const SLASH = /\/lnb|\/summary/;
const textOf = (m: OutgoingMessage) => JSON.stringify(m.blocks);

/** Every string under `node`, with its key. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('command words per platform', () => {
  it('keeps slash commands out of the platform-neutral messages: they come from commandWords', () => {
    for (const catalog of [sv, en]) {
      const slashed = strings(catalog.bot).filter(([, text]) => SLASH.test(text));
      expect(slashed).toEqual([]);
    }
  });

  it('names Slack slash commands for Slack and typed words for Teams and the local chat', () => {
    // From the command table: a Swedish program's words are Swedish everywhere.
    expect(commandWords('slack', 'sv')).toMatchObject({ cmdLink: '/lnb koppla', cmdSummary: '/summary', cmdMyReplies: '/lnb mina-svar', cmdAnswer: '/lnb svara' });
    expect(commandWords('slack', 'en')).toMatchObject({ cmdLink: '/lnb link', cmdAnswer: '/lnb answer', cmdMyReplies: '/lnb my-replies' });
    expect(commandWords('teams', 'sv')).toMatchObject({ cmdSummary: 'sammanställning', cmdHelp: 'hjälp', cmdAnswer: 'svara' });
    expect(commandWords('teams', 'sv').cmdLink).toBe('@Lärande nätverk koppla');
    // The web chat is typed into without @-mentions.
    expect(commandWords('chat', 'en')).toMatchObject({ cmdLink: 'link', cmdSummary: 'summary', cmdAnswer: 'answer' });
    expect(commandWords('local', 'en')).toEqual(commandWords('chat', 'en'));
    for (const value of Object.values(commandWords('teams', 'en'))) expect(value).not.toMatch(SLASH);
  });

  it('tells coordinators what to type on their own platform', () => {
    const program = exampleProgram();
    const round = program.rounds[0];
    const network = program.networks[0];
    if (!round || !network) throw new Error('example program changed');
    expect(textOf(deadlineMessage(program, round, [], 'sv', 'slack'))).toContain('/summary 1');
    expect(textOf(deadlineMessage(program, round, [], 'sv', 'teams'))).toContain('sammanställning 1');
    expect(textOf(deadlineMessage(program, round, [], 'sv', 'teams'))).not.toMatch(SLASH);
    expect(textOf(noChannelMessage(program, round, ['nykoping'], 'sv', 'slack'))).toContain('/lnb koppla');
    expect(textOf(noChannelMessage(program, round, ['nykoping'], 'en', 'teams'))).not.toMatch(SLASH);
    expect(textOf(unreachableMessage(network, 'sv', 'slack'))).toContain('/lnb koppla eskilstuna');
    expect(textOf(unreachableMessage(network, 'sv', 'teams'))).toContain('koppla eskilstuna');
    expect(textOf(unreachableMessage(network, 'sv', 'teams'))).not.toMatch(SLASH);
  });
});

describe('answers to people name their platform’s commands', () => {
  const t = testContextForEach({ now: '2026-11-23T10:00:00Z' });

  it('status and link say /lnb on Slack and not on Teams', async () => {
    const slackAnna: Person = { platform: 'slack', userId: 'anna' };
    const teamsAnna: Person = { platform: 'teams', userId: 'anna' };
    expect(textOf(await statusMessage(t.ctx, slackAnna, 'sv'))).toContain('/lnb svara');
    const teamsStatus = textOf(await statusMessage(t.ctx, teamsAnna, 'sv'));
    expect(teamsStatus).toContain('svara');
    expect(teamsStatus).not.toMatch(SLASH);

    const slackCoordinator: Person = { platform: 'slack', userId: 'samordnare' };
    const teamsCoordinator: Person = { platform: 'teams', userId: 'samordnare' };
    expect((await linkChannel(t.ctx, slackCoordinator, undefined, { channel: 'X' })).message).toContain('/lnb koppla');
    const teamsUsage = (await linkChannel(t.ctx, teamsCoordinator, undefined, { channel: 'X' })).message;
    expect(teamsUsage).toMatch(/@.+ koppla/);
    expect(teamsUsage).not.toMatch(SLASH);
  });
});

describe('the example programs', () => {
  it.each([
    ['program.sv.yaml', 'sv', /samordnaren kopplar/],
    ['program.en.yaml', 'en', /coordinator links/],
  ] as const)('%s says the coordinator links a channel, with the words of the command table', (file, locale, who) => {
    const text = readFileSync(join(__dirname, '../../examples', file), 'utf8');
    const comment = text.split('\n').find((l) => l.trim().startsWith('#') && /kopplar|links/.test(l)) ?? '';
    expect(comment).toMatch(who);
    expect(comment).not.toMatch(/ledaren|leader/);
    expect(comment).toContain(`${commandWords('slack', locale).cmdLink} nykoping`);
    expect(comment).toContain(`${commandWords('teams', locale).cmdLink} nykoping`);
  });
});
