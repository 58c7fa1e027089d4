import { programKeptMessage } from '../../../src/core/messages/program-kept-message';

const FILE = '/etc/lnb/program.yaml';

describe('programKeptMessage', () => {
  it('lists each problem with its place in the file, and how to check the file', () => {
    const problems = [
      { path: 'rounds[0].meeting (rad 18)', message: '"imorgon" är inte ett datum' },
      { path: 'networks[1]', message: 'har varken kanal eller ledare' },
    ];
    const m = programKeptMessage(FILE, { kind: 'invalid', problems }, 'sv');
    expect(m.fallback).toBe('Ändringen i programfilen används inte än');
    expect(m.blocks[0]).toEqual({ type: 'text', text: expect.stringContaining(`Programfilen ${FILE} har ändrats, men den nya versionen har 2 fel`) });
    expect(m.blocks[1]).toEqual({ type: 'list', items: ['rounds[0].meeting (rad 18): "imorgon" är inte ett datum', 'networks[1]: har varken kanal eller ledare'] });
    expect(m.blocks[2]).toEqual({ type: 'context', text: expect.stringContaining(`npx lnb check ${FILE}`) });
  });

  it('lists at most ten problems and says how many more there are', () => {
    const problems = Array.from({ length: 13 }, (_, i) => ({ path: `rounds[${i}]`, message: 'fel' }));
    const m = programKeptMessage(FILE, { kind: 'invalid', problems }, 'en');
    const list = m.blocks[1] as { items: string[] };
    expect(list.items).toHaveLength(11);
    expect(list.items[9]).toBe('rounds[9]: fel');
    expect(list.items[10]).toBe('… and 3 more');
    expect(m.blocks[0]).toEqual({ type: 'text', text: expect.stringContaining('has 13 problems') });
  });

  it('uses the singular for one problem', () => {
    const m = programKeptMessage(FILE, { kind: 'invalid', problems: [{ path: 'program', message: 'x' }] }, 'en');
    expect(m.blocks[0]).toEqual({ type: 'text', text: expect.stringContaining('has 1 problem.') });
  });

  it('explains a changed program id, with the id to write back', () => {
    const m = programKeptMessage(FILE, { kind: 'idChanged', from: 'anhorigstod-2027', to: 'anhorigstod-2028' }, 'sv');
    expect(m.blocks).toEqual([{ type: 'text', text: expect.stringContaining('ändrats från anhorigstod-2027 till anhorigstod-2028') }]);
    expect((m.blocks[0] as { text: string }).text).toContain('Skriv tillbaka id: anhorigstod-2027');
    expect(m.actions).toEqual([]);
  });
});
