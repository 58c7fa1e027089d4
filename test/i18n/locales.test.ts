import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { translate } from '../../src/i18n/translate';

type Tree = { [k: string]: string | Tree };
const keys = (o: Tree, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The static scripts served to browsers (the web chat and workbench pages). */
function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? scripts(p) : p.endsWith('.js') ? [p] : [];
  });
}

describe('locales', () => {
  it('have the same keys in Swedish and English', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(sv as Tree).sort());
  });

  it('have no empty messages', () => {
    for (const tree of [sv, en] as Tree[]) {
      for (const key of keys(tree)) expect(translate(tree === sv ? 'sv' : 'en', key).trim()).not.toBe('');
    }
  });

  it('hold every key the source code names literally', () => {
    const known = new Set(keys(sv as Tree));
    const missing: string[] = [];
    for (const file of sources(join(__dirname, '../../src'))) {
      const text = readFileSync(file, 'utf8');
      // translate(locale, 'a.b') and t('a.b') with a whole literal key
      for (const m of text.matchAll(/\b(?:translate\([^,()]+,\s*|\bt\()'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) {
        if (!known.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('hold no key the source code never uses', () => {
    // A key counts as used when src/ names it whole, or names its parent in a
    // key built from a code (t(`compile.concept.${id}`)). Plural forms count
    // with their base key.
    const files = [...sources(join(__dirname, '../../src')), ...scripts(join(__dirname, '../../src'))];
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = (key: string) => {
      const base = key.replace(/_(one|other)$/, '');
      if (text.includes(base)) return true;
      const parts = base.split('.');
      return parts.slice(1).some((_, i) => text.includes(`${parts.slice(0, parts.length - 1 - i).join('.')}.\${`));
    };
    expect(keys(sv as Tree).filter((k) => !used(k))).toEqual([]);
  });

  it('have a plural form beside every singular form', () => {
    for (const tree of [sv, en] as Tree[]) {
      const all = new Set(keys(tree));
      for (const k of all) if (k.endsWith('_one')) expect(all.has(k.slice(0, -4))).toBe(true);
    }
  });
});
