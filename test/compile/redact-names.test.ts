import { escapeRegExp, redactNames } from '../../src/compile/redact-names';

const PLACEHOLDERS = ['[personnummer]', '[telefonnummer]', '[e-post]', '[omnämnande]', '[namn]'];
const r = (s: string) => redactNames(s, '[namn]', PLACEHOLDERS);

describe('redact: names', () => {
  it.each([
    ['Min man Per Andersson har demens.', 'Min man [namn] har demens.'],
    ['Jag och min man Per tar hand om huset.', 'Jag och min man [namn] tar hand om huset.'],
    ['Maken Jukka vill inte ha hemtjänst.', 'Maken [namn] vill inte ha hemtjänst.'],
    ['Min dotter Sara hjälper till.', 'Min dotter [namn] hjälper till.'],
    ['Min svärmor Inga bor i Trosa.', 'Min svärmor [namn] bor i Trosa.'],
    ['Grannen Olle Nyman handlar åt oss.', 'Grannen [namn] handlar åt oss.'],
    ['Hon heter Sara och bor i Flen.', 'Hon heter [namn] och bor i Flen.'],
    ['Grannen som heter Gunnel handlar.', 'Grannen som heter [namn] handlar.'],
    ['Jag pratade med Anna igår.', 'Jag pratade med [namn] igår.'],
    ['Kerstin ringde från kommunen.', '[namn] ringde från kommunen.'],
    ['Eva Lindberg ringde.', '[namn] ringde.'],
    ['Per Andersson ringde.', '[namn] ringde.'],
    ['Det var Per som ringde.', 'Det var [namn] som ringde.'],
    ['Vi träffade Per Andersson och Karin.', 'Vi träffade [namn] och [namn].'],
    ['Andersson i styrelsen sa nej.', '[namn] i styrelsen sa nej.'],
    ['Anna-Karin och Lars-Erik kom.', '[namn] och [namn] kom.'],
    ['Annas mamma bor kvar hemma.', '[namn] mamma bor kvar hemma.'],
    ['Per andersson kom.', '[namn] kom.'],
    ['My husband John Smith has dementia.', 'My husband [namn] has dementia.'],
    ['My neighbour, named Mary, helps.', 'My neighbour, named [namn], helps.'],
    ['Our mum Elizabeth lives alone.', 'Our mum [namn] lives alone.'],
  ])('redacts the name in "%s"', (text, expected) => {
    expect(r(text)).toBe(expected);
  });

  it.each([
    'Per dag kommer hemtjänsten två gånger.',
    'Bo kvar hemma så länge det går.',
    'I Eskilstuna har vi en anhörigkonsulent.',
    'Röda korset och Svenska kyrkan har kaffestugor.',
    'Region Sörmland och Nka ordnar träffen i Nyköping och Katrineholm.',
    'Inga problem med avlösningen.',
    'Hans mamma bor kvar hemma.',
    'Klara vardagen är svårt. Max 10 personer per grupp.',
    'Min man har demens, min son bor i Eskilstuna.',
    'Man får ta det som det kommer. Stig på!',
    'Björn och varg finns i skogen.',
    'Hemtjänsten i Vingåker kommer 13:00–15:00 per dag.',
    'Min chef Region Sörmland? Nej, min kollega i Kommunen.',
    'Stödet heter Anhörigstöd och gruppen heter Tillsammans.',
    'My friend Monday said: Thanks Eskilstuna!',
  ])('leaves "%s" alone', (text) => {
    expect(r(text)).toBe(text);
  });
});

describe('redactNames: placeholders and what is glued to other data', () => {
  it('leaves the placeholders as they are, and never takes one for a cue or a name', () => {
    expect(r('Min man [namn] och [telefonnummer] Andersson.')).toBe('Min man [namn] och [telefonnummer] [namn].');
    expect(r('[namn] [namn] ringde.')).toBe('[namn] [namn] ringde.');
    expect(r('Heter [omnämnande] Sara?')).toBe('Heter [omnämnande] [namn]?');
  });

  it('makes one placeholder of a run of names, and writes the placeholder it is given', () => {
    expect(r('Anna Karin Lindberg Andersson kom.')).toBe('[namn] kom.');
    expect(redactNames('My wife Sara Lind came.', '[name]', ['[name]'])).toBe('My wife [name] came.');
  });

  it('leaves a name written right before a digit, "@", "+" or "(" to the other patterns', () => {
    for (const text of ['Ring Anna0701234567 nu.', 'Skriv till Per@exempel.se', 'Kontakta Sara+46 70 123', 'Fråga Eva(chef)']) expect(r(text)).toBe(text);
  });

  it('changes nothing in a text without a capitalised word', () => {
    const text = 'min man per andersson har demens, och sonen bor i stan 🙂 <b>ja</b>';
    expect(r(text)).toBe(text);
    expect(r('')).toBe('');
  });

  it('copes with no placeholders and with an empty one', () => {
    expect(redactNames('Min dotter Sara hjälper till.', '[namn]', [])).toBe('Min dotter [namn] hjälper till.');
    expect(redactNames('Min dotter Sara 🙂 hjälper till.', '[namn]', [''])).toBe('Min dotter [namn] 🙂 hjälper till.');
  });

  it('is the same on a second pass', () => {
    for (const text of ['Min man Per Andersson har demens.', 'Anna-Karin och Lars-Erik kom.', 'My husband John Smith has dementia.']) {
      const once = r(text);
      expect(r(once)).toBe(once);
    }
  });

  it('finishes on 100,000 characters of names and cues', () => {
    const text = 'min man Per Anna-Karin Andersson heter Sara. '.repeat(2300).slice(0, 100_000);
    const out = r(text);
    expect(out).not.toMatch(/\bPer\b|Anna-Karin|Andersson|Sara/);
    expect(out).toContain('min man [namn] heter [namn].');
  });
});

describe('escapeRegExp', () => {
  it('makes any text match itself literally', () => {
    for (const text of ['[namn]', 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o', '', '🙂']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});
