import type { Application } from '@microsoft/teams-ai';
import { activityKey, registerBeforeTurn } from '../../../src/teams/handlers/before-turn';
import type { TeamsDeps } from '../../../src/teams/teams-deps';
import { ANNA, installInTeam, personalMessage } from '../helpers/teams-activities';
import { startTeamsTurns, type TeamsTurns } from '../helpers/teams-turn';

describe('activityKey', () => {
  it('names a message or invoke by channel, conversation and id', () => {
    expect(activityKey({ type: 'message', id: '1', channelId: 'msteams', conversation: { id: 'a:x' } as never })).toBe('msteams/a:x/1');
    expect(activityKey({ type: 'invoke', id: '2', channelId: 'msteams', conversation: { id: 'a:x' } as never })).toBe('msteams/a:x/2');
  });

  it('names nothing else: no id, or an event that is not answered', () => {
    expect(activityKey({ type: 'message', channelId: 'msteams' })).toBeUndefined();
    expect(activityKey({ type: 'conversationUpdate', id: '3', channelId: 'msteams' })).toBeUndefined();
  });
});

describe('registerBeforeTurn', () => {
  let h: TeamsTurns;
  let handled: string[];
  let send: ReturnType<TeamsTurns['app']>;
  beforeEach(async () => {
    h = await startTeamsTurns();
    handled = [];
    send = h.app((app: Application, deps: TeamsDeps) => {
      registerBeforeTurn(app, deps);
      app.activity('message', async (turn) => void handled.push(String(turn.activity.text)));
      app.conversationUpdate('membersAdded', async () => void handled.push('added'));
    });
  });
  afterEach(async () => h.close());

  it('drops an activity Teams sends a second time, so the route runs once', async () => {
    const message = personalMessage(h.connector.url, ANNA, 'status');
    await send(message);
    await send(message);
    await send({ ...message, id: `${message.id}-other` });
    expect(handled).toEqual(['status', 'status']);
  });

  it('lets events without a key through every time', async () => {
    const install = installInTeam(h.connector.url);
    await send(install);
    await send(install);
    expect(handled).toEqual(['added', 'added']);
  });

  it('remembers how to reach the sender before the route runs', async () => {
    await send(personalMessage(h.connector.url, ANNA, 'hej'));
    expect((await h.t.store.contacts.get('teams', 'aad-anna'))?.reference).toMatchObject({ memberId: '29:anna', serviceUrl: h.connector.url });
  });
});
