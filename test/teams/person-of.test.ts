import { localeOfActivity, personOf } from '../../src/teams/person-of';

describe('localeOfActivity', () => {
  it('reads Swedish and English in any region or case, and nothing else', () => {
    expect(localeOfActivity({ locale: 'sv-SE' })).toBe('sv');
    expect(localeOfActivity({ locale: 'SV-fi' })).toBe('sv');
    expect(localeOfActivity({ locale: 'sv' })).toBe('sv');
    expect(localeOfActivity({ locale: 'en-GB' })).toBe('en');
    expect(localeOfActivity({ locale: 'en' })).toBe('en');
    expect(localeOfActivity({ locale: 'fi-FI' })).toBeUndefined();
    expect(localeOfActivity({ locale: 'svenska' })).toBeUndefined();
    expect(localeOfActivity({ locale: 'eng' })).toBeUndefined();
    expect(localeOfActivity({})).toBeUndefined();
  });
});

describe('personOf', () => {
  it('names the sender by their Entra object id, with the client’s language', () => {
    expect(personOf({ from: { id: '29:anna', aadObjectId: 'aad-anna', name: 'Anna' }, locale: 'en-US' })).toEqual({ platform: 'teams', userId: 'aad-anna', locale: 'en' });
  });

  it('falls back to the channel-scoped id (Web Chat has only that), with no locale when unknown', () => {
    expect(personOf({ from: { id: '29:anna', name: 'Anna' } })).toEqual({ platform: 'teams', userId: '29:anna' });
    expect(personOf({ from: { id: '29:anna', aadObjectId: '', name: 'Anna' }, locale: 'de-DE' })).toEqual({ platform: 'teams', userId: '29:anna' });
  });

  it('is nobody without a sender id', () => {
    expect(personOf({})).toBeUndefined();
    expect(personOf({ from: { id: '', name: 'x' } })).toBeUndefined();
  });
});
