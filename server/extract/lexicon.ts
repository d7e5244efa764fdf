// Loads the lexicons (data files under ./lexicons) once, typed. Everything linguistic that
// is a list lives in those files; the modules here hold only the rules that use them.
import { readFileSync } from 'node:fs';

// ISNAD_LEXICON_DIR points at another folder of lexicons (a user's own, or a trimmed set).
const dir = process.env.ISNAD_LEXICON_DIR ? new URL(`file://${process.env.ISNAD_LEXICON_DIR.replace(/\/?$/, '/')}`) : new URL('./lexicons/', import.meta.url);

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
}

export interface Office {
  office: string;
  country?: string;
  org?: string;
  from?: number | null;
  to?: number | null;
}

export interface ActorEntry {
  id: string;
  type: 'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP';
  en: string;
  ar: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  shortAr?: string[];
  shortEn?: string[];
  country?: string;
  role?: string;
  gender?: 'm' | 'f';
  medium?: string;
  offices?: Office[];
}

export interface CountryEntry {
  namesAr?: string[];
  namesEn?: string[];
  demonymAr?: string[];
  pluralAr?: string[];
  demonymEn?: string[];
  pluralEn?: string[];
  capitalAr?: string[];
  capitalEn?: string[];
  seatsAr?: string[];
  seatsEn?: string[];
  citiesAr?: string[];
  citiesEn?: string[];
  /** Places that datelines name and text does not stand for the state ("UNITED NATIONS —" files from New York). */
  datelines?: string[];
  timezones?: Record<string, string>;
  ambiguousAr?: string[];
}

export interface InstitutionEntry {
  key: string;
  en: string;
  enVariants?: string[];
  ar: string[];
  arConstruct?: string[];
  gender: 'm' | 'f';
  type: 'ORGANIZATION';
}

export interface TitleEntry {
  ar?: string[];
  en?: string[];
  office?: string;
  gender?: 'm' | 'f';
  kind: 'office' | 'rank' | 'spokesperson' | 'profession' | 'honorific';
  /** Set on the dual forms actors.ts derives («وزيرا خارجية …»): the title of two people. */
  dual?: boolean;
}

export interface OrgHeadEntry {
  ar?: string[];
  en?: string[];
  type: 'MEDIA' | 'ORGANIZATION';
  medium?: string;
  gender?: 'm' | 'f';
  resolveAr?: string[];
  resolveEn?: string[];
}

export interface AnonymousSources {
  heads: { key: string; ar?: string[]; arPlural?: string[]; en?: string[]; enPlural?: string[] }[];
  modifiersAr?: string[];
  modifiersEn?: string[];
}

export interface VerbForm {
  form: string;
  lemma?: string;
  gender?: 'm' | 'f';
  number?: 'sg' | 'dual' | 'pl';
  tense?: string;
  stance?: 'asserts' | 'denies' | 'warns' | 'estimates' | 'quotes';
  pattern?: string;
  /** the preposition that introduces the content when no أن follows (أعرب عن, أشار إلى, دعا إلى) */
  prep?: string;
  /** participles: false where the direct object is not an assertion (داعيا الطرفين إلى …, a call) */
  object?: boolean;
}

export interface ReportingVerbs {
  ar: VerbForm[];
  arPostposed: VerbForm[];
  arReported: VerbForm[];
  arSpeechNouns: string[];
  arDocuments: string[];
  en: VerbForm[];
  enPostposed: VerbForm[];
  enReported: VerbForm[];
}

export interface EventFrame {
  code: string;
  label: string;
  quad: 1 | 2 | 3 | 4;
  ar?: string[];
  en?: string[];
  targetPreps?: { ar?: string[]; en?: string[] };
  symmetric?: boolean;
  weak?: boolean;
  /** circumstantial participles («، متهماً كييف بـ…»): the act of the clause's subject, on the object after them */
  arParticiples?: string[];
}

export interface Modality {
  planned: { ar: string[]; en: string[] };
  possible: { ar: string[]; en: string[] };
  denied: { ar: string[]; en: string[] };
}

export interface DateWords {
  monthsAr: Record<string, number>;
  monthsEn: Record<string, number>;
  weekdaysAr: Record<string, number>;
  weekdaysEn: Record<string, number>;
  relativeAr: Record<string, number>;
  relativeEn: Record<string, number>;
  periodAr: Record<string, string>;
  periodEn: Record<string, string>;
  amPmAr: Record<string, 'am' | 'pm'>;
}

export interface BoilerplateWords {
  relatedMarkers: string[];
  mediaTags: string[];
  captionStarts: string[];
  captionCredits: string[];
  shareStarts: string[];
  shareLines: string[];
  creditStarts: string[];
  bylineStarts: string[];
  headerLabels: string[];
  dateLineStarts: string[];
  bylineRoles?: string[];
  bylinePlaceStarts?: string[];
  bylineNotes?: string[];
}

/** Words of the English name pass (entities-en.ts); see english-names.json. */
export interface EnglishNames {
  orgHeads: string[];
  businessHeads: string[];
  businessNouns: string[];
  mediaHeads: string[];
  orgAfterHead: string[];
  nameInner: string[];
  personNouns: string[];
  anonymousHeads: string[];
  notNames: string[];
}

/** Words of the English attribution rules (claims-en.ts); see english-claims.json. */
export interface EnglishClaims {
  speechActs: (VerbForm & { needs: 'of' | 'for' | 'as' | 'that' | 'quote' | 'to-or-quote' | 'as-or-quote' })[];
  complementOnly: string[];
  carriers: string[];
  documents: string[];
  hearers: string[];
}

/** Words of the English event rules (events-en.ts); see english-events.json. */
export interface EnglishEvents {
  lightVerbs: string[];
  nominalBefore: string[];
  passiveMarkers: string[];
}

let cache: Lexicons | undefined;

export interface Lexicons {
  actors: ActorEntry[];
  countries: Record<string, CountryEntry>;
  institutions: InstitutionEntry[];
  titles: TitleEntry[];
  orgHeads: OrgHeadEntry[];
  anonymous: AnonymousSources;
  verbs: ReportingVerbs;
  participles: { ar: VerbForm[]; en: VerbForm[] };
  frames: EventFrame[];
  modality: Modality;
  dates: DateWords;
  functionWords: { ar: string[]; en: string[]; nameSpellings: string[] };
  firstNames: {
    ar: string[];
    en: string[];
    arFamilyFirst?: string[];
    enFamilyFirst?: string[];
    arAmbiguous?: string[];
    enAmbiguous?: string[];
  };
  boilerplate: BoilerplateWords;
  englishNames: EnglishNames;
  englishClaims: EnglishClaims;
  englishEvents: EnglishEvents;
}

export function lexicons(): Lexicons {
  cache ??= {
    actors: load('actors.json'),
    countries: load('countries.json'),
    institutions: load('institutions.json'),
    titles: load('titles.json'),
    orgHeads: load('org-heads.json'),
    anonymous: load('anonymous-sources.json'),
    verbs: load('reporting-verbs.json'),
    participles: load('reporting-participles.json'),
    frames: load('event-frames.json'),
    modality: load('modality.json'),
    dates: load('dates.json'),
    functionWords: load('function-words.json'),
    firstNames: load('first-names.json'),
    boilerplate: load('boilerplate.json'),
    englishNames: load('english-names.json'),
    englishClaims: load('english-claims.json'),
    englishEvents: load('english-events.json'),
  };
  return cache;
}
