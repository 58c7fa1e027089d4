/**
 * Concept groups of the carer-support and municipal-care domain, Swedish and
 * English. Replies about one broad theme often share no word at all ("politiskt
 * beslut", "styrdokument", "riktlinjer" are all governance), so bag-of-words
 * overlap cannot see the theme; a concept feature can. This is domain
 * knowledge, written from how Nka's compilations and the national carers'
 * strategy name things, not from any one round's sentences.
 *
 * A root is the beginning of a word (lower case): "avlös" matches "avlösning",
 * "avlösaren", and, as the head of a compound, "timavlösning". Roots of five
 * letters or more also match inside a compound; shorter ones only at the start
 * of a word, since "plan" or "barn" inside a word is too often something else.
 * A root with a space matches two words in a row ("sociala medier").
 *
 * `area` puts a concept under one of the three areas of the national carers'
 * strategy (leadership and governance; knowledge and competence; cooperation
 * and coordination): replies about a lecture and a brochure are alike at that
 * broader level even when their concepts differ. The areas are concepts too,
 * with their own roots and labels.
 *
 * Labels live in the locales (`compile.concept.<id>`).
 */
export interface Concept {
  id: string;
  roots: readonly string[];
  area?: AreaId;
  /** Word beginnings that contain a root but mean something else ("barnvakt"). */
  not?: readonly string[];
}

export type AreaId = 'ledning' | 'kunskap' | 'samverkan';

const r = (list: string) => list.split('|').map((s) => s.trim()).filter(Boolean);

export const CONCEPTS: readonly Concept[] = [
  // The three areas themselves: their words in general form.
  {
    id: 'ledning',
    roots: r(`ledning|ledningssystem|styrning|styrdokument|styrgrupp|styrelse|styra|politi|nämnd|beslut|
      riktlinje|handlingsplan|verksamhetsplan|implementer|förankr|mandat|direktiv|uppdrag|chef|
      leadership|governance|politic|decision|guideline|policy|policies|steering|management|manager|
      mandate|implement|action plan|board`),
    not: r('nämnda|nämnt|omnämn|benämn'),
  },
  {
    id: 'kunskap',
    roots: r(`kunskap|kompetens|utbild|föreläs|lärande|kurs|webbinar|webinar|handledning|introduktion|
      fortbild|vidareutbild|material|kortfilm|film|podd|knowledge|competence|competenc|training|
      educat|lecture|course|seminar|skill|supervision|learning`),
  },
  {
    id: 'samverkan',
    roots: r(`samverk|samarbet|samordn|samspel|partner|gemensam|kroka arm|collaborat|cooperat|coordinat|
      partnership|joint|work together|working together`),
  },
  // Governance in detail.
  {
    id: 'strategi',
    area: 'ledning',
    roots: r(`strategi|strateg|handlingsplan|implementeringsplan|program|policy|styrdokument|riktlinje|
      rutin|årshjul|verksamhetsmål|målsättning|strategy|strategies|plan of action|routine`),
  },
  {
    id: 'politik',
    area: 'ledning',
    roots: r(`politi|nämnd|socialnämnd|kommunstyrelse|fullmäktige|beslut|klubba|ledamot|förtroendevald|
      politic|council|elected|board decision`),
    not: r('biståndsbeslut|nämnda|nämnt|omnämn|benämn'),
  },
  {
    id: 'ekonomi',
    area: 'ledning',
    roots: r(`ekonomi|pengar|kostnad|omkostnad|budget|medel|finansier|resurs|avgift|ersättning|fond|
      pris|gratis|economy|economic|money|cost|budget|funding|fee|payment|allowance|resource`),
    not: r('medelål|medelst|läkemedel'),
  },
  {
    id: 'uppfoljning',
    area: 'ledning',
    roots: r(`uppfölj|följa upp|följs upp|utvärder|enkät|mätning|indikator|kvalitet|statistik|
      follow-up|follow up|evaluat|survey|indicator|quality|monitor`),
  },
  // Knowledge in detail.
  {
    id: 'utbildning',
    area: 'kunskap',
    roots: r(`utbild|föreläs|föreläsning|kurs|webbinar|webinar|introduktionsutbild|nanoutbild|
      handledning|studiedag|utbildningsfilm|training|course|lecture|workshop|seminar`),
  },
  {
    id: 'information',
    area: 'kunskap',
    roots: r(`informa|broschyr|hemsida|webbplats|nyhetsbrev|flyer|folder|affisch|annons|marknadsför|
      sociala medier|facebook|instagram|sprida|sprids|nå ut|når ut|kännedom|synliggör|uppsökande|
      information|brochure|leaflet|website|newsletter|outreach|social media|awareness|reach out`),
  },
  // Cooperation in detail.
  {
    id: 'vard',
    area: 'samverkan',
    roots: r(`region|landsting|vårdcentral|hälsocentral|sjukhus|sjukvård|primärvård|slutenvård|
      öppenvård|psykiatri|läkare|sjuksköterska|vårdplanering|utskrivning|minnesmottagning|närvård|
      nära vård|hospital|healthcare|health care|primary care|gp|doctor|nurse|discharge|clinic`),
  },
  {
    id: 'civilsamhalle',
    area: 'samverkan',
    roots: r(`förening|civilsamhälle|ideell|frivillig|volontär|kyrka|kyrkan|kyrklig|diakon|församling|
      trossamfund|röda korset|studieförbund|organisationer|intresseorg|frivilligorg|voluntary|volunteer|church|charity|
      association|civil society|ngo|faith`),
  },
  {
    id: 'kontaktperson',
    area: 'samverkan',
    roots: r(`kontaktperson|kontaktman|kontaktmannaskap|lots|en väg in|koordinator|fast kontakt|
      samordnare|contact person|navigator|single point|key worker|care coordinator`),
  },
  // Support to carers.
  {
    id: 'avlosning',
    roots: r(`avlös|avlast|barnvakt|respite|relief|sitter|sitting service`),
  },
  {
    id: 'vaxelvard',
    roots: r(`växelvård|korttid|korttidsplats|korttidsboende|korttidsvistelse|omsorgshotell|
      short-term|short term|respite stay|respite care`),
  },
  {
    id: 'dagverksamhet',
    roots: r(`dagverksamhet|dagcenter|träffpunkt|mötesplats|café|kafé|anhörigcentr|day care|
      day centre|day center|drop-in|meeting place`),
  },
  {
    id: 'grupper',
    roots: r(`anhöriggrupp|samtalsgrupp|stödgrupp|anhörigcirk|cirkel|cirklar|studiecirk|självhjälp|
      gruppverksamhet|anhöriginternat|internat|må bra|friskvård|massage|qigong|rekreation|utflykt|
      resa|fest|aktivitet|kollektiv|support group|peer|retreat|activit|outing|wellbeing day`),
  },
  {
    id: 'samtal',
    roots: r(`enskilda samtal|enskilt samtal|stödsamtal|samtalsstöd|rådgivning|kurator|terapi|
      counsel|conversation|talk|advice|therap`),
  },
  {
    id: 'stodplan',
    roots: r(`stödplan|behovsbedöm|behovsinvent|kartlägg|bistånd|biståndsbedöm|handläggning|utredning|
      genomförandeplan|vårdplan|omvårdnadsplan|individuell plan|sip|dokumentera|dokumentation|
      support plan|care plan|needs assessment|assessment|carer assessment|document`),
  },
  {
    id: 'tillganglighet',
    roots: r(`tillgänglig|tillgång|öppettid|kvällar|kväll|helger|helg|jour|trygghet|trygg|akut|
      vända sig|vänder sig|access|available|opening hours|evening|weekend|out of hours|emergency|
      safety|secure`),
  },
  {
    id: 'bemotande',
    roots: r(`bemöt|delaktig|lyssna|förtroende|tillit|respekt|inflytande|medverka|involver|
      anhörigperspektiv|attitude|respect|listen|trust|involv|participat|carer perspective`),
  },
  {
    id: 'halsa',
    roots: r(`hälsa|ohälsa|hälso|utbränd|utmattning|stress|orka|ork|sömn|livskvalitet|dåligt samvete|
      ensam|isoler|health|burnout|burn-out|exhaust|sleep|quality of life|lonel|isolat|guilt`),
    not: r('hälsocentral|folkhäls'),
  },
  {
    id: 'barn',
    roots: r(`barn|anhörigbarn|syskon|ungdom|unga|elev|skola|skolan|förskola|children|child|young carer|young people|
      pupil|school`),
    not: r('barnvakt|vuxenskol|medborgarskol|vuxenutbild'),
  },
  {
    id: 'digital',
    roots: r(`digital|internet|app|appar|videomöte|video|distans|online|surfplatta|dator|e-tjänst|
      remote|tablet|computer`),
  },
  {
    id: 'arbetsliv',
    roots: r(`förvärvsarbet|arbetsgivar|arbetsliv|arbetstid|jobbet|jobba|yrkesverksam|
      employ|employer|working carer|paid work|job`),
  },
  {
    id: 'personal',
    roots: r(`personal|hemtjänst|undersköterska|omsorgspersonal|vårdpersonal|medarbetar|kontinuitet|
      personalomsättning|staff|care worker|home care|continuity|turnover`),
  },
  {
    id: 'mangfald',
    roots: r(`språk|tolk|integration|kultur|utrikes|nyanländ|andra länder|moské|minoritet|
      language|interpret|culture|cultural|migrant|minority|ethnic`),
  },
];
