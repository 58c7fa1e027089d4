import { asContactReference } from '../../src/teams/contact-reference';

describe('asContactReference', () => {
  it('takes a stored reference that says whom to write to and where', () => {
    const stored = { memberId: '29:anna', serviceUrl: 'https://smba.example/', channelId: 'msteams', tenantId: 't', personal: { conversation: { id: 'a:1' } } };
    expect(asContactReference(stored)).toBe(stored);
  });

  it('refuses what cannot open a chat: a Slack or team reference, missing parts, nothing', () => {
    expect(asContactReference({ serviceUrl: 'https://x', channelId: 'msteams' })).toBeUndefined();
    expect(asContactReference({ memberId: '29:a', channelId: 'msteams' })).toBeUndefined();
    expect(asContactReference({ memberId: '29:a', serviceUrl: 'https://x' })).toBeUndefined();
    expect(asContactReference({ memberId: 29, serviceUrl: 'https://x', channelId: 'msteams' })).toBeUndefined();
    expect(asContactReference({ teamId: '19:t' })).toBeUndefined();
    expect(asContactReference(undefined)).toBeUndefined();
    expect(asContactReference(null)).toBeUndefined();
    expect(asContactReference('29:a')).toBeUndefined();
  });
});
