import { fitDistinct, fitMrkdwn, fitPlain } from '../../../src/slack/render/fit-text';

/** Whether a string has a lone surrogate (half an emoji), which Slack refuses. */
const broken = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('fitPlain', () => {
  it('leaves a text that fits as it is, and cuts a longer one to exactly max with an ellipsis', () => {
    expect(fitPlain('Hej', 3)).toBe('Hej');
    expect(fitPlain('', 0)).toBe('');
    expect(fitPlain('Hejsan', 5)).toBe('Hejs…');
    expect(fitPlain('x'.repeat(10_000), 75)).toHaveLength(75);
  });

  it('never cuts an emoji in half', () => {
    for (let max = 2; max < 12; max++) {
      const out = fitPlain('ab🌱🌱🌱🌱🌱🌱', max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(broken(out)).toBe(false);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('gives only the ellipsis when max leaves no room for text', () => {
    expect(fitPlain('Hejsan', 1)).toBe('…');
  });
});

describe('fitMrkdwn', () => {
  it('escapes markup that fits, so it cannot ping or format', () => {
    expect(fitMrkdwn('<!channel> & co', 100)).toBe('&lt;!channel&gt; &amp; co');
    expect(fitMrkdwn('*fet*', 100)).toBe('\u200d*\u200dfet\u200d*\u200d');
  });

  it('cuts on the raw text so the escaped result is within max and no entity is split', () => {
    const text = '<&>'.repeat(1000);
    for (const max of [3000, 100, 17, 10, 5]) {
      const out = fitMrkdwn(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('keeps a zero-width joiner with its character, and an emoji whole', () => {
    const text = `${'*🌱_'.repeat(500)}`;
    for (const max of [50, 51, 52, 53, 2000]) {
      const out = fitMrkdwn(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(broken(out)).toBe(false);
      // Every formatting character still stands between two joiners.
      expect(out.replace(/\u200d[*_~`]\u200d/g, '')).not.toMatch(/[*_~`]/);
    }
  });

  it('gives the ellipsis alone when nothing else fits', () => {
    expect(fitMrkdwn('<<<<<<', 2)).toBe('…');
  });
});

describe('fitDistinct', () => {
  it('cuts each label as fitPlain does when the cuts stay distinct', () => {
    const labels = ['Ja', 'Nej', `Delvis ${'x'.repeat(100)}`];
    expect(fitDistinct(labels, 75)).toEqual(labels.map((l) => fitPlain(l, 75)));
  });

  it('cuts in the middle, keeping the end, labels that would look alike once cut', () => {
    const stem = 'Jag har fått stöd från kommunens anhörigkonsulent och det har fungerat';
    const labels = [`${stem} hittills riktigt bra`, `${stem} hittills riktigt dåligt`, 'Nej'];
    const shown = fitDistinct(labels, 75);
    expect(new Set(shown).size).toBe(3);
    for (const s of shown) expect(s.length).toBeLessThanOrEqual(75);
    expect(shown[0]).toMatch(/^Jag har fått stöd.* … .*riktigt bra$/);
    expect(shown[1]).toMatch(/^Jag har fått stöd.* … .*riktigt dåligt$/);
    expect(shown[2]).toBe('Nej');
  });

  it('numbers every label when the difference lies too far from the end to show', () => {
    const stem = 'Jag har fått stöd från kommunens anhörigkonsulent och det har fungerat';
    const tail = ', tack vare samtalsgruppen på torsdagarna i centrum av staden varje vecka';
    const labels = [`${stem} under våren${tail}`, `${stem} under hösten${tail}`, 'Kort'];
    const shown = fitDistinct(labels, 75);
    expect(shown.map((s) => s.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(shown[2]).toBe('3. Kort');
    expect(new Set(shown).size).toBe(3);
    for (const s of shown) expect(s.length).toBeLessThanOrEqual(75);
  });

  it('leaves labels that are the same text the same (nothing to tell apart)', () => {
    const long = 'x'.repeat(100);
    expect(fitDistinct([long, long], 75)).toEqual([fitPlain(long, 75), fitPlain(long, 75)]);
  });

  it('never splits an emoji when cutting in the middle', () => {
    const stem = '🌱'.repeat(40);
    const shown = fitDistinct([`${stem} slutet A`, `${stem} slutet B`], 40);
    expect(new Set(shown).size).toBe(2);
    for (const s of shown) {
      expect(s.length).toBeLessThanOrEqual(40);
      expect(broken(s)).toBe(false);
    }
  });

  it('gives an empty list for no labels', () => {
    expect(fitDistinct([], 75)).toEqual([]);
  });
});
