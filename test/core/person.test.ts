import { accessOf, mayLead, namesPerson, type Person, platformOfEntry } from '../../src/core/person';
import type { Program } from '../../src/program/schema';
import { exampleProgram } from '../helpers/bot-context';

const program = exampleProgram();
const withNetworks = (platforms: Program['networks'][number]['platform'][]): Program => ({
  ...program,
  networks: platforms.map((platform, i) => ({ ...(program.networks[i % program.networks.length] as Program['networks'][number]), id: `n${i}`, platform })),
});

describe('namesPerson', () => {
  const anna: Person = { platform: 'slack', userId: 'U0ANNA' };

  it('takes a bare id or one with the person\'s platform', () => {
    expect(namesPerson('U0ANNA', anna)).toBe(true);
    expect(namesPerson('slack:U0ANNA', anna)).toBe(true);
  });

  it('refuses another platform\'s prefix, another id and a part of the id', () => {
    expect(namesPerson('teams:U0ANNA', anna)).toBe(false);
    expect(namesPerson('U0ANN', anna)).toBe(false);
    expect(namesPerson('u0anna', anna)).toBe(false);
    expect(namesPerson('', anna)).toBe(false);
  });

  it('matches a Teams id that itself holds a colon', () => {
    expect(namesPerson('teams:29:1abc', { platform: 'teams', userId: '29:1abc' })).toBe(true);
    expect(namesPerson('29:1abc', { platform: 'teams', userId: '29:1abc' })).toBe(true);
  });
});

describe('accessOf and mayLead', () => {
  it('knows the coordinator, who may lead every network', () => {
    const access = accessOf(program, { platform: 'local', userId: 'samordnare' });
    expect(access).toEqual({ coordinator: true, leads: [] });
    expect(mayLead(access, 'nykoping')).toBe(true);
  });

  it('knows a leader by network, who may lead only theirs', () => {
    const access = accessOf(program, { platform: 'local', userId: 'ledare-katrineholm' });
    expect(access).toEqual({ coordinator: false, leads: ['katrineholm'] });
    expect(mayLead(access, 'katrineholm')).toBe(true);
    expect(mayLead(access, 'eskilstuna')).toBe(false);
  });

  it('gives a participant nothing, also one whose id is a leader\'s on another platform prefix', () => {
    expect(accessOf(program, { platform: 'local', userId: 'anna' })).toEqual({ coordinator: false, leads: [] });
    const prefixed = { ...program, program: { ...program.program, coordinators: ['teams:samordnare'] } };
    expect(accessOf(prefixed, { platform: 'slack', userId: 'samordnare' }).coordinator).toBe(false);
    expect(accessOf(prefixed, { platform: 'teams', userId: 'samordnare' }).coordinator).toBe(true);
  });
});

describe('platformOfEntry', () => {
  it('reads the platform an entry names, keeping the rest of the id whole', () => {
    expect(platformOfEntry(program, 'teams:29:1abc')).toEqual({ platform: 'teams', userId: '29:1abc' });
    expect(platformOfEntry(program, 'slack:U0123')).toEqual({ platform: 'slack', userId: 'U0123' });
  });

  it('puts a bare id on the one platform the networks use', () => {
    expect(platformOfEntry(withNetworks(['slack', 'slack']), 'U0123')).toEqual({ platform: 'slack', userId: 'U0123' });
    expect(platformOfEntry(program, 'samordnare')).toEqual({ platform: 'local', userId: 'samordnare' });
  });

  it('puts a bare id on local when the networks mix platforms, and takes an unknown prefix as part of the id', () => {
    expect(platformOfEntry(withNetworks(['slack', 'teams']), 'U0123')).toEqual({ platform: 'local', userId: 'U0123' });
    expect(platformOfEntry(withNetworks(['teams']), 'discord:42')).toEqual({ platform: 'teams', userId: 'discord:42' });
    expect(platformOfEntry(withNetworks(['teams']), 'slack:')).toEqual({ platform: 'teams', userId: 'slack:' });
  });
});
