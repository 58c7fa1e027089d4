import { DELETE_MY_DATA_ACTION, deleteMyDataBlock } from '../../../src/slack/render/delete-my-data-button';

type Text = { type: string; text: string };
interface Button {
  type: string;
  action_id: string;
  style?: string;
  text: Text;
  value: string;
  confirm: { style?: string; title: Text; text: Text; confirm: Text; deny: Text };
}

describe('deleteMyDataBlock', () => {
  it('is one danger button that asks Slack to confirm first, with the prompt’s own words as plain text', () => {
    const block = deleteMyDataBlock({ button: 'Radera mina svar', title: 'Radera?', text: 'Allt du svarat raderas.', confirm: 'Ja, radera', cancel: 'Avbryt' }) as {
      type: string;
      elements: Button[];
    };
    expect(block.type).toBe('actions');
    expect(block.elements).toHaveLength(1);
    const [button] = block.elements as [Button];
    expect(button).toMatchObject({ type: 'button', action_id: DELETE_MY_DATA_ACTION, style: 'danger', text: { type: 'plain_text', text: 'Radera mina svar' } });
    expect(button.confirm).toEqual({
      style: 'danger',
      title: { type: 'plain_text', text: 'Radera?' },
      text: { type: 'plain_text', text: 'Allt du svarat raderas.' },
      confirm: { type: 'plain_text', text: 'Ja, radera' },
      deny: { type: 'plain_text', text: 'Avbryt' },
    });
    // The value names nobody: who clicks is who is deleted.
    expect(button.value).toBe('delete');
  });

  it('fits long texts to Slack’s limits for a button and its dialog', () => {
    const long = (n: number) => '🌱x'.repeat(n);
    const block = deleteMyDataBlock({ button: long(100), title: long(100), text: long(400), confirm: long(40), cancel: long(40) }) as { elements: Button[] };
    const [button] = block.elements as [Button];
    expect(button.text.text.length).toBeLessThanOrEqual(75);
    expect(button.confirm.title.text.length).toBeLessThanOrEqual(100);
    expect(button.confirm.text.text.length).toBeLessThanOrEqual(300);
    expect(button.confirm.confirm.text.length).toBeLessThanOrEqual(30);
    expect(button.confirm.deny.text.length).toBeLessThanOrEqual(30);
    expect(button.confirm.text.text.endsWith('…')).toBe(true);
  });
});
