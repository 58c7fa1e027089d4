import { stageWord } from '../../src/compile/render-lines';

describe('stageWord', () => {
  it('says Utkast for a machine draft, Bearbetad version for a shaped one, and nothing once published', () => {
    expect(stageWord({ locale: 'sv', stage: 'draft' })).toBe('Utkast');
    expect(stageWord({ locale: 'sv', stage: 'edited' })).toBe('Bearbetad version');
    expect(stageWord({ locale: 'sv', stage: 'published' })).toBeUndefined();
    expect(stageWord({ locale: 'en', stage: 'draft' })).toBe('Draft');
    expect(stageWord({ locale: 'en', stage: 'edited' })).toBe('Edited version');
    expect(stageWord({ locale: 'en', stage: 'published' })).toBeUndefined();
  });
});
