import { answersOfTwo, eventually, slackHarnessForEach } from '../../slack-harness';
import { blockActionsBody } from '../../slack-payloads';

const h = slackHarnessForEach();
beforeEach(() => answersOfTwo(h));

/** *Radera mina svar* (under /lnb mina-svar), clicked after Slack's own confirmation. */
describe('the delete-my-data button', () => {
  it('deletes the clicking person’s data, whatever the button’s value says, and replaces the list with the outcome', async () => {
    // A forged value naming another user: ignored, identity is Slack's signed user id.
    const click = blockActionsBody({
      user: 'U0PART',
      channel: 'C0ESK',
      actionId: 'lnb_delete_my_data',
      value: JSON.stringify({ platform: 'slack', userId: 'U0OTHER' }),
      responseUrl: h.fake.responseUrl('delete'),
    });
    expect((await h.post(click)).status).toBe(200);
    await eventually(() => h.fake.responses.some((r) => r.id === 'delete'));
    const response = h.fake.responses.find((r) => r.id === 'delete')?.body;
    expect(response).toMatchObject({ replace_original: true, text: expect.stringMatching(/^Klart\. Dina svar är raderade \(1 st\)/) });

    const left = await h.t.store.replies.list({ program: 'slack-test' });
    expect(left.map((r) => r.author?.userId)).toEqual(['U0OTHER']);
    expect(await h.t.store.contacts.get('slack', 'U0PART')).toBeUndefined();
  });

  it('lets another participant delete only their own, never the person they name', async () => {
    const click = blockActionsBody({
      user: 'U0OTHER',
      channel: 'C0ESK',
      actionId: 'lnb_delete_my_data',
      value: JSON.stringify({ userId: 'U0PART' }),
      responseUrl: h.fake.responseUrl('other'),
    });
    await h.post(click);
    await eventually(() => h.fake.responses.some((r) => r.id === 'other'));
    const left = await h.t.store.replies.list({ program: 'slack-test' });
    expect(left.map((r) => [r.author?.userId, r.text])).toEqual([['U0PART', 'Mitt eget <svar> om avlösning.']]);
    expect(await h.t.store.contacts.get('slack', 'U0PART')).toMatchObject({ role: 'anhorig' });
  });
});
