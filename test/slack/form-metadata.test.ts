import { encodeFormMetadata, type FormMetadata, parseFormMetadata } from '../../src/slack/form-metadata';

const meta: FormMetadata = {
  ref: { kind: 'minutes', program: 'anhörig-2026', round: 2, network: 'eskilstuna' },
  user: 'U0LEAD',
  channel: 'C0ESK',
  locale: 'en',
};

describe('encodeFormMetadata and parseFormMetadata', () => {
  it('round-trip what a modal carries, and the optional parts may be left out', () => {
    expect(parseFormMetadata(encodeFormMetadata(meta))).toEqual(meta);
    const bare: FormMetadata = { ref: { kind: 'answer', program: 'p 🌱', round: 1, network: '<n>' }, user: 'U1' };
    expect(parseFormMetadata(encodeFormMetadata(bare))).toEqual(bare);
  });

  it('fits within Slack’s 3,000 characters of private metadata for ordinary names', () => {
    expect(encodeFormMetadata(meta).length).toBeLessThan(3000);
  });

  const edited = (change: (m: Record<string, unknown>) => void) => {
    const copy = JSON.parse(encodeFormMetadata(meta)) as Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy);
  };

  it.each([
    ['not a string', meta],
    ['empty', ''],
    ['not JSON', 'lnb_form'],
    ['another kind of form', edited((m) => ((m.ref as Record<string, unknown>).kind = 'survey'))],
    ['a round of 0', edited((m) => ((m.ref as Record<string, unknown>).round = 0))],
    ['no user', edited((m) => delete m.user)],
    ['an empty user', edited((m) => (m.user = ''))],
    ['an empty channel', edited((m) => (m.channel = ''))],
    ['a language we do not speak', edited((m) => (m.locale = 'de'))],
    ['a field too many', edited((m) => (m.admin = true))],
    ['a field too many in the form', edited((m) => ((m.ref as Record<string, unknown>).question = 'x'))],
  ])('refuses metadata that is %s', (_, raw) => {
    expect(parseFormMetadata(raw)).toBeUndefined();
  });
});
