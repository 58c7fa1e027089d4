import en from '../../locales/en.json';
import sv from '../../locales/sv.json';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

type Messages = { [key: string]: string | Messages };
const catalogs: Record<Locale, Messages> = { sv, en };

export type Vars = Record<string, string | number>;

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const plurals: Record<Locale, Intl.PluralRules> = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled in.
 * When `vars.count` is a number whose plural category is "one" and the
 * catalogue has `key_one`, that form is used ("1 anteckning", "2
 * anteckningar"). A key missing in one language falls back to Swedish, then
 * to the key itself, so a forgotten string shows up visibly instead of
 * crashing a handler.
 */
export function translate(locale: Locale, key: string, vars: Vars = {}): string {
  const one = typeof vars.count === 'number' && plurals[locale].select(vars.count) === 'one';
  const template =
    (one ? (lookup(catalogs[locale], `${key}_one`) ?? lookup(catalogs[DEFAULT_LOCALE], `${key}_one`)) : undefined) ??
    lookup(catalogs[locale], key) ??
    lookup(catalogs[DEFAULT_LOCALE], key) ??
    key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A translate function bound to one locale. */
export type T = (key: string, vars?: Vars) => string;
export function translator(locale: Locale): T {
  return (key, vars) => translate(locale, key, vars);
}
