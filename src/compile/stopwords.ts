import { stem } from './swedish-stem';

/**
 * Stop lists for theme features and label edges. They hold function words
 * only: pronouns, articles, prepositions, conjunctions, auxiliaries and the
 * filler adverbs of spoken Swedish. Words that carry meaning in a carers'
 * network ("bra", "viktigt", "inte", "svårt", "behov") are kept on purpose;
 * general lists such as stopwords-iso drop them. Those few are in
 * GENERIC_WORDS instead: features with a small weight, so they neither pull
 * unrelated replies together nor vanish from labels.
 */
const SWEDISH = `
alla allas allt alltid alltså andra andras annan annat att av bara bland blev bli blir blivit
både båda bådas dag dagar de dem den denna deras dess dessa det detta dig din dina ditt dock
du där därför då efter eftersom ej eller emot en ett ens er era ert ert ess för före först
förra från fått få får gick gjort gjorde gå går göra gör ha hade haft han hans har hela helt
henne hennes hit hon honom hur här hos i icke igen ibland in inom inne innan ingen inga inget
ju jag kan kanske kommer komma kunde kunna kunnat man med mellan men mer mest mig min mina mitt
mot mycket ned ni nog när någon något några nu nya ny nytt och också om oss på redan sa sade
samma samt sedan sig sin sina sitt sjäv själv skall ska skulle slags som så sådan sådana sådant
t tex ex bl a el etc ta till tills under upp ut utan vad var vara varför varit varje vars vart
vem vi vid vilka vilken vilket vill ville vår våra vårt än ännu är även åt över dvs mm osv
finns fanns funnits genom just lite väl ganska många mest flera fler flesta olika annars
sen sätt vissa visst vissa vilken varandra kring pga via emellertid dessutom därmed därtill
hittills ändå tillsammans fram bort blivit säger sagt tycker tyckte menar menade anser
gäller gällde gälla handlar handlade ofta oftast aldrig gång gånger per nämligen exempel
exempelvis t.ex bl.a s.k ang angående m.fl fått ska skall kunde behövs
`;

const ENGLISH = `
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves also may might must shall us get got
one many much lot lots e g eg etc ie
`;

/** Meaning-bearing but theme-neutral: kept, at a low weight. */
const GENERIC = `
bra viktigt viktig viktiga inte svårt svår svåra stor stora större god goda gott bättre
behöver behövs behov kommun kommuner kommunen kommunerna
good important need needs difficult better
`;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const SWEDISH_STOPWORDS: ReadonlySet<string> = words(SWEDISH);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = words(ENGLISH);
export const GENERIC_WORDS: ReadonlySet<string> = words(GENERIC);

export function isStopword(lower: string): boolean {
  return SWEDISH_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower);
}

/** Words the whole field uses: alone they head no theme, nor name one ("Gemenskap med andra anhöriga"). */
export const BROAD_WORDS: readonly string[] = ['anhörig', 'anhöriga', 'anhörige', 'närstående', 'stöd', 'carer', 'carers', 'support'];

/** Compounds of those words alone: "Anhörigstödet" heads no theme of a question about carer support either. */
const BROAD_COMPOUNDS: readonly string[] = ['anhörigstöd', 'närståendestöd', 'anhörigstödjare'];

/** The stems of BROAD_WORDS and their compounds, with the inflections the stemmer leaves whole ("stödet" stays "stödet"). */
export const BROAD_STEMS: ReadonlySet<string> = new Set(
  [...BROAD_WORDS, ...BROAD_COMPOUNDS].flatMap((w) =>
    ['', 'et', 'ets', 'en', 'ens', 'er', 'erna', 'a', 'as', 's'].map((end) => stem(`${w}${end}`)),
  ),
);
