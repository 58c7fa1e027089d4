import { GENERIC_WORDS } from './stopwords';
import { stem } from './swedish-stem';
import type { Token } from './tokenize';
import { WordClasses } from './word-class';

export interface LabelDoc {
  tokens: Token[];
  language: 'sv' | 'en';
}

interface Phrase {
  key: string;
  stems: string[];
  length: number;
  generic: boolean;
  /** Surface forms as written, with counts. */
  forms: Map<string, number>;
}

export interface ThemeWords {
  /** The best phrases, best first, as written. */
  /** `share`: of the theme's texts that use it; `overall`: of the whole question's. */
  /** `noun`: the replies use its last word as a noun and its first not as a verb (see word-class.ts). */
  phrases: { text: string; key: string; stems: string[]; share: number; overall: number; score: number; noun: boolean }[];
  keywords: string[];
}

const MAX_WORDS = 3;
const isEdge = (t: Token) => !t.stop && t.lower.length >= 2 && /\p{L}/u.test(t.lower);

/**
 * Counts every 1–3-word phrase of a text that starts and ends on a content
 * word, keyed by stems, into `df`: a phrase new to it is added (as first
 * seen), one not yet seen in this text (`doc`) counts one more text, and
 * every use counts its written form.
 *
 * Performance (issue 13): one pass over the theme's texts into one map, in
 * place of a map (and a map of forms per phrase) per text merged afterwards;
 * each phrase keeps the fields of its first use, and its forms are in the
 * order first used, as the merge left them.
 */
function countPhrases(doc: LabelDoc, index: number, df: Map<string, Phrase & { df: number; doc: number }>): void {
  const { tokens } = doc;
  const stems = tokens.map((w) => (w.stop ? w.lower : stem(w.lower, doc.language)));
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (!first || !isEdge(first)) continue;
    let key = '';
    let text = '';
    for (let len = 1; len <= MAX_WORDS && i + len <= tokens.length; len += 1) {
      const last = tokens[i + len - 1];
      // The words before `last` are in the run already.
      if (!last || last.run !== first.run) break;
      key = len === 1 ? (stems[i] as string) : `${key} ${stems[i + len - 1] as string}`;
      text = len === 1 ? last.surface : `${text} ${last.surface}`;
      if (!isEdge(last)) continue;
      let p = df.get(key);
      if (!p) {
        const words = tokens.slice(i, i + len);
        p = {
          key,
          stems: stems.slice(i, i + len).filter((_, k) => !words[k]?.stop),
          length: len,
          generic: words.every((w) => w.stop || GENERIC_WORDS.has(w.lower)),
          forms: new Map(),
          df: 1,
          doc: index,
        };
        df.set(key, p);
      } else if (p.doc !== index) {
        p.df += 1;
        p.doc = index;
      }
      p.forms.set(text, (p.forms.get(text) ?? 0) + 1);
    }
  }
}

/** The most common written form; a capital only where it is not just sentence-initial. */
function displayForm(forms: Map<string, number>): string {
  const byLower = new Map<string, Map<string, number>>();
  for (const [f, c] of forms) {
    const lower = f.toLowerCase();
    const m = byLower.get(lower) ?? new Map<string, number>();
    m.set(f, (m.get(f) ?? 0) + c);
    byLower.set(lower, m);
  }
  // Among forms used at least a third as often as the commonest, the shortest:
  // "avlösning" reads better as a heading than "avlösningen".
  const sorted = [...byLower].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1));
  const top = sorted[0] ? sum(sorted[0][1]) : 0;
  const [lower, variants] = sorted
    .filter(([, m]) => sum(m) * 3 >= top)
    .sort((a, b) => a[0].length - b[0].length || sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1))[0] ?? [
    '',
    new Map<string, number>(),
  ];
  // "LSS", "Röda korset": a form whose capitals are not only on the first letter is kept.
  const kept = [...variants.keys()].find((v) => /\p{Lu}/u.test(v.slice(1)));
  return kept ?? lower;
}
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * Ranks the phrases of each theme by class-based TF-IDF: how many of the
 * theme's replies use a phrase, against how many replies of the whole
 * question do. A phrase must occur in at least two of the theme's replies
 * (when it has two), so a label is never one person's wording. Longer
 * phrases win ties, since "stöd till anhöriga" says more than "stöd".
 */
export function themeWords(themes: readonly LabelDoc[][]): ThemeWords[] {
  const perTheme = themes.map((docs) => {
    const df = new Map<string, Phrase & { df: number; doc: number }>();
    docs.forEach((d, i) => {
      countPhrases(d, i, df);
    });
    return df;
  });
  const total = new Map<string, number>();
  for (const t of perTheme) for (const [k, p] of t) total.set(k, (total.get(k) ?? 0) + p.df);
  const baseForm = baseForms(perTheme);
  const n = themes.reduce((a, d) => a + d.length, 0);
  const classes = WordClasses.of(themes.flat());

  return perTheme.map((phrases, ti) => {
    const size = themes[ti]?.length ?? 0;
    const language = themes[ti]?.[0]?.language ?? 'sv';
    const floor = size >= 2 ? 2 : 1;
    const ranked = [...phrases.values()]
      .filter((p) => p.df >= floor)
      .map((p) => {
        const share = p.df / Math.max(1, size);
        // Lift: how much more common the phrase is in this theme than in the
        // question as a whole. Words every theme uses ("anhörig") get ~0.
        const lift = share / ((total.get(p.key) ?? 1) / Math.max(1, n));
        const idf = Math.log(Math.max(1, lift)) + 0.1 * Math.log(1 + n / (total.get(p.key) ?? 1));
        const lengthBonus = p.length === 1 ? 1 : p.length === 2 ? 1.1 : 1.05;
        const score = share * idf * lengthBonus * (p.generic ? 0.3 : 1);
        const overall = (total.get(p.key) ?? 0) / Math.max(1, n);
        return { forms: p.forms, key: p.key, stems: p.stems, share, overall, score };
      })
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // A phrase inside a better-ranked one adds nothing ("stöd" under "stöd till anhöriga").
    // The written form is worked out only for the phrases kept (performance).
    const phrasesOut: ThemeWords['phrases'] = [];
    for (const p of ranked) {
      if (phrasesOut.length >= 8) break;
      const covered = phrasesOut.some((q) => p.stems.every((s) => q.stems.includes(s)));
      if (!covered) {
        const { key, stems, share, overall, score } = p;
        let text = baseForm(displayForm(p.forms), stems);
        let noun = classes.nounPhrase(stems);
        // "förebygga ohälsa" heads a theme as Swedish headings often do: "Att förebygga ohälsa".
        if (!noun && language === 'sv' && stems.length > 1 && classes.nounLike(stems[stems.length - 1] ?? '')) {
          if (/^\p{L}+a\s/u.test(text)) {
            text = `att ${text}`;
            noun = true;
          }
        }
        phrasesOut.push({ text, key, stems, share, overall, score, noun });
      }
    }
    // Keywords are words a theme is about: no "inte", no verbs ("åka", "följs").
    const keywords: string[] = [];
    for (const p of ranked) {
      if (keywords.length >= 5) break;
      if (p.stems.length !== 1) continue;
      const word = baseForm(displayForm(p.forms), p.stems).toLowerCase();
      if (headable(word) && looksLikeNounPhrase(word) && classes.nounPhrase(p.stems)) keywords.push(word);
    }
    return { phrases: phrasesOut, keywords };
  });
}

/**
 * A one-word phrase in its base form where the question's replies use one:
 * "Stödplan" rather than "Stödplanen" when someone wrote "stödplan". Only a
 * form the word starts with is taken (an ending dropped, the stem kept), and
 * only for one word: in "Kollektiva stödformer" the words must agree.
 */
function baseForms(perTheme: readonly Map<string, Phrase>[]): (text: string, stems: readonly string[]) => string {
  const shortest = new Map<string, string>();
  for (const phrases of perTheme) {
    for (const p of phrases.values()) {
      if (p.length !== 1) continue;
      for (const f of p.forms.keys()) {
        const lower = f.toLowerCase();
        const best = shortest.get(p.key);
        if (best === undefined || lower.length < best.length) shortest.set(p.key, lower);
      }
    }
  }
  return (text, stems) => {
    if (stems.length !== 1 || /\s/u.test(text) || /\p{Lu}/u.test(text.slice(1))) return text;
    const base = shortest.get(stems[0] as string);
    const lower = text.toLowerCase();
    if (!base || base.length >= lower.length || !lower.startsWith(base)) return text;
    return text.charAt(0) === lower.charAt(0) ? base : base.charAt(0).toUpperCase() + base.slice(1);
  };
}

/**
 * A heading a person would write: the best phrase of the theme, alone.
 * Two phrases joined by "och" read as two themes ("Stödplan och följs"), so
 * they are never joined; a phrase must start and end on a content word that
 * is not theme-neutral ("bra", "inte"), and one word must have a noun-like
 * shape or be at least as common as any other choice. Phrases `taken` by
 * an earlier theme are passed over, so two themes never share a heading.
 */
/**
 * A phrase fewer than one in seven of a theme's replies use names a few of
 * them, not the theme: a mixed group of 24 was headed "Död" by two replies.
 * Such a theme is numbered, for the coordinator to name. (Only themes of
 * 14 replies or more are concerned: a phrase is counted from two replies up.)
 */
const HEADING_MIN_SHARE = 0.15;

export function labelFrom(
  phrases: ThemeWords['phrases'],
  taken: ReadonlySet<string>,
): { label: string; key: string; share: number; stems: string[] } | null {
  // A heading is a noun phrase: "Stödplan", not "Följs"; and one a good part of the theme uses.
  const fit = phrases.filter(
    (p) => !taken.has(p.key) && p.share >= HEADING_MIN_SHARE && p.noun && headable(p.text) && looksLikeNounPhrase(p.text),
  );
  const first = fit[0];
  if (!first) return null;
  return { label: capitalise(first.text), key: first.key, share: first.share, stems: first.stems };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const CONTENT = /[\p{L}]{3,}/u;

export { headable };

/**
 * Words of time and measure: a theme is never "Vecka" or "Kvällar", though
 * replies about respite name the week and the evening more than anything.
 */
const NOT_A_HEADING = new Set(
  `vecka veckan veckor veckorna dag dagen dygn dygnet timme timmen timmar månad månaden månader år året åren
  kväll kvällen kvällar natt natten nätter helg helgen helger morgon morgonen förmiddag eftermiddag stund
  tid tiden tider gången början slutet hälften del delen delar week weeks day days hour hours month months
  year years evening evenings night nights weekend weekends morning time times part
  vet veta visste sitta sitter satt göra gjort prata pratar pratade träffa träffar träffas se ser såg känna känner
  kände må mår mådde orka orkar orkade flytta flyttar flyttade bo bor bodde ringa ringer ringde tänka tänker tänkte
  hjälpa hjälper hjälpte lära lär lärde förstå förstår förstod ge ger gav ta tar tog hitta hittar hittade
  vilja vill ville använda använder använde fungera fungerar fungerade försöka försöker försökte fråga frågar
  frågade berätta berättar berättade hålla håller höll leva lever levde vänta väntar väntade börja börjar började
  börjat slutat fått sett varit blivit gjort kommit gått fortfarande efteråt tidigare senare länge direkt
  åka åker åkte åkt gå går gick komma kommer kom stanna stannar stannade skapa skapar skapade ordna ordnar ordnade
  erbjuda erbjuder erbjöd delta deltar deltog behålla behåller behöll klara klarar klarade lämna lämnar lämnade
  hjälp liv livet saker sak människor folk läget situationen gruppen grupper vården delen vuxen
  syfte syftet syften mål målet målen avsikt avsikten exempel exemplet exemplen sätt sättet form formen former
  formerna fråga frågan frågor frågorna område området områden slut person personen personer personerna roll rollen egen eget egna
  purpose purposes aim aims goal goals example examples way ways form forms question questions area areas issue issues person persons role roles own
  know knew sit talk meet see feel help helps live things thing people situation
  mamma mammas pappa pappas mor far fru frun make maken maka sambo son sonen dotter dottern bror syster
  mormor morfar farmor farfar
  två tre fyra fem sex sju åtta nio tio elva tolv första tredje fjärde själv själva självt
  two three four five six seven eight nine ten first second third self`.split(/\s+/),
);

/** Both ends are content words of three letters or more, neither theme-neutral nor a word of time. */
function headable(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const fits = (w: string) => CONTENT.test(w) && !GENERIC_WORDS.has(w) && !NOT_A_HEADING.has(w);
  return fits(first) && fits(last);
}

// Endings of Swedish and English nouns (and of nouns in the definite form),
// against the passive and present-tense verb endings ("följs", "används").
const NOUN_END =
  /(ning|ningar|ningen|het|heten|else|elsen|skap|skapet|tion|tionen|sion|itet|iteten|ism|ande|ende|plan|planen|planer|stöd|stödet|vård|vården|plats|platser|grupp|grupper|person|samtal|tjänst|ness|ment|ity|ance|ence|ship|ing)$/u;
const VERB_END = /(?:[^s]s|ar|er|ade|de|te|ed)$/u;
// Endings only adjectives have ("nationella", "psykiskt", "viktiga", "personligt"): alone they head nothing.
// ("anhöriga" is left alone: a word for people, though formed as an adjective).
const ADJECTIVE_END = /(?:ella|ellt|iska|iskt|igt|liga|ligt|ivt|isk|lig)$/u;
export function looksLikeNounPhrase(text: string): boolean {
  const last = text.toLowerCase().split(/\s+/).pop() ?? '';
  if ((ADJECTIVE_END.test(last) && last.length >= 6) || (last.endsWith('ell') && last.length >= 9)) return false;
  return NOUN_END.test(last) || !VERB_END.test(last);
}
