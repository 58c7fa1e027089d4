import type { Locale } from '../i18n/translate';
import { findThemes, type ThemeItem } from './find-themes';
import { themesByName } from './guide-themes';
import { headingAllows } from './heading-allows';
import { inHashOrder, mostUsedLanguage } from './item-sample';
import { headable, themeWords } from './label-theme';
import { mostFirst, orderThemes, type UnorderedTheme } from './order-themes';
import { pickQuotes } from './pick-quotes';
import { replyHomes } from './reply-homes';
import { centroid } from './sparse-vector';
import { groupsToSplit, joinGroups, partsToRejoin, splitGroups } from './split-groups';
import { splitReply } from './split-reply';
import { BROAD_STEMS } from './stopwords';
import { phrasesToName, summarizeTheme } from './summarize-theme';
import { stem } from './swedish-stem';
import { type ConceptShare, conceptsNamed, themeConcepts } from './theme-concepts';
import { askedStems, assignConcepts, groupsToJoin, listedInQuestion, ThemeHeadings } from './theme-heading';
import { aboutTheme, likeTheRest, namesHeading } from './theme-sentences';
import type { CompiledTheme, CompileReply, ReplyPart, TextQuestionInput } from './types';
import { analyse, Vectorizer } from './vectorize';

export type { TextQuestionInput } from './types';

const LABEL_SAMPLE = 300;
/** A phrase used in this share of the question's replies or more names no theme. */
const UBIQUITOUS = 0.4;

interface Item extends ThemeItem {
  reply: CompileReply;
  part: number;
  partCount: number;
  text: string;
}

/**
 * The themes of one text question: split long replies, vectorise, group,
 * then label, summarise and quote each group. Every reply id ends up in
 * exactly one theme's `replyIds`: the one its largest part went to; a
 * theme's counts, networks and roles are of every reply with text in it.
 */
export function compileTextQuestion(input: TextQuestionInput): CompiledTheme[] {
  const { questionId, replies, guided, words } = input;
  const blank = input.placeholders;
  // Redaction placeholders are not words of the reply: they must not make replies alike or become a heading.
  const ownWords = (text: string) => text.replace(blank, ' . ');
  // A sampled item is analysed once however often the groups are labelled (a split labels them
  // again): at most LABEL_SAMPLE items a theme are kept, so a big round stays small.
  const analysed = new Map<Item, ReturnType<typeof analyse>>();
  const analyseItem = (it: Item) => {
    let a = analysed.get(it);
    if (!a) {
      a = analyse(ownWords(it.text));
      analysed.set(it, a);
    }
    return a;
  };
  const raw: Omit<Item, 'vector'>[] = [];
  // Items keep no tokens (memory, issue 13): the vectorizer keeps each text
  // compactly until fitted, and the labeller analyses its sample again.
  const vectorizer = new Vectorizer(undefined, { lexicon: input.lexicon });
  for (const reply of replies) {
    const parts = splitReply(reply.text ?? '');
    parts.forEach((text, part) => {
      vectorizer.addText(ownWords(text));
      raw.push({ key: `${reply.id}#${part}`, reply, part, partCount: parts.length, text });
    });
    if (raw.length % 1000 < parts.length) input.onItems?.(raw.length);
  }
  const vectors = vectorizer.fit();
  const items: Item[] = raw.map((r, i) => ({ ...r, vector: vectors[i] ?? vectorizer.transform('') }));
  const seeds = guided.map((t) => vectorizer.transform(`${t.label} ${t.hints.join(' ')}`));
  let grouping = findThemes(items, { dim: vectorizer.dimension, seeds });

  let groupCount = grouping.themes.length;
  const slot = (a: number) => (a < 0 ? groupCount : a); // "Övrigt" is the last slot
  let slots = Array.from({ length: groupCount + 1 }, (_, s) => s);
  // The question's own words ("syfte" in a question about the purpose) name no theme.
  const questionTokens = analyse(input.questionText).tokens;
  const asked = askedStems(questionTokens);
  // The lexicon's concepts the question names ("working carers"): neither heads a theme on its own.
  const askedConcepts = conceptsNamed(questionTokens);
  // An example the question lists is stemmed as what was asked is, in both languages.
  const listed = listedInQuestion(input.questionText, (text) => [...askedStems(analyse(text).tokens)]);
  const usable = headingAllows(input.banned, input.bannedPhrases, input.guard);
  // The replies' own language: phrases are keyed, and concepts weighed against them, in it,
  // whatever the draft's language. Which groups make one theme must not depend on the
  // draft's language ("Avlösning" and "Respite" were two themes in English, one in Swedish).
  const replyLanguage = mostUsedLanguage(items, LABEL_SAMPLE, (it) => analyseItem(it).language);
  const keyOf = (text: string) => {
    const tokens = analyse(text).tokens;
    const stems = tokens.map((t) => (t.stop ? t.lower : stem(t.lower, replyLanguage)));
    return { key: stems.join(' '), stems: stems.filter((_, k) => !tokens[k]?.stop) };
  };
  // Words, concepts and a heading for each group of an assignment.
  const labelGroups = (assignment: readonly number[], language: Locale) => {
    const members = slots.map((s) => items.filter((_, i) => slot(assignment[i] ?? -1) === s));
    // Phrase counts from at most LABEL_SAMPLE items per theme (in hash order):
    // shares settle long before that, and labelling stays bounded in big rounds.
    const labelDocs = members.map((m) =>
      (m.length <= LABEL_SAMPLE ? m : inHashOrder(m).slice(0, LABEL_SAMPLE)).map(analyseItem),
    );
    const wordsOf = themeWords(labelDocs);
    const conceptOf = input.lexicon ? assignConcepts(themeConcepts(labelDocs, askedConcepts), groupCount) : new Map<number, ConceptShare>();
    const headings = new ThemeHeadings({ asked, listed, broad: BROAD_STEMS, conceptLabel: (id) => words.concept(id, language), keyOf });
    // A word most of the question's replies use ("anhöriga") tells no theme apart.
    const phrasesOf = wordsOf.map((tw) =>
      tw.phrases.filter((p) => usable(p.text, p.stems) && headable(p.text) && p.overall < UBIQUITOUS),
    );
    const heads = slots.map((s) => {
      const g = grouping.themes[s];
      if (s === groupCount || (members[s] ?? []).length === 0 || !g || g.guided !== null) return undefined;
      const all = wordsOf[s]?.phrases ?? [];
      return headings.choose({
        phrases: phrasesOf[s] ?? [],
        fallback: all.filter((p) => usable(p.text, p.stems) && headable(p.text)),
        concept: conceptOf.get(s),
      });
    });
    return { members, wordsOf, phrasesOf, heads };
  };
  let assignment = grouping.assignment;
  let labelled = labelGroups(assignment, replyLanguage);
  // A big group nothing could name, or whose heading few of it use, is grouped again on its own
  // (see groupsToSplit); its parts with a name stand apart, the rest go back together (partsToRejoin).
  const facts = labelled.members.slice(0, groupCount).map((m, s) => {
    const h = labelled.heads[s];
    return { size: m.length, guided: grouping.themes[s]?.guided !== null, heading: h ? { label: h.label, share: h.share } : undefined };
  });
  const split = splitGroups(grouping, items, vectorizer.dimension, groupsToSplit(facts, items.length));
  if (split) {
    grouping = split.grouping;
    groupCount = grouping.themes.length;
    slots = Array.from({ length: groupCount + 1 }, (_, s) => s);
    assignment = grouping.assignment;
    labelled = labelGroups(assignment, replyLanguage);
    const { heads, members } = labelled;
    const rejoin = split.parts
      .map((parts) => partsToRejoin(parts, facts[parts[0] ?? -1]?.heading?.label, (t) => heads[t]?.label, (t) => members[t]?.length ?? 0))
      .filter((parts) => parts.length > 1);
    for (const parts of rejoin) assignment = joinGroups(assignment, parts);
    if (rejoin.length > 0) labelled = labelGroups(assignment, replyLanguage);
  }
  // A group whose own best phrase heads another group is part of that theme (see groupsToJoin).
  const into = groupsToJoin(
    labelled.heads,
    labelled.wordsOf.map((tw) => tw.phrases.filter((p) => usable(p.text, p.stems))),
    BROAD_STEMS,
  );
  if (into.size > 0) {
    assignment = assignment.map((a) => into.get(a) ?? a);
    labelled = labelGroups(assignment, replyLanguage);
  }
  // Headings in the replies' own language say which groups are the coordinator's (themesByName), whatever the draft's.
  const ownHeads = labelled.heads;
  const theirs = replyLanguage !== input.locale; // the replies' words are not the draft's
  if (theirs) labelled = labelGroups(assignment, input.locale);
  const { members, wordsOf: themeWordsOf, phrasesOf, heads } = labelled;
  analysed.clear();

  const home = replyHomes(items, (i) => slot(assignment[i] ?? -1));
  // A group whose heading is in one of the coordinator's labels is headed in their words (see themesByName).
  const telling = (stems: readonly string[]) => stems.filter((st) => !BROAD_STEMS.has(st) && !asked.has(st));
  const byName = themesByName(
    slots.map((s) => {
      const h = ownHeads[s];
      return h && grouping.themes[s]?.guided === null ? telling(h.stems.length > 0 ? h.stems : keyOf(h.label).stems) : [];
    }),
    guided.map((t) => telling(keyOf(t.label).stems)),
    new Set(grouping.themes.flatMap((t) => (t.guided === null ? [] : [t.guided]))),
    (s) => members[s]?.length ?? 0,
  );

  const themes: UnorderedTheme[] = [];
  for (const s of slots) {
    const its = members[s] ?? [];
    if (its.length === 0) continue;
    const isOther = s === groupCount;
    const g = isOther ? undefined : grouping.themes[s];
    // "Övrigt" has no centre of its own; the mean of its members stands in.
    const centre = g?.centre ?? centroid(its.map((it) => it.vector), vectorizer.dimension);
    const replyIds = [...new Set(its.map((it) => it.reply.id))].filter((id) => home.get(id) === s).sort();
    const tw = themeWordsOf[s] ?? { phrases: [], keywords: [] };
    const phrases = phrasesOf[s] ?? [];
    const heading = heads[s];
    const guidedTheme = g?.guided ?? byName.get(s) ?? null;
    let label = isOther ? words.other : (guided[guidedTheme ?? -1]?.label ?? null);
    const named = heading !== null;
    // A theme with nothing to be called is numbered by where it stands, once the themes are in order.
    const numbered = label === null && !heading;
    if (label === null) label = heading?.label ?? '';
    // The heading's words, whether a phrase of the replies, a concept's or the coordinator's label:
    // the synthesis does not name them again ("Växelvård och korttidsplats … tar upp växelvård").
    const labelStems: readonly string[] = isOther ? [] : [...(heading?.stems ?? []), ...keyOf(label).stems];
    const inTheme = [...new Map(its.map((it) => [it.reply.id, it.reply])).values()];
    const answers = inTheme.filter((r) => r.kind !== 'minutes');
    const quotes = pickQuotes(
      its
        .filter((it) => it.partCount === 1 || home.get(it.reply.id) === s)
        .map((it) => ({
          replyId: it.reply.id,
          text: it.text,
          role: it.reply.kind === 'minutes' ? null : (it.reply.role ?? null),
          minutes: it.reply.kind === 'minutes',
          consent: it.reply.consent === true,
          vector: it.vector,
        })),
      centre,
      3,
      likeTheRest(its, vectorizer), // a long quote is cut where it names the heading, then most like the rest
      namesHeading(telling(labelStems), keyOf),
    );
    const quotedIds = new Set(quotes.map((q) => q.replyId));
    const networks = mostFirst(inTheme.map((r) => r.network));
    const roles = mostFirst(answers.map((r) => r.role));
    const summary = summarizeTheme(
      {
        label,
        named,
        other: isOther,
        replies: inTheme.length,
        networks: networks.length,
        networkTotal: input.networkTotal,
        roles,
        minutesNetworks: new Set(inTheme.filter((r) => r.kind === 'minutes').map((r) => r.network ?? r.id)).size,
        phrases: phrasesToName(phrases, (st) => labelStems.includes(st) || asked.has(st)),
        theirWords: theirs,
        theirHeading: guidedTheme === null ? theirs && !!heading && label === heading.label && heading.stems.length > 0 : input.themesLocale !== input.locale,
      },
      // A part of a longer reply is shown as text under the theme: a voice from it would say it twice.
      its
        .filter((it) => it.partCount === 1)
        .map((it) => ({
          replyId: it.reply.id,
          text: it.text,
          vector: it.vector,
          consent: it.reply.consent === true,
          minutes: it.reply.kind === 'minutes',
        })),
      centre,
      (t) => vectorizer.transform(t),
      input.guard,
      quotedIds,
      input.locale,
      aboutTheme(BROAD_STEMS, [...labelStems, ...tw.phrases.flatMap((p) => p.stems), ...tw.keywords.flatMap((k) => keyOf(k).stems)], keyOf),
    );
    const parts: ReplyPart[] = its
      // A part already quoted above is not listed again.
      .filter((it) => it.partCount > 1 && !quotedIds.has(it.reply.id))
      .map((it) => ({
        replyId: it.reply.id,
        part: it.part,
        text: it.text,
        quotable: it.reply.consent === true,
        minutes: it.reply.kind === 'minutes',
        role: it.reply.role ?? null,
      }));
    themes.push({
      id: '',
      label,
      keywords: tw.keywords.filter((k) => usable(k, [k])),
      replyIds,
      replyCount: inTheme.length,
      parts,
      summary,
      quotes,
      networks,
      roles,
      minutes: inTheme.length - answers.length,
      guided: guidedTheme !== null,
      other: isOther,
      size: new Set(its.map((it) => it.reply.id)).size,
      numbered,
    });
  }
  return orderThemes(themes, questionId, words.fallback);
}
