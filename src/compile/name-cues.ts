/**
 * The words around a name that tell redaction a name follows ("min man",
 * "sonen", "heter", "my wife") and the capitalised words that are never a
 * person's name in a carers' network: places the program uses, authorities,
 * organisations, roles, greetings, months and days (function words are the
 * stop lists' work, see redact-names). All lower case.
 */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Relations and kinship, Swedish (with definite forms) and English. */
const KIN = words(`
man make maka fru sambo särbo partner pojkvän flickvän son dotter mamma pappa mor far bror syster
farmor mormor farfar morfar svärmor svärfar svärson svärdotter barnbarn granne vän väninna kollega
chef moster faster morbror farbror kusin brorson systerson brorsdotter systerdotter svåger svägerska
styvmor styvfar styvson styvdotter bonusbarn bonusson bonusdotter barn
maken makan frun sambon särbon partnern pojkvännen flickvännen sonen dottern mamman pappan modern
fadern brodern systern grannen vännen väninnan kollegan chefen mostern fastern morbrodern farbrodern
kusinen svågern svägerskan barnet barnbarnet brorsan syrran morsan farsan gubben gumman frugan
husband wife boyfriend girlfriend daughter mother father mum mom mummy mommy dad daddy brother
sister grandmother grandfather grandma grandpa granny grandson granddaughter grandchild aunt uncle
cousin niece nephew neighbour neighbor friend colleague boss stepson stepdaughter stepmother
stepfather mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law
`);

/** Relation words that are also common other words ("man", "far", "make"): a name after them only with "min", "hans"… before. */
const NEEDS_POSSESSIVE = words('man make far barn');

const POSSESSIVES = words(`
min mitt mina din ditt dina sin sitt sina hans hennes dess vår vårt våra er ert era deras en ett
my your his her our their
`);

/** Words that introduce a name: "heter Per", "som heter Sara", "named John". */
const NAMING = words('heter hette kallas kallades named called');

/** Titles: "fru Berg", "Dr. Andersson" (the dot is allowed). */
const TITLES = words('herr fru mr mrs ms miss dr');

const NOT_NAMES = words(`
sverige sörmland södermanland eskilstuna katrineholm nyköping flen gnesta oxelösund strängnäs
trosa vingåker torshälla mariefred malmköping stockholm göteborg malmö uppsala västerås örebro
linköping norrköping jönköping umeå lund helsingborg gävle borås södertälje sundsvall halmstad
växjö karlstad luleå trollhättan östersund borlänge falun kalmar kristianstad skövde karlskrona
uddevalla vilhelmina kristinehamn sala mora vara ale kil eda tanum motala nacka huddinge solna
täby sollentuna haninge botkyrka järfälla enköping sweden europe
nka röda korset svenska kyrkan kyrkan försäkringskassan socialstyrelsen vårdcentralen
sjuksköterska undersköterska läkare kurator enhetschef koordinator samordnare handläggare
biståndshandläggare personal personalen
hen inte tack hej hejsan mvh thanks hello dear
januari februari mars april juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag jul påsk midsommar
january february march may june july august october
monday tuesday wednesday thursday friday saturday sunday christmas easter
`);

/** Beginnings of words that are never names: "Regionen", "Kommunens", "Anhörigstöd". */
const NOT_NAME_PREFIXES = ['region', 'kommun', 'landsting', 'anhörig', 'hemtjänst', 'socialtjänst', 'demens', 'nka'];

export const NAME_CUES = {
  kin: KIN,
  needsPossessive: NEEDS_POSSESSIVE,
  possessives: POSSESSIVES,
  naming: NAMING,
  titles: TITLES,
  /** Whether a word (lower case) is never a person's name. */
  notName(lower: string): boolean {
    const head = lower.split('-')[0] ?? lower;
    return NOT_NAMES.has(lower) || NOT_NAMES.has(head) || NOT_NAME_PREFIXES.some((p) => lower.startsWith(p));
  },
};
