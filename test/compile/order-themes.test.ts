import { mostFirst, orderThemes, type UnorderedTheme } from '../../src/compile/order-themes';
import { compiledTheme } from './fixtures';

const theme = (label: string, size: number, over: Partial<UnorderedTheme> = {}): UnorderedTheme => ({
  ...compiledTheme('', label, [], { replyCount: size }),
  size,
  numbered: false,
  ...over,
});

describe('orderThemes', () => {
  const fallback = (n: number) => `Tema ${n}`;

  it('puts the most raised first and "Övrigt" last whatever its size, with ids in that order', () => {
    const out = orderThemes([theme('Övrigt', 9, { other: true }), theme('Växelvård', 2), theme('Avlösning', 5)], 'q1', fallback);
    expect(out.map((t) => [t.label, t.id])).toEqual([
      ['Avlösning', 'q1-t1'],
      ['Växelvård', 'q1-t2'],
      ['Övrigt', 'q1-other'],
    ]);
    expect(out[0]).not.toHaveProperty('size');
    expect(out[0]).not.toHaveProperty('numbered');
  });

  it('numbers a theme with no heading by where a reader meets it, named themes first on a tie', () => {
    const out = orderThemes([theme('', 3, { numbered: true }), theme('Stödplan', 3), theme('Avlösning', 4)], 'q2', fallback);
    expect(out.map((t) => t.label)).toEqual(['Avlösning', 'Stödplan', 'Tema 3']);
  });

  it('orders themes of the same size by heading, so the draft is the same every run', () => {
    const a = orderThemes([theme('Stödplan', 2), theme('Avlösning', 2)], 'q', fallback).map((t) => t.label);
    const b = orderThemes([theme('Avlösning', 2), theme('Stödplan', 2)], 'q', fallback).map((t) => t.label);
    expect(a).toEqual(['Avlösning', 'Stödplan']);
    expect(b).toEqual(a);
  });
});

describe('mostFirst', () => {
  it('lists each value once, most frequent first, ties by value, empty values left out', () => {
    expect(mostFirst(['chef', 'anhorig', undefined, 'anhorig', '', 'politiker', 'chef', 'anhorig'])).toEqual(['anhorig', 'chef', 'politiker']);
    expect(mostFirst([])).toEqual([]);
  });
});
