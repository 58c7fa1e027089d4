import { sameStem, stem, unifyStems } from '../../src/compile/swedish-stem';

describe('stem', () => {
  it('brings Swedish inflections to one stem, and English ones with the English stemmer', () => {
    expect(stem('anhöriga')).toBe(stem('anhörig'));
    expect(stem('träffarna')).toBe(stem('träffar'));
    expect(stem('meetings', 'en')).toBe(stem('meeting', 'en'));
    expect(stem('meetings', 'en')).not.toBe(stem('meetings', 'sv'));
  });
});

describe('unifyStems', () => {
  it('joins a stem to a shorter one of the same word when the round has both', () => {
    const map = unifyStems(['korttidsplat', 'korttidsplats', 'sjukskötersk', 'sjuksköterskan']);
    expect(map.get('korttidsplats')).toBe('korttidsplat');
    expect(map.get('sjuksköterskan')).toBe('sjukskötersk');
    expect(map.get('korttidsplat')).toBe('korttidsplat');
  });

  it('leaves a stem alone when its shorter form is not in the round, or fewer than five letters would remain', () => {
    expect(unifyStems(['korttidsplats']).get('korttidsplats')).toBe('korttidsplats');
    expect(unifyStems(['hus', 'husen']).get('husen')).toBe('husen');
  });

  it('follows chains to their end', () => {
    const map = unifyStems(['vårdare', 'vårdaren', 'vårdar']);
    expect(map.get('vårdaren')).toBe('vårdar');
    expect(map.get('vårdare')).toBe('vårdar');
  });
});

describe('sameStem', () => {
  it('takes stems Snowball leaves apart for one word as one, as unifyStems joins them', () => {
    expect(sameStem(stem('korttidsplats'), stem('korttidsplatser'))).toBe(true);
    expect(sameStem('sjukskötersk', 'sjuksköterskan')).toBe(true);
    expect(sameStem('samtal', 'samtal')).toBe(true);
    expect(unifyStems(['korttidsplat', 'korttidsplats']).get('korttidsplats')).toBe('korttidsplat');
  });

  it('keeps words apart that only begin alike, and leaves fewer than five letters whole', () => {
    expect(sameStem('vård', 'vårdcentral')).toBe(false);
    expect(sameStem('stödplan', 'stöd')).toBe(false);
    expect(sameStem('skol', 'skolan')).toBe(false);
    expect(sameStem('plan', 'planer')).toBe(false);
  });
});
