import { activityKey } from '../../src/teams/handlers/before-turn';
import { turnErrorHandler } from '../../src/teams/turn-error-handler';
import { capturedLog } from '../helpers/captured-log';
import { ANNA, cardSubmit, personalConversationId, personalMessage } from './helpers/teams-activities';
import { teamsTurnsForEach } from './helpers/teams-turn';

const captured = capturedLog();
beforeEach(() => {
  captured.lines.length = 0;
});
const h = teamsTurnsForEach({ log: captured.log });

/** A Bot Connector refusal as botbuilder throws it. */
const connectorError = (status: number) => Object.assign(new Error(`status ${status}`), { statusCode: status });
const said = () => h.connector.activities(personalConversationId(ANNA)).map((c) => String(c.body.text));

describe('turnErrorHandler', () => {
  it('logs the failure without the text, tells the person, and forgets the activity so a re-send is handled afresh', async () => {
    const activity = personalMessage(h.connector.url, ANNA, 'hemlig text');
    const key = activityKey(activity) ?? '';
    expect(await h.deps.seen.claim(key)).toBe(true);
    await h.run(activity, (turn) => turnErrorHandler(h.deps)(turn, new Error('boom')));
    expect(said()).toEqual(['Något gick fel hos boten. Försök igen om en stund.']);
    expect(await h.deps.seen.claim(key)).toBe(true);
    const line = captured.lines.find((l) => l.msg === 'teams turn failed');
    expect(line).toMatchObject({ err: 'boom', type: 'message' });
    expect(JSON.stringify(captured.lines)).not.toContain('hemlig text');
  });

  it('in English for a client in English', async () => {
    await h.run(personalMessage(h.connector.url, ANNA, 'x', 'en-GB'), (turn) => turnErrorHandler(h.deps)(turn, new Error('boom')));
    expect(said()).toEqual(['Something went wrong in the bot. Try again in a moment.']);
  });

  it('when Teams refused what was sent as too large, says so plainly and keeps the activity handled (no loop)', async () => {
    const activity = personalMessage(h.connector.url, ANNA, 'mina svar');
    const key = activityKey(activity) ?? '';
    await h.deps.seen.claim(key);
    await h.run(activity, (turn) => turnErrorHandler(h.deps)(turn, connectorError(413)));
    expect(said()[0]).toMatch(/för stort för Teams att visa/);
    expect(await h.deps.seen.claim(key)).toBe(false);
  });

  it('says nothing for what is not a message, and survives a connector that fails too', async () => {
    await h.run({ ...cardSubmit(h.connector.url, ANNA, {}, 'c1'), type: 'invoke', name: 'adaptiveCard/action' }, (turn) => turnErrorHandler(h.deps)(turn, new Error('x')));
    expect(said()).toEqual([]);
    h.connector.fail(() => true, 500, 10);
    // The handler itself does not throw (h.run would reject): there is no one left to tell.
    await h.run(personalMessage(h.connector.url, ANNA, 'x'), (turn) => turnErrorHandler(h.deps)(turn, new Error('x')));
    expect(h.connector.calls.length).toBeGreaterThan(0);
    expect(h.connector.calls.every((c) => c.status === 500)).toBe(true);
  });
});
