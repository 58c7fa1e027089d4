import type { Application } from '@microsoft/teams-ai';
import { registerHandlers } from '../../../src/teams/handlers/register-handlers';
import { cardOf, cardText } from '../helpers/fake-connector';
import { ANNA, cardSubmit, channelEvent, installInTeam, LEAD, personalConversationId, personalMessage, TEAM } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

let h: TeamsTurns;
let send: ReturnType<TeamsTurns['app']>;
beforeEach(async () => {
  h = await startTeamsTurns();
  send = h.app((app: Application, deps) => registerHandlers(app, deps));
});
afterEach(async () => h.close());

const said = (from: typeof ANNA) => h.connector.activities(personalConversationId(from)).map((c) => cardText(cardOf(c.body)) || String(c.body.text ?? ''));

describe('registerHandlers', () => {
  it('routes each kind of activity to its handler: install, channel events, typed commands, card buttons', async () => {
    h.connector.teamChannels.set(TEAM, []);
    await send(installInTeam(h.connector.url, TEAM));
    expect(await h.deps.port.channels.installedTeams()).toEqual([TEAM]);
    await send(channelEvent(h.connector.url, 'channelCreated', { id: '19:ny@thread.tacv2', name: 'Ny' }));
    expect(await h.deps.port.channels.reference('19:ny@thread.tacv2')).toBeDefined();
    await send(personalMessage(h.connector.url, ANNA, 'hjälp'));
    expect(said(ANNA)).toEqual([expect.stringMatching(/status: se läget/)]);
    await send(cardSubmit(h.connector.url, LEAD, { lnb: 'open', kind: 'answer', program: 'teams-test', round: 1, network: 'eskilstuna' }, 'card-1'));
    expect(said(LEAD)).toEqual([expect.stringMatching(/Vad vill ni uppnå med stödet\?/)]);
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-cancel' }, 'card-2'));
    expect(cardText(cardOf(h.connector.calls.find((c) => c.method === 'PUT')?.body ?? {}))).toBe('Inget raderades.');
  });

  it('runs the repeat check first: a re-sent message is answered once, and a card’s click is not read as a typed command', async () => {
    const message = personalMessage(h.connector.url, ANNA, 'hjälp');
    await send(message);
    await send(message);
    expect(said(ANNA)).toHaveLength(1);
    await send(cardSubmit(h.connector.url, ANNA, { lnb: 'my-data-cancel' }, 'card-3'));
    expect(said(ANNA).filter((text) => /status: se läget/.test(text))).toHaveLength(1);
    expect(said(ANNA).at(-1)).toBe('Inget raderades.');
  });
});
