// Entities of one article: lexicon actors, countries, state institutions, people introduced by
// a title, organisations introduced by a head noun, anonymous sources; then resolution within
// the article (short names, role descriptions, «الصحيفة»). One entity per real actor.
import { codeAt } from './chars.ts';
import { actorData, institutionId, institutionName, type AnonRef, type InstitutionRef } from './actors.ts';
import { countryData, type CountryRef } from './countries.ts';
import { Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { lexicons, type ActorEntry, type OrgHeadEntry, type TitleEntry } from './lexicon.ts';
import { normalize, slug, stripDiacritics } from './normalize.ts';
import { memoSlot, type Form, type Forms, type Token } from './tokens.ts';
import type { Entity, EntityType, Lang, Sentence } from './types.ts';
import { englishNamePass } from './entities-en.ts';

export interface AnalysedSentence {
  sentence: Sentence;
  tokens: Token[];
  /** The country name or demonym starting at each token, null for none: filled as asked (countryAt). */
  countries?: (GazetteerMatch<CountryRef> | null)[];
  /** 1 at each token where a trie the passes ask at every token may start a phrase (see `trieStarts`). */
  starts?: Uint8Array;
}

/** A mention as the later stages need it: with its token range. */
export interface MentionRef {
  entity: string;
  sentence: number;
  from: number;
  to: number;
  /** Proclitics before the name on its first token (و، ل، بال…): prepositions mark obliques. */
  prefix: string;
  rule: string;
  confidence: number;
}

export type Gender = 'm' | 'f' | 'pl';

/** What claims and events need to know about an entity beyond the document's fields. */
export interface EntityInfo {
  gender: Gender | null;
  medium: string | null;
  /** offices held, as "office:CC" keys, for joining role descriptions */
  offices: Set<string>;
}

export interface EntityResult {
  entities: Entity[];
  mentions: MentionRef[];
  info: Map<string, EntityInfo>;
  /** each entity's type by its id: what the claim and event rules ask of a mention */
  types: Map<string, EntityType>;
}

interface Ctx {
  lang: Lang;
  year: number | null;
  entities: Map<string, Entity>;
  info: Map<string, EntityInfo>;
  mentions: MentionRef[];
  /**
   * per sentence: token index -> entity id occupying it (actor-like spans only). Arrays, not maps:
   * every pass asks this of token after token.
   */
  occupied: (string | undefined)[][];
  /**
   * every mention recorded, as entity and end by its start offset (keys of numbers, not strings
   * made for each mention)
   */
  seen: Map<number, { id: string; end: number }[]>;
  /** mentions by sentence, for look-backs */
  perSentence: MentionRef[][];
  /** mentions of state institutions by institution key, gathered once for the resolution pass */
  institutionMentions: Map<string, MentionRef[]>;
  /** Whether the writer tells ى from ي: only then is «علي» a name where «على» would be a preposition. */
  writesAlifMaqsura: boolean;
  /** The country of the dateline's place: a wire's bare «وزارة الخارجية» is that state's. */
  datelineState: string | null;
}

const MODIFIERS = new Set(['السابق', 'السابقه', 'الاسبق', 'المتقاعد', 'المتقاعده', 'former', 'ex', 'acting', 'then', 'retired', 'القائم', 'باعمال']);
// compared with tokens' normalised forms (ى → ي); not «إلى», which more often ends the phrase («رفع التمثيل إلى درجة …»)
const AFFILIATION_PREPS = new Set(['في', 'لدى', 'باسم', 'ب', 'ل', 'عن', 'at', 'of', 'for', 'in', 'to'].map(normalize));
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'ام', 'عبد', 'bin', 'ibn', 'al', 'abu', 'bint', 'de', 'van', 'von', 'da', 'el', 'la', 'le', 'du', 'der']);
const QUOTES_OPEN = new Set(['"', '«', '“', "'", '„']);
const QUOTES_CLOSE = new Set(['"', '»', '”', "'", '“']);

// Arabic verbs agree in gender with their subject; a feminine name (منظمة، حركة) takes قالت.
const genderOfArabicName = (ar: string): Gender => (/[ةه]$/.test(normalize(ar).split(' ')[0] ?? '') ? 'f' : 'm');
const MEDIUM_GENDER: Record<string, Gender> = { newspaper: 'f', agency: 'f', channel: 'f', magazine: 'f', radio: 'f', website: 'm' };

// (an entry's gender is worked out once: its name is normalised and split for it)
const entryGenders = new WeakMap<ActorEntry, Gender | null>();
function entryGender(a: ActorEntry): Gender | null {
  let g = entryGenders.get(a);
  if (g === undefined) entryGenders.set(a, (g = genderOfEntry(a)));
  return g;
}

function genderOfEntry(a: ActorEntry): Gender | null {
  if (a.type === 'PERSON') return a.gender ?? null;
  if (a.type === 'GROUP') return 'pl';
  if (a.type === 'MEDIA' && a.medium) return MEDIUM_GENDER[a.medium] ?? genderOfArabicName(a.ar);
  return genderOfArabicName(a.ar);
}

let firstNames: { given: Set<string>; familyFirst: Set<string>; ambiguous: Set<string> } | undefined;
function names() {
  if (!firstNames) {
    const f = lexicons().firstNames;
    firstNames = {
      given: new Set([...f.ar, ...f.en].map(normalize)),
      ambiguous: new Set([...(f.arAmbiguous ?? []), ...(f.enAmbiguous ?? [])].map(normalize)),
      familyFirst: new Set([...(f.arFamilyFirst ?? []), ...(f.enFamilyFirst ?? [])].map(normalize)),
    };
  }
  return firstNames;
}

// (makers write an entity's fields in the order of its JSON: aliases where the entity has them
// from the lexicon, else last but mentions)
function added(ctx: Ctx, e: Entity, info: EntityInfo): Entity {
  ctx.entities.set(e.id, e);
  ctx.info.set(e.id, info);
  return e;
}

function mention(ctx: Ctx, s: AnalysedSentence, e: Entity, from: number, to: number, rule: string, confidence: number, prefix = '') {
  if (!named(ctx, s, e, from, to, rule, confidence, prefix)) return;
  const ref: MentionRef = { entity: e.id, sentence: s.sentence.index, from, to, prefix, rule, confidence };
  ctx.mentions.push(ref);
  ctx.perSentence[s.sentence.index]?.push(ref);
}

/**
 * Records that tokens [from, to) name the entity (its evidence and aliases), without offering
 * them to the claim and event rules as a participant; false when that mention was recorded already.
 */
function named(ctx: Ctx, s: AnalysedSentence, e: Entity, from: number, to: number, rule: string, confidence: number, prefix: string): boolean {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to - 1]!.end;
  let here = ctx.seen.get(start);
  if (!here) ctx.seen.set(start, (here = []));
  for (let k = 0; k < here.length; k++) if (here[k]!.id === e.id && here[k]!.end === end) return false;
  here.push({ id: e.id, end });
  const text = s.sentence.text.slice(start - s.sentence.start, end - s.sentence.start);
  e.mentions.push({ sentence: s.sentence.index, start, end, text, rule, confidence });
  // An alias is a name as written, without the clitics attached to it («والروسي», «لكيم جونغ
  // أون»); what refers back to a name («الصحيفة», «the ministry») is none.
  if (REFERENCE_RULES.has(rule)) return true;
  const alias = prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
  if (!e.aliases.includes(alias) && alias !== e.name) e.aliases.push(alias);
  return true;
}

const REFERENCE_RULES = new Set([
  'resolve.back-reference',
  'resolve.leader-government',
  'resolve.institution',
  'resolve.dateline-state',
  'resolve.role',
  'resolve.en-anonymous',
  'resolve.en-org-head',
  'resolve.en-org-spokesperson',
  'resolve.en-apposition',
  'resolve.en-institution',
]);

function occupy(ctx: Ctx, si: number, from: number, to: number, id: string) {
  const occupied = ctx.occupied[si]!;
  for (let k = from; k < to; k++) occupied[k] = id;
}
// passes ask before a sentence's first token and past its last: those hold nothing
const occupiedAt = (ctx: Ctx, si: number, k: number): string | undefined => (k >= 0 ? ctx.occupied[si]![k] : undefined);

// ---------------------------------------------------------------- entity makers

// Each maker looks the entity up and builds it in a function of its own only when it is new: most
// mentions are of an entity already made, and the closures a builder handed to a shared helper
// made V8 allocate their context at every call.
function lexiconEntity(ctx: Ctx, a: ActorEntry): Entity {
  return ctx.entities.get(a.id) ?? newLexiconEntity(ctx, a);
}

function newLexiconEntity(ctx: Ctx, a: ActorEntry): Entity {
  const { year } = ctx;
  return added(
    ctx,
    {
      id: a.id,
      type: a.type as EntityType,
      name: a.en,
      nameEn: a.en,
      nameAr: a.ar,
      aliases: [a.en, a.ar, ...(a.aliasesEn ?? []), ...(a.aliasesAr ?? [])],
      country: a.country,
      role: a.role,
      known: true,
      rule: 'actor.lexicon',
      confidence: 0.95,
      mentions: [],
    },
    {
      gender: entryGender(a),
      medium: a.medium ?? null,
      offices: new Set(
        (a.offices ?? [])
          .filter((o) => year === null || ((o.from ?? 0) <= year && (o.to ?? 9999) >= year))
          .map((o) => `${o.office}:${o.country ?? o.org ?? ''}`),
      ),
    },
  );
}

function countryEntity(ctx: Ctx, code: string): Entity {
  const id = `country:${code}`;
  return ctx.entities.get(id) ?? newCountryEntity(ctx, id, code);
}

function newCountryEntity(ctx: Ctx, id: string, code: string): Entity {
  const c = countryData().info.get(code)!;
  return added(
    ctx,
    {
      id,
      type: 'COUNTRY',
      code,
      name: c.nameEn,
      nameEn: c.nameEn,
      nameAr: c.nameAr,
      known: true,
      rule: 'country.iso',
      confidence: 0.97,
      aliases: [],
      mentions: [],
    },
    { gender: 'f', medium: null, offices: new Set() },
  );
}

function institutionEntity(ctx: Ctx, ref: InstitutionRef, surface: string): Entity {
  const id = institutionId(ref);
  return ctx.entities.get(id) ?? newInstitutionEntity(ctx, id, ref, surface);
}

function newInstitutionEntity(ctx: Ctx, id: string, ref: InstitutionRef, surface: string): Entity {
  return added(
    ctx,
    {
      id,
      type: 'ORGANIZATION',
      name: institutionName(ref),
      nameEn: institutionName(ref),
      nameAr: surface,
      country: ref.code,
      role: ref.inst.en,
      known: true,
      rule: 'actor.institution',
      confidence: 0.85,
      aliases: [],
      mentions: [],
    },
    { gender: ref.inst.gender, medium: null, offices: new Set() },
  );
}

// Ids of detected entities by surface, kept from article to article: the same names recur, and
// slug() cost as much as the rest of making a mention (2% of the English stage). Emptied when it
// grows past its bound, as tokens.ts's readings are.
const detectedIds = new Map<string, string>();
const MAX_DETECTED_IDS = 50_000;

function detectedId(surface: string): string {
  let id = detectedIds.get(surface);
  if (id === undefined) {
    id = `actor:${slug(surface)}`;
    if (detectedIds.size >= MAX_DETECTED_IDS) detectedIds.clear();
    detectedIds.set(surface, id);
  }
  return id;
}

function detectedEntity(
  ctx: Ctx,
  type: EntityType,
  surface: string,
  rule: string,
  confidence: number,
  info: EntityInfo,
  extra: { country?: string; role?: string } = {},
): Entity {
  const id = detectedId(surface);
  let e = ctx.entities.get(id);
  if (!e) {
    e = {
      id,
      type,
      name: surface,
      ...(ctx.lang === 'ar' ? { nameAr: surface } : { nameEn: surface }),
      known: false,
      rule,
      confidence,
      ...extra,
      aliases: [],
      mentions: [],
    };
    ctx.entities.set(id, e);
    ctx.info.set(id, info);
  }
  if (!e.country && extra.country) e.country = extra.country;
  if (!e.role && extra.role) e.role = extra.role;
  return e;
}

// ---------------------------------------------------------------- pass 1: lexicons

let passTries: readonly Gazetteer<unknown>[] | undefined;

/**
 * Where any of the tries the passes below ask at every token may start a phrase: the passes ask
 * them only there (about a quarter of an English article's words), not each of the nine at each
 * token.
 */
function trieStarts(s: AnalysedSentence): Uint8Array {
  if (!s.starts) {
    const a = actorData();
    passTries ??= [a.actors, a.institutions, a.titles, a.orgHeads, a.anonymous, a.shortForms, a.backReferences, a.bareInstitutions, countryData().gazetteer] as Gazetteer<unknown>[];
    s.starts = Gazetteer.startsIn(s.tokens, passTries);
  }
  return s.starts;
}

function lexiconPass(ctx: Ctx, s: AnalysedSentence) {
  const { actors, institutions } = actorData();
  const si = s.sentence.index;
  const toks = s.tokens;
  const starts = trieStarts(s);
  for (let i = 0; i < toks.length; i++) {
    if (!starts[i]) continue;
    const a = actors.longestAt(toks, i);
    const inst = institutions.longestAt(toks, i);
    const best = pickLonger<ActorEntry | InstitutionRef>(a, inst);
    if (!best) continue;
    if (best === a) {
      const e = lexiconEntity(ctx, a.payload);
      const gov = governmentOf(ctx, s, a);
      if (gov) {
        // What acts, speaks and is acted on is the state; a leader named in full («نظام الرئيس
        // بشار الأسد») is mentioned too, a surname used as an epithet ("the Biden administration") not.
        if (a.to - a.from > 1) named(ctx, s, e, a.from, a.to, 'actor.lexicon', 0.95, a.prefix);
        mention(ctx, s, countryEntity(ctx, a.payload.country!), gov.from, gov.to, 'resolve.leader-government', 0.8, gov.prefix);
        occupy(ctx, si, gov.from, gov.to, `country:${a.payload.country}`);
        i = gov.to - 1;
        continue;
      }
      const to = chapterEnd(ctx, s, a);
      if (to > a.to) mention(ctx, s, e, a.from, to, 'actor.lexicon-chapter', 0.85, a.prefix);
      else mention(ctx, s, e, a.from, a.to, 'actor.lexicon', 0.95, a.prefix);
      occupy(ctx, si, a.from, to, e.id);
      i = to - 1;
    } else if (inst) {
      const surface = toks.slice(inst.from, inst.to).map((t) => t.text).join(' ');
      const e = institutionEntity(ctx, inst.payload, surface);
      mention(ctx, s, e, inst.from, inst.to, 'actor.institution', 0.85, inst.prefix);
      occupy(ctx, si, inst.from, inst.to, e.id);
      i = inst.to - 1;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (!starts[i]) continue;
    const owner = occupiedAt(ctx, si, i);
    if (owner && ctx.entities.get(owner)?.rule === 'actor.lexicon') continue;
    const c = countryAt(s, i);
    if (!c) continue;
    if (c.to - c.from > 1 && occupiedAt(ctx, si, c.to - 1) && ctx.entities.get(occupiedAt(ctx, si, c.to - 1)!)?.rule === 'actor.lexicon') continue;
    const e = countryEntity(ctx, c.payload.code);
    mention(ctx, s, e, c.from, c.to, c.payload.rule, c.payload.confidence, c.prefix);
    i = c.to - 1;
  }
}

const GOVERNMENT_EN = new Set(['administration', 'government', 'cabinet', 'regime']);
const GOVERNMENT_AR = new Set(['إدارة', 'حكومة', 'نظام'].map(normalize));
const LEADER_TITLES_AR = new Set(['الرئيس', 'رئيس'].map(normalize));

/**
 * "the Biden administration", «إدارة بايدن», «حكومة نتنياهو», «نظام الرئيس الأسد»: a leader's
 * name standing for the state that leader governs, which is what acts, speaks and is acted on.
 */
function governmentOf(
  ctx: Ctx,
  s: AnalysedSentence,
  a: GazetteerMatch<ActorEntry>,
): { from: number; to: number; prefix: string } | null {
  if (a.payload.type !== 'PERSON' || !a.payload.country || !countryData().info.has(a.payload.country)) return null;
  const toks = s.tokens;
  if (ctx.lang === 'en') {
    const next = toks[a.to];
    return next && GOVERNMENT_EN.has(next.norm) ? { from: a.from, to: a.to + 1, prefix: a.prefix } : null;
  }
  if (a.prefix) return null;
  let k = a.from - 1;
  if (k > 0 && LEADER_TITLES_AR.has(toks[k]!.norm)) k--;
  const word = toks[k];
  if (!word || occupiedAt(ctx, s.sentence.index, k)) return null;
  const form = word.forms.find((f) => GOVERNMENT_AR.has(f.form));
  return form ? { from: k, to: a.to, prefix: form.prefix } : null;
}

/**
 * "Amnesty International Kenya", "Save the Children UK": an international organisation's national
 * branch is written as the organisation with the country's name after it. The branch speaks as
 * the organisation; the country is not a second actor. Returns where the name ends.
 */
function chapterEnd(ctx: Ctx, s: AnalysedSentence, a: GazetteerMatch<ActorEntry>): number {
  if (ctx.lang !== 'en' || a.payload.type !== 'ORGANIZATION' || a.payload.country) return a.to;
  const c = countryAt(s, a.to);
  return c && c.payload.kind === 'name' ? c.to : a.to;
}

function pickLonger<T>(a?: GazetteerMatch<T & object>, b?: GazetteerMatch<T & object>): GazetteerMatch<T & object> | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.to > a.to ? b : a;
}

// ---------------------------------------------------------------- pass 2: titles, heads, anonymous sources

interface RoleMention {
  sentence: number;
  from: number;
  to: number;
  office: string;
  scope: string;
}

/** What a token position holds, for the scanners below. */
function known(ctx: Ctx, s: AnalysedSentence, k: number): { id: string; to: number } | null {
  const id = occupiedAt(ctx, s.sentence.index, k);
  if (!id) return null;
  let to = k + 1;
  while (occupiedAt(ctx, s.sentence.index, to) === id) to++;
  return { id, to };
}

/**
 * The country name or demonym that starts at token k. The lexicon, title, head and English name
 * passes all ask it of the same tokens: each token's answer is looked up once.
 */
function countryAt(s: AnalysedSentence, k: number): GazetteerMatch<CountryRef> | undefined {
  if (k < 0 || k >= s.tokens.length || !trieStarts(s)[k]) return undefined;
  const known = (s.countries ??= []);
  let m = known[k];
  if (m === undefined) known[k] = m = countryData().gazetteer.longestAt(s.tokens, k) ?? null;
  return m ?? undefined;
}

/** «العقيد السابق في القوات الخاصة بالجيش الأمريكي ديفيد ماكسويل»: the person after a title. */
function titlePass(ctx: Ctx, s: AnalysedSentence, roles: RoleMention[]) {
  const { titles, functionWords, orgHeads, anonymous } = actorData();
  const toks = s.tokens;
  const si = s.sentence.index;
  const starts = trieStarts(s);
  for (let i = 0; i < toks.length; i++) {
    if (!starts[i] || occupiedAt(ctx, si, i)) continue;
    const t = titles.longestAt(toks, i);
    if (!t) continue;
    if (ctx.lang === 'en' && !/^\p{Lu}/u.test(toks[i]!.text) && t.payload.kind !== 'spokesperson' && t.payload.kind !== 'profession') continue;
    const title: TitleEntry = t.payload;
    let scope = '';
    let p = t.to;
    let run: number[] = [];
    let personId: string | null = null;
    let sawComma = false;
    let quoted = false;
    // where the title's scope ends («الرئيس الأمريكي»): a role found without a name spans that far
    let scopeEnd = t.to;
    const scopes: string[] = [];
    for (let guard = 0; p < toks.length && guard < 14; guard++) {
      const tok = toks[p]!;
      const k = known(ctx, s, p);
      if (k) {
        const e = ctx.entities.get(k.id)!;
        if (e.type === 'PERSON') {
          // «الوزير المتطرف بن غفير»: words between the title and a known name describe him
          personId = e.id;
          break;
        }
        // words before an organisation were part of the affiliation («القوات الخاصة بالجيش الأمريكي»)
        run = [];
        if (!scope) scopeEnd = k.to;
        scope ||= e.country ?? e.id;
        p = k.to;
        continue;
      }
      if (tok.kind === 'punct') {
        // «الناطق باسم قوات الأمم المتحدة في لبنان «اليونيفيل» أندريا تيننتي»: the quotes of an acronym
        if ((!run.length || quoted) && (QUOTES_OPEN.has(tok.norm) || QUOTES_CLOSE.has(tok.norm))) {
          quoted = !quoted;
          run = [];
          p++;
          continue;
        }
        const descriptive = run.every((k) => toks[k]!.norm.startsWith('ال') || toks[k]!.forms.some((f) => f.prefix.endsWith('ال')));
        if ((tok.norm === '،' || tok.norm === ',') && !sawComma && descriptive) {
          // «المدير التنفيذي للمحلية، عبد الرحمن آدم هارون، إن»: the name follows in apposition
          sawComma = true;
          run = [];
          p++;
          continue;
        }
        if (ctx.lang === 'en' && tok.norm === '.' && run.length > 1 && run.at(-1) === p - 1 && /^\p{Lu}$/u.test(toks[p - 1]!.text)) {
          p++; // a middle initial: "Antony J. Blinken"
          continue;
        }
        if (tok.norm === '.' && toks[p - 1]?.kind === 'word' && toks[p - 1]!.text.length === 1) {
          run = []; // «د.», «م.»: an abbreviated honorific
          p++;
          continue;
        }
        break;
      }
      const c = countryAt(s, p);
      if (c) {
        run = [];
        if (!scope) scopeEnd = c.to;
        scope ||= c.payload.code;
        scopes.push(c.payload.code);
        p = c.to;
        continue;
      }
      const again = titles.longestAt(toks, p);
      if (again) {
        // «رئيس جمهورية مصر العربية، وفخامة الرئيس جو بايدن»: after a comma, another title starts another person
        if (sawComma) break;
        run = [];
        p = again.to;
        continue;
      }
      if (!run.length && tok.forms.some((f) => MODIFIERS.has(f.form))) {
        p++;
        continue;
      }
      // «نقل مراسل الجزيرة عن مصادر طبية»: unnamed sources after the title's affiliation are no name
      if (!run.length && anonymous.longestAt(toks, p)) break;
      const spelledAsName = ctx.writesAlifMaqsura && actorData().nameSpellings.has(stripDiacritics(tok.text)) && toks[p + 1]?.kind === 'word';
      if (!spelledAsName && (functionWords.has(tok.norm) || (ctx.lang === 'ar' && isNameStop(tok) && !AFFILIATION_PREPS.has(tok.norm)))) {
        // «قوات الأمم المتحدة الموقتة في لبنان»: definite adjectives of the affiliation before a preposition
        const affiliation = ctx.lang === 'ar' && run.every((k) => toks[k]!.norm.startsWith('ال'));
        if (AFFILIATION_PREPS.has(tok.norm) && (!run.length || affiliation) && p + 1 < toks.length) {
          run = [];
          p++;
          continue;
        }
        break;
      }
      // «رحب السفير علي عبدي بالخطوة»: after a given name, a preposition with the article starts the
      // verb's object, not a name part
      if (ctx.lang === 'ar' && run.length && isGivenName(toks[run[0]!]!, true) && tok.forms.some((f) => /^[وف]?([بك]ال|لال)$/.test(f.prefix))) break;
      if (ctx.lang === 'en' && !/^\p{Lu}/u.test(tok.text)) {
        if (run.length) break;
        if (orgHeads.longestAt(toks, p) || AFFILIATION_PREPS.has(tok.norm)) {
          p++;
          continue;
        }
        break;
      }
      run.push(p);
      p++;
    }
    if (personId) {
      const info = ctx.info.get(personId)!;
      if (title.office && scope) info.offices.add(`${title.office}:${scope}`);
      continue;
    }
    // «وزيرا خارجية أرمينيا وأذربيجان، أرارات ميرزويان وجيحون بيراموف»: two names joined by و,
    // each with its country in the order given
    if (title.dual && sawComma) {
      const split = secondNameAt(toks, run);
      if (split > 0) {
        for (const [n, part] of [run.slice(0, split), run.slice(split)].entries()) {
          const code = scopes.length === 2 ? scopes[n]! : /^[A-Z]{2}$/.test(scope) ? scope : undefined;
          const lead = n === 1 ? 'و' : '';
          const a = part[0]!;
          const b = part[part.length - 1]! + 1;
          const surface = toks.slice(a, b).map((x) => x.text).join(' ').slice(lead.length);
          const e = detectedEntity(ctx, 'PERSON', surface, 'actor.title-name', 0.6, {
            gender: title.gender ?? null,
            medium: null,
            offices: new Set(title.office && code ? [`${title.office}:${code}`] : []),
          }, { country: code, role: toks.slice(i, t.to).map((x) => x.text).join(' ') });
          mention(ctx, s, e, a, b, 'actor.title-name', 0.6, lead);
          occupy(ctx, si, a, b, e.id);
        }
        i = run[run.length - 1]!;
        continue;
      }
    }
    run = nameFromRun(toks, run, ctx.lang);
    // "Mr Faye", "Ms. Navalnaya": an English honorific before a lone surname refers back to a person
    // named in full elsewhere in the article; resolvePass joins the surname to that person
    if (ctx.lang === 'en' && title.kind === 'honorific' && run.length === 1) continue;
    if (!run.length) {
      if (title.office && scope && title.kind !== 'profession') {
        roles.push({ sentence: si, from: i, to: scopeEnd, office: title.office, scope });
      }
      continue;
    }
    const from = run[0]!;
    const to = run[run.length - 1]! + 1;
    const surface = toks.slice(from, to).map((x) => x.text).join(' ');
    const role = toks.slice(i, t.to).map((x) => x.text).join(' ');
    const country = /^[A-Z]{2}$/.test(scope) ? scope : ctx.entities.get(scope)?.country;
    const confidence = isGivenName(toks[from]!) ? 0.8 : 0.6;
    const e = detectedEntity(ctx, 'PERSON', surface, 'actor.title-name', confidence, {
      gender: title.gender ?? null,
      medium: null,
      offices: new Set(title.office && scope ? [`${title.office}:${scope}`] : []),
    }, { country, role });
    mention(ctx, s, e, from, to, 'actor.title-name', confidence);
    occupy(ctx, si, from, to, e.id);
    i = to - 1;
  }
}

// What a word is to the name rules depends on its forms only: each word's answers are worked out
// once, as bits in its memo (tokens.ts memoSlot), not at each occurrence by each pass. (The given
// name tests alone were a tenth of the Arabic entities stage.)
const STOP_FORM = 1; // a form without و ف ب ل that cannot continue a name
const GIVEN = 2;
const GIVEN_AFTER_TITLE = 4;
const OPENS_NAME = 8;
const traitSlot = memoSlot();

function traits(forms: Forms): number {
  let bits = forms.memo?.[traitSlot] as number | undefined;
  if (bits === undefined) {
    bits = traitsOf(forms);
    if (forms.memo) forms.memo[traitSlot] = bits;
  }
  return bits;
}

function traitsOf(forms: Forms): number {
  const stops = actorData().nameStops;
  const n = names();
  let bits = 0;
  if (forms.some((f) => /^[وفبل]{1,2}$/.test(f.prefix) && stops.has(f.form) && f.form.length > 1)) bits |= STOP_FORM;
  const article = (f: Form) => f.prefix.includes('ال');
  if (forms.some((f) => !article(f) && (n.given.has(f.form) || n.familyFirst.has(f.form)))) bits |= GIVEN;
  if (forms.some((f) => !article(f) && (n.given.has(f.form) || n.familyFirst.has(f.form) || n.ambiguous.has(f.form)))) bits |= GIVEN_AFTER_TITLE;
  if (!forms.some((f) => n.ambiguous.has(f.form)) && forms.some((f) => n.given.has(f.form) && /^[وف]?$/.test(f.prefix))) bits |= OPENS_NAME;
  return bits;
}

/** A word that cannot continue a name (a function word, a verb of saying or acting). */
function isNameStop(t: Token): boolean {
  return actorData().nameStops.has(t.norm) || (traits(t.forms) & STOP_FORM) !== 0;
}

function isGivenName(t: Token, afterTitle = false): boolean {
  return (traits(t.forms) & (afterTitle ? GIVEN_AFTER_TITLE : GIVEN)) !== 0;
}

/**
 * «سهيل بن محمد المزروعي، وزير الطاقة الإماراتي»: a name followed by a comma and a title.
 * The name must start with a known given name; a known person before the comma takes the office.
 */
function appositivePass(ctx: Ctx, s: AnalysedSentence) {
  const { titles, functionWords } = actorData();
  const toks = s.tokens;
  const si = s.sentence.index;
  for (let i = 2; i < toks.length; i++) {
    const comma = toks[i - 1]!;
    // (the kind first: it is on the token, the norm a string elsewhere in memory read for nothing)
    if (comma.kind !== 'punct' || (comma.norm !== '،' && comma.norm !== ',')) continue;
    const t = titles.longestAt(toks, i);
    if (!t || occupiedAt(ctx, si, i) || t.payload.kind === 'honorific') continue;
    let scope = '';
    for (let p = t.to; p < Math.min(toks.length, t.to + 6) && toks[p]!.kind === 'word'; p++) {
      const k = known(ctx, s, p);
      const c = countryAt(s, p);
      if (c) scope ||= c.payload.code;
      else if (k) scope ||= ctx.entities.get(k.id)?.country ?? k.id;
      if (scope) break;
    }
    const before = occupiedAt(ctx, si, i - 2);
    if (before) {
      const e = ctx.entities.get(before)!;
      if (e.type === 'PERSON' && t.payload.office && scope) ctx.info.get(before)!.offices.add(`${t.payload.office}:${scope}`);
      continue;
    }
    let from = i - 1;
    while (from > 0 && i - 1 - from < 6) {
      const tok = toks[from - 1]!;
      if (tok.kind !== 'word' || occupiedAt(ctx, si, from - 1) || functionWords.has(tok.norm) || isNameStop(tok)) break;
      from--;
    }
    // the name runs from the first given name to the comma
    const b = i - 1;
    let a = from;
    while (a < b && !isGivenName(toks[a]!)) a++;
    if (a === b || b - a < 2 || b - a > 6) continue;
    const country = /^[A-Z]{2}$/.test(scope) ? scope : scope ? ctx.entities.get(scope)?.country : undefined;
    const e = detectedEntity(ctx, 'PERSON', surfaceOf(toks, a, b), 'actor.appositive-title', 0.75, {
      gender: t.payload.gender ?? null,
      medium: null,
      offices: new Set(t.payload.office && scope ? [`${t.payload.office}:${scope}`] : []),
    }, { country, role: toks.slice(i, t.to).map((x) => x.text).join(' ') });
    mention(ctx, s, e, a, b, 'actor.appositive-title', 0.75);
    occupy(ctx, si, a, b, e.id);
  }
}

// (The tests below that take a closure over a loop's variables are functions of their own: a closure
// in the loop's body made V8 allocate a context for the body at every token, 30-50 KB an English
// article in each of the title, appositive, head and anonymous passes.)

/** Where the second of two names joined by «و» starts in a run of words, -1 for none. */
function secondNameAt(toks: Token[], run: number[]): number {
  return run.findIndex((k, n) => n >= 2 && run.length - n >= 2 && toks[k]!.forms.some((f) => f.prefix === 'و' && !isNameStop(toks[k]!)));
}

/** Where a name starts in the words before a stop: at a given name if there is one. */
function nameFromRun(toks: Token[], run: number[], lang: Lang): number[] {
  if (!run.length) return [];
  // the run must end where the scan stopped: the name is the run's tail
  for (let k = 1; k < run.length; k++) if (run[k] !== run[k - 1]! + 1) run = run.slice(k);
  if (run.some((k) => toks[k]!.norm.length < 2)) return [];
  let starts = run.findIndex((k) => isGivenName(toks[k]!, true));
  // "President Irfaan Ali": a surname that is also a given name ends an English name, it does not start it
  if (lang === 'en' && starts > 0 && starts === run.length - 1 && run.length <= 3) starts = -1;
  let name = starts >= 0 ? run.slice(starts) : run;
  if (starts < 0 && lang === 'ar') {
    // «الباحث في معهد الدراسات الأمنية إبراهيما كوني»: the body the title belongs to comes first
    // (its head and definite words), the name after it; «المتحدث الرسمي لوزارة الخارجية» has none
    const head = actorData().orgHeads.longestAt(toks, name[0]!);
    if (head) {
      let q = head.to - name[0]!;
      while (q < name.length && /^ال/.test(toks[name[q]!]!.norm)) q++;
      name = name.slice(q);
    }
  }
  const links = name.filter((k) => NAME_LINKS.has(toks[k]!.norm)).length;
  const max = 4 + Math.min(links, 2);
  if (name.length > max) return starts >= 0 ? name.slice(0, max) : [];
  if (starts < 0) {
    // without a known given name, accept only a short, name-like run
    if (name.length > 3 || name.length === 0) return [];
    if (lang === 'ar' && (name.length < 2 || /^ال/.test(toks[name[0]!]!.norm))) return [];
    if (lang === 'ar' && name.every((k) => /^ال/.test(toks[k]!.norm) && /(ي|يه|ية|يون|يين)$/.test(toks[k]!.norm))) return [];
    // «بيانا مشتركا», «اتصالا هاتفيا»: indefinite objects, each word with the accusative's alif
    if (lang === 'ar' && name.every((k) => toks[k]!.norm.endsWith('ا'))) return [];
    if (lang === 'en' && !name.every((k) => /^\p{Lu}/u.test(toks[k]!.text))) return [];
  }
  return name;
}

/** A given name that is no common word, with «و» or «ف» before it at most, not a preposition («لدينا», «بأن»). */
const opensName = (t: Token): boolean => (traits(t.forms) & OPENS_NAME) !== 0;

/**
 * «وقال محمد الحسيني إن …»: an Arabic name with no title and no lexicon entry, read from a given name
 * that is not also a common word, followed by a father's name or a family name: more given names,
 * words with the article (الحسيني), and the links of names (بن، أبو، عبد).
 */
function givenNamePass(ctx: Ctx, s: AnalysedSentence) {
  const toks = s.tokens;
  const si = s.sentence.index;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || occupiedAt(ctx, si, i) || !opensName(t)) continue;
    // «على» folds into «علي» and is a name only where the writer spells the two apart
    const bare = stripDiacritics(t.text).replace(/^[وف]/, '');
    if (actorData().nameSpellings.has(bare.replace(/ى$/, 'ي')) && (bare.endsWith('ى') || !ctx.writesAlifMaqsura)) continue;
    let to = i + 1;
    while (to < toks.length && to - i < 4) {
      const w = toks[to]!;
      if (w.kind !== 'word' || occupiedAt(ctx, si, to) || isNameStop(w) || countryAt(s, to)) break;
      const link = NAME_LINKS.has(w.norm) && toks[to + 1]?.kind === 'word';
      const family = w.norm.startsWith('ال') && w.norm.length > 3;
      if (!link && !family && !isGivenName(w)) break;
      to += link ? 2 : 1;
    }
    if (to - i < 2) continue;
    const e = detectedEntity(ctx, 'PERSON', surfaceOf(toks, i, to), 'actor.given-name', 0.6, { gender: null, medium: null, offices: new Set() });
    mention(ctx, s, e, i, to, 'actor.given-name', 0.6);
    occupy(ctx, si, i, to, e.id);
    i = to - 1;
  }
}

/** صحيفة «الغارديان»، حركة فتح: an organisation named after its head noun. */
function headPass(ctx: Ctx, s: AnalysedSentence) {
  const { orgHeads, functionWords, titles } = actorData();
  const toks = s.tokens;
  const si = s.sentence.index;
  const starts = trieStarts(s);
  for (let i = 0; i < toks.length; i++) {
    if (!starts[i] || occupiedAt(ctx, si, i)) continue;
    const h = orgHeads.longestAt(toks, i);
    if (!h) continue;
    const head: OrgHeadEntry = h.payload;
    let p = h.to;
    const k = known(ctx, s, p) ?? (QUOTES_OPEN.has(toks[p]?.norm ?? '') ? known(ctx, s, p + 1) : null);
    if (k) {
      const e = ctx.entities.get(k.id)!;
      const sameKind =
        (head.type === 'MEDIA' && e.type === 'MEDIA') ||
        (head.ar ?? []).some((w) => normalize(e.nameAr ?? '').startsWith(normalize(w)));
      if (sameKind) {
        // the head confirms the kind: «صحيفة "وول ستريت جورنال"»
        const info = ctx.info.get(e.id)!;
        info.medium ??= head.medium ?? null;
        mention(ctx, s, e, i, k.to, 'actor.head-known', 0.95);
        occupy(ctx, si, i, k.to, e.id);
        i = k.to - 1;
      }
      continue;
    }
    let from = -1;
    let to = -1;
    let rule = '';
    let confidence = 0;
    const definiteHead = h.prefix.includes('ال') || /^(ال|the$)/.test(toks[i]!.norm);
    if (QUOTES_OPEN.has(toks[p]?.norm ?? '') && !definiteHead) {
      let q = p + 1;
      while (q < toks.length && q - p <= 5 && !QUOTES_CLOSE.has(toks[q]!.norm)) q++;
      const inside = toks.slice(p + 1, q);
      if (
        q < toks.length &&
        QUOTES_CLOSE.has(toks[q]!.norm) &&
        inside.length &&
        inside.every((x) => x.kind === 'word' && !functionWords.has(x.norm))
      ) {
        from = p + 1;
        to = q;
        rule = 'actor.head-quoted';
        confidence = 0.85;
      }
    } else if (head.type !== 'MEDIA' && head.gender !== undefined && !/^ال/.test(toks[i]!.norm) && h.prefix.indexOf('ال') < 0) {
      // unquoted: one to three words that are not a description (شركة أمريكية) nor a verb
      // («مجلس الأمن يدعو»); an outlet's unquoted name is too easily a phrase («موقع ضعف»)
      while (
        p < toks.length &&
        p - h.to < 3 &&
        toks[p]!.kind === 'word' &&
        !functionWords.has(toks[p]!.norm) &&
        !isNameStop(toks[p]!) &&
        !/^س[يتن]../.test(toks[p]!.norm) &&
        !occupiedAt(ctx, si, p) &&
        !titles.longestAt(toks, p) &&
        !(ctx.lang === 'ar' && /(ي|يه|ية|يون|يين|يات)$/.test(toks[p]!.norm)) &&
        !(ctx.lang === 'en' && !/^\p{Lu}/u.test(toks[p]!.text)) &&
        !(ctx.lang === 'ar' && constructEnds(toks, h.to, p))
      )
        p++;
      if (p > h.to && (ctx.lang === 'en' || p >= toks.length || toks[p]!.kind === 'punct' || functionWords.has(toks[p]!.norm) || occupiedAt(ctx, si, p))) {
        from = h.to;
        to = p;
        rule = 'actor.head-name';
        confidence = 0.55;
      }
    }
    if (from < 0) continue;
    const bare = toks.slice(from, to).map((x) => x.text).join(' ');
    // the head without its proclitics («بمركز» → «مركز»): an organisation's name includes it
    const headWord = toks[i]!.text.slice(h.prefix.length) + (h.to - i > 1 ? ' ' + surfaceOf(toks, i + 1, h.to) : '');
    const surface = ctx.lang === 'ar' ? `${headWord} ${bare}` : bare;
    const name = head.type === 'MEDIA' || ctx.lang !== 'ar' ? bare : surface;
    const type: EntityType = head.type === 'MEDIA' ? 'MEDIA' : 'ORGANIZATION';
    const e = detectedEntity(ctx, type, name, rule, confidence, {
      gender: (head.gender as Gender | undefined) ?? null,
      medium: head.medium ?? null,
      offices: new Set(),
    });
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    // «بنك "غولدمان ساكس"»: the quoted words are the name the organisation goes by elsewhere
    if (rule === 'actor.head-quoted' && !e.aliases.includes(bare)) e.aliases.push(bare);
    mention(ctx, s, e, i, QUOTES_CLOSE.has(toks[to]?.norm ?? '') ? to + 1 : to, rule, confidence);
    occupy(ctx, si, i, to, e.id);
    i = to - 1;
  }
}

/**
 * Whether an Arabic construct after a head that ends at `headEnd` ends before word q: with its first
 * definite noun, unless it goes on with «لل…» («مجلس النواب» and not «مجلس النواب يقتربان»; «مركز
 * الإمارات للسياسات»).
 */
function constructEnds(toks: Token[], headEnd: number, q: number): boolean {
  return q > headEnd && q < toks.length && /^ال/.test(toks[q - 1]!.norm) && !/^لل/.test(toks[q]!.norm);
}

/** مسؤول أمريكي رفيع، مصادر دبلوماسية في الوفد العراقي: anonymous sources as groups. */
function anonymousPass(ctx: Ctx, s: AnalysedSentence) {
  const { anonymous, anonymousModifiers } = actorData();
  const toks = s.tokens;
  const si = s.sentence.index;
  const starts = trieStarts(s);
  for (let i = 0; i < toks.length; i++) {
    if (!starts[i] || occupiedAt(ctx, si, i)) continue;
    const h = anonymous.longestAt(toks, i);
    if (!h) continue;
    // «الخبير», «المسؤول»: a definite singular refers to someone named, not an anonymous source
    if (!h.payload.plural && (h.prefix.endsWith('ال') || toks[i]!.norm.startsWith('ال') || /^the$/i.test(toks[i - 1]?.norm ?? ''))) continue;
    let p = h.to;
    let code: string | null = null;
    let qualified = false;
    let qualifier = '';
    for (let guard = 0; p < toks.length && guard < 6; guard++) {
      const tok = toks[p]!;
      if (tok.kind !== 'word') break;
      if (anonymousModifiers.has(tok.norm)) {
        qualified = true;
        p++;
        continue;
      }
      // «مسؤول غربي», «مصادر دبلوماسية»: an adjective of a region or a field qualifies the source
      if (ctx.lang === 'ar' && !code && !qualifier && /^[^ا].*(ي|يه|يون|يين)$/.test(tok.norm) && !countryAt(s, p) && !isNameStop(tok)) {
        qualifier = tok.norm.replace(/(يه|يون|يين)$/, 'ي');
        qualified = true;
        p++;
        continue;
      }
      const c = countryAt(s, p);
      if (c && c.payload.kind === 'demonym' && !code) {
        code = c.payload.code;
        p = c.to;
        continue;
      }
      if ((tok.norm === 'في' || tok.norm === 'in' || tok.norm === 'at') && p + 1 < toks.length) {
        const k = known(ctx, s, p + 1) ?? (toks[p + 2] ? known(ctx, s, p + 2) : null);
        const c2 = countryAt(s, p + 1) ?? (toks[p + 2] ? countryAt(s, p + 2) : undefined);
        const cc = k ? ctx.entities.get(k.id)?.country : c2?.payload.code;
        if (cc && !code) {
          code = cc;
          p = k ? k.to : c2!.to;
          continue;
        }
      }
      break;
    }
    // «أفاد شهود عيان», «لكن مصدراً في الوزارة قال»: unqualified sources count when they are the
    // ones speaking, with the verb before them or right after their affiliation
    const prev = toks[i - 1];
    let after = p;
    if (toks[after]?.norm === 'في' || toks[after]?.norm === 'in') while (after < p + 5 && toks[after]?.kind === 'word' && !isSpeechVerb(toks[after])) after++;
    const speaking = isSpeechVerb(prev) || prev?.norm === 'عن' || prev?.norm === 'from' || (ctx.lang === 'ar' && isSpeechVerb(toks[after]));
    if (!code && !qualified && !speaking) continue;
    const id = `actor:anon-${h.payload.key}${code ? '-' + code.toLowerCase() : qualifier ? '-' + slug(qualifier) : ''}`;
    const e = ctx.entities.get(id) ?? newAnonymousEntity(ctx, id, h.payload, code);
    mention(ctx, s, e, i, p, 'actor.anonymous', 0.7);
    occupy(ctx, si, i, p, e.id);
    i = p - 1;
  }
}

function newAnonymousEntity(ctx: Ctx, id: string, head: AnonRef, code: string | null): Entity {
  const cinfo = code ? countryData().info.get(code) : undefined;
  const name = `${cinfo?.demonymEn ? cinfo.demonymEn + ' ' : ''}${head.en}`;
  return added(
    ctx,
    { id, type: 'GROUP', name, nameEn: name, country: code ?? undefined, known: false, rule: 'actor.anonymous', confidence: 0.7, aliases: [], mentions: [] },
    { gender: head.plural ? 'pl' : 'm', medium: null, offices: new Set() },
  );
}

// ---------------------------------------------------------------- pass 3: resolution within the article

/**
 * «السوداني» after «محمد شياع السوداني» is the prime minister, not Sudan: a demonym that is also the
 * surname of a person named in the article is his mention only.
 */
function dropDemonymsThatAreNames(ctx: Ctx, sentences: AnalysedSentence[]) {
  if (!ctx.mentions.some((m) => m.rule === 'country.demonym')) return;
  const personal = new Set<string>();
  for (const m of ctx.mentions) if (ctx.entities.get(m.entity)!.type === 'PERSON') personal.add(`${m.sentence}:${m.from}:${m.to}`);
  const shadowed = (m: MentionRef) => m.rule === 'country.demonym' && personal.has(`${m.sentence}:${m.from}:${m.to}`);
  const dropped = ctx.mentions.filter(shadowed);
  if (!dropped.length) return;
  ctx.mentions = ctx.mentions.filter((m) => !shadowed(m));
  for (const [i, list] of ctx.perSentence.entries()) ctx.perSentence[i] = list.filter((m) => !shadowed(m));
  for (const m of dropped) {
    const e = ctx.entities.get(m.entity)!;
    const start = sentences[m.sentence]!.tokens[m.from]!.start;
    e.mentions = e.mentions.filter((x) => !(x.sentence === m.sentence && x.start === start));
  }
}

// (module-level rather than closures in the token loops: a closure made at every token costs more
// than the test it runs)
const isSpeechVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && actorData().speechVerbs.has(t.forms.at(-1)!.form);
const isDefinite = (t: Token, prefix: string): boolean => /^ال/.test(t.forms.find((f) => f.prefix === prefix)?.form ?? t.norm);
const surfaceOf = (toks: Token[], from: number, to: number): string => toks.slice(from, to).map((t) => t.text).join(' ');

// A word's forms (tokens.ts formsOf) are the word with proclitics taken off its beginning, or an
// English word without its "'s": all but that one end with the word's last letter. Most words end
// in none of the surnames' last letters: refused by this bit, their forms, which no pass before
// has read, are not read.
const endBit = (word: string): number => 1 << (codeAt(word, word.length - 1) & 31);

/** The first of the matches whose actor the article names already. */
function inArticle(ctx: Ctx, matches: GazetteerMatch<ActorEntry>[]): GazetteerMatch<ActorEntry> | undefined {
  for (let k = 0; k < matches.length; k++) if (ctx.entities.has(matches[k]!.payload.id)) return matches[k];
  return undefined;
}

function resolvePass(ctx: Ctx, sentences: AnalysedSentence[], roles: RoleMention[]) {
  const { shortForms, backReferences, bareInstitutions } = actorData();
  // surnames of people found with a title: «ماكسويل» after «ديفيد ماكسويل»
  const surname = new Map<string, string | null>();
  let surnameEnds = 0;
  for (const e of ctx.entities.values()) {
    if (e.type !== 'PERSON' || e.known) continue;
    const parts = normalize(e.name).split(' ');
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    surname.set(last, surname.has(last) && surname.get(last) !== e.id ? null : e.id);
    surnameEnds |= endBit(last);
  }
  for (const s of sentences) {
    const si = s.sentence.index;
    const toks = s.tokens;
    const starts = trieStarts(s);
    for (let i = 0; i < toks.length; i++) {
      if (occupiedAt(ctx, si, i) || toks[i]!.kind !== 'word') continue;
      const sf = starts[i] ? inArticle(ctx, shortForms.matchAt(toks, i)) : undefined;
      if (sf) {
        const e = ctx.entities.get(sf.payload.id)!;
        mention(ctx, s, e, sf.from, sf.to, 'resolve.short-name', 0.8, sf.prefix);
        occupy(ctx, si, sf.from, sf.to, e.id);
        i = sf.to - 1;
        continue;
      }
      let sn: string | null | undefined;
      const norm = toks[i]!.norm;
      if (surnameEnds & endBit(norm) || norm.endsWith("'s")) {
        const forms = toks[i]!.forms;
        for (let k = 0; k < forms.length && !sn; k++) sn = surname.get(forms[k]!.form);
      }
      if (sn) {
        const e = ctx.entities.get(sn)!;
        mention(ctx, s, e, i, i + 1, 'resolve.surname', 0.8);
        occupy(ctx, si, i, i + 1, e.id);
        continue;
      }
      if (!starts[i]) continue;
      const br = backReferences.longestAt(toks, i);
      if (br) {
        const target = lastOutlet(ctx, si, i, br.payload);
        if (target) {
          const e = ctx.entities.get(target)!;
          mention(ctx, s, e, br.from, br.to, 'resolve.back-reference', 0.75, br.prefix);
          occupy(ctx, si, br.from, br.to, e.id);
          i = br.to - 1;
          continue;
        }
      }
      // «الجيش» after «الجيش السوداني»: the same institution, named earlier with its state; with
      // none named, a ministry («أعلنت وزارة الخارجية» under «عمان - بترا») is the dateline's state's
      const bi = bareInstitutions.longestAt(toks, i);
      // definite by its last word («الجيش», «وزارة الخارجية»); a bare head of one word («الخارجية»)
      // may be an adjective («السياسة الخارجية») and gets no state of its own
      const phrase = !!bi && bi.to - bi.from > 1;
      if (bi && bi.prefix.includes('ال') === false && isDefinite(toks[bi.to - 1]!, phrase ? '' : bi.prefix)) {
        // «وزارة الخارجية بدمشق»: the capital right after it names the state
        const at = phrase ? countryAt(s, bi.to) : undefined;
        const placedIn = at && at.prefix.replace(/^[وف]/, '') === 'ب' ? at : undefined;
        let found: { e: Entity; to: number; rule: string; confidence: number } | null = null;
        if (placedIn) {
          const e = institutionEntity(ctx, { code: placedIn.payload.code, inst: bi.payload }, surfaceOf(toks, bi.from, placedIn.to));
          found = { e, to: placedIn.to, rule: 'actor.institution', confidence: 0.8 };
        } else {
          // one named before it; else, for a ministry, the dateline's state's; else one named after it
          const named = namedInstitution(ctx, si, i, bi.payload.key);
          if (named.before) found = { e: ctx.entities.get(named.before)!, to: bi.to, rule: 'resolve.institution', confidence: 0.7 };
          else if (phrase && bi.payload.key.endsWith('ministry') && ctx.datelineState) {
            const e = institutionEntity(ctx, { code: ctx.datelineState, inst: bi.payload }, surfaceOf(toks, bi.from, bi.to));
            found = { e, to: bi.to, rule: 'resolve.dateline-state', confidence: 0.6 };
          } else if (named.first) found = { e: ctx.entities.get(named.first)!, to: bi.to, rule: 'resolve.institution', confidence: 0.7 };
        }
        if (found) {
          mention(ctx, s, found.e, bi.from, found.to, found.rule, found.confidence, bi.prefix);
          occupy(ctx, si, bi.from, found.to, found.e.id);
          i = found.to - 1;
        }
      }
    }
  }
  // «الرئيس الروسي» joins the office holder named in the article
  if (!roles.length) return;
  const holders = new Map<string, string[]>();
  for (const [id, inf] of ctx.info) {
    for (const office of inf.offices) {
      const list = holders.get(office);
      if (list) list.push(id);
      else holders.set(office, [id]);
    }
  }
  for (const r of roles) {
    const holder = holders.get(`${r.office}:${r.scope}`);
    if (holder?.length !== 1) continue;
    const s = sentences[r.sentence]!;
    if (occupiedAt(ctx, r.sentence, r.from)) continue;
    const e = ctx.entities.get(holder[0]!)!;
    mention(ctx, s, e, r.from, r.to, 'resolve.role', 0.75);
    occupy(ctx, r.sentence, r.from, r.to, e.id);
  }
}

/** The state institution of that kind (actor:<cc>-<key>) named last before a position, and the first named anywhere. */
function namedInstitution(ctx: Ctx, si: number, ti: number, key: string): { before: string | null; first: string | null } {
  let best: string | null = null;
  let first: string | null = null;
  let list = ctx.institutionMentions.get(key);
  if (!list) {
    list = ctx.mentions.filter((m) => m.entity.endsWith(`-${key}`));
    ctx.institutionMentions.set(key, list);
  }
  for (const m of list) {
    if (!m.entity.endsWith(`-${key}`) || !/^actor:[a-z]{2}-/.test(m.entity)) continue;
    first ??= m.entity;
    if (m.sentence < si || (m.sentence === si && m.from < ti)) best = m.entity;
  }
  return { before: best, first };
}

/** The last outlet (or organisation of the same head) mentioned before a position. */
function lastOutlet(ctx: Ctx, si: number, ti: number, head: OrgHeadEntry): string | null {
  let best: { id: string; pos: number } | null = null;
  // a back-reference reaches a few paragraphs back at most (and this bounds the work on huge texts)
  const first = Math.max(0, si - 40);
  for (let k = first; k <= si && k < ctx.perSentence.length; k++) {
    for (const m of ctx.perSentence[k]!) {
      const pos = m.sentence * 100000 + m.from;
      if (pos >= si * 100000 + ti) continue;
      const e = ctx.entities.get(m.entity)!;
      const inf = ctx.info.get(m.entity)!;
      const fits =
        head.type === 'MEDIA'
          ? e.type === 'MEDIA' && (!head.medium || !inf.medium || inf.medium === head.medium)
          : e.type === 'ORGANIZATION' && (head.ar ?? []).some((h) => normalize(e.nameAr ?? '').startsWith(normalize(h)));
      if (fits && (!best || pos > best.pos)) best = { id: m.entity, pos };
    }
  }
  if (best || head.type !== 'MEDIA') return best?.id ?? null;
  // «الصحيفة» after an outlet of another medium: the last outlet at all
  for (let k = first; k <= si && k < ctx.perSentence.length; k++) {
    for (const m of ctx.perSentence[k]!) {
      const pos = m.sentence * 100000 + m.from;
      if (pos < si * 100000 + ti && ctx.entities.get(m.entity)!.type === 'MEDIA' && (!best || pos > best.pos)) best = { id: m.entity, pos };
    }
  }
  return best?.id ?? null;
}

// ---------------------------------------------------------------- language-specific passes

/** What a language-specific name pass may see and do in one sentence. */
export interface NamePassApi {
  sentence: AnalysedSentence;
  /** The entity id occupying token k, if any. */
  occupied(k: number): string | undefined;
  /** The country name or demonym that starts at token k, if any. */
  country(k: number): GazetteerMatch<CountryRef> | undefined;
  entityType(id: string): EntityType | undefined;
  /** Records a person or organisation found in tokens [from, to) and occupies them. */
  add(kind: 'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP', from: number, to: number, rule: string, confidence: number, extra?: { country?: string; role?: string; gender?: Gender | null; name?: string }): string;
  /** Records tokens [from, to) as a state institution (institutions.json key) of a country: the id the lexicon pass gives it. */
  institution(code: string, key: string, from: number, to: number, rule: string, confidence: number): string | null;
  /** Records tokens [from, to) as one more mention of an entity already found, and occupies them. */
  mention(id: string, from: number, to: number, rule: string, confidence: number): void;
  /** Scratch space shared by the pass's calls over one article (the same map for every sentence). */
  memo: Map<string, unknown>;
}

// The pass's view of a sentence: one is made per sentence, with the same module functions as its
// methods rather than closures made for it (each closure made costs more than the calls it serves).
interface SentencePass extends NamePassApi {
  ctx: Ctx;
  si: number;
}

function passOccupied(this: SentencePass, k: number): string | undefined {
  return occupiedAt(this.ctx, this.si, k);
}

function passCountry(this: SentencePass, k: number): GazetteerMatch<CountryRef> | undefined {
  return countryAt(this.sentence, k);
}

function passEntityType(this: SentencePass, id: string): EntityType | undefined {
  return this.ctx.entities.get(id)?.type;
}

function passInstitution(this: SentencePass, code: string, key: string, from: number, to: number, rule: string, confidence: number): string | null {
  const { ctx, sentence: s } = this;
  const inst = lexicons().institutions.find((x) => x.key === key);
  if (!inst || !countryData().info.has(code)) return null;
  const surface = s.sentence.text.slice(s.tokens[from]!.start - s.sentence.start, s.tokens[to - 1]!.end - s.sentence.start);
  const e = institutionEntity(ctx, { code, inst }, surface);
  mention(ctx, s, e, from, to, rule, confidence);
  occupy(ctx, this.si, from, to, e.id);
  return e.id;
}

function passMention(this: SentencePass, id: string, from: number, to: number, rule: string, confidence: number): void {
  const e = this.ctx.entities.get(id);
  if (!e) return;
  mention(this.ctx, this.sentence, e, from, to, rule, confidence);
  occupy(this.ctx, this.si, from, to, e.id);
}

function passAdd(
  this: SentencePass,
  kind: 'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP',
  from: number,
  to: number,
  rule: string,
  confidence: number,
  extra: { country?: string; role?: string; gender?: Gender | null; name?: string } = {},
): string {
  const { ctx, sentence: s } = this;
  // as written, so that "Cho Min-seo" keeps its hyphen (tokens drop it)
  // `name` when the entity is named by more than the tokens it can occupy ("a South Korean foreign
  // ministry official", whose first words are the ministry's mention)
  const surface = extra.name ?? s.sentence.text.slice(s.tokens[from]!.start - s.sentence.start, s.tokens[to - 1]!.end - s.sentence.start);
  const e = detectedEntity(ctx, kind, surface, rule, confidence, { gender: extra.gender ?? null, medium: null, offices: new Set() }, { country: extra.country, role: extra.role });
  mention(ctx, s, e, from, to, rule, confidence);
  occupy(ctx, this.si, from, to, e.id);
  return e.id;
}

function namePassApi(ctx: Ctx, s: AnalysedSentence, memo: Map<string, unknown>): NamePassApi {
  const api: SentencePass = {
    ctx,
    si: s.sentence.index,
    sentence: s,
    memo,
    occupied: passOccupied,
    country: passCountry,
    entityType: passEntityType,
    institution: passInstitution,
    mention: passMention,
    add: passAdd,
  };
  return api;
}

// ---------------------------------------------------------------- entry

// (most entities' mentions are found in the order of the text, and sorting copies the array)
function inOrder(mentions: Entity['mentions']): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k]!.start < mentions[k - 1]!.start) return false;
  return true;
}

/** An entity's aliases without its name and repeats, in order (a Set for each entity cost more). */
function distinctAliases(e: Entity): string[] {
  const out: string[] = [];
  for (const a of e.aliases) if (a && a !== e.name && !out.includes(a)) out.push(a);
  return out;
}

export function findEntities(
  sentences: AnalysedSentence[],
  lang: Lang,
  publishedAt: string | null,
  datelineState: string | null = null,
): EntityResult {
  const ctx: Ctx = {
    lang,
    year: publishedAt ? Number(publishedAt.slice(0, 4)) : null,
    entities: new Map(),
    info: new Map(),
    mentions: [],
    occupied: sentences.map(() => []),
    seen: new Map(),
    perSentence: sentences.map(() => []),
    institutionMentions: new Map(),
    writesAlifMaqsura: sentences.some((s) => s.sentence.text.includes('ى')),
    datelineState,
  };
  const roles: RoleMention[] = [];
  for (const s of sentences) lexiconPass(ctx, s);
  for (const s of sentences) titlePass(ctx, s, roles);
  for (const s of sentences) appositivePass(ctx, s);
  const memo = new Map<string, unknown>();
  if (lang === 'en') for (const s of sentences) englishNamePass(namePassApi(ctx, s, memo));
  for (const s of sentences) headPass(ctx, s);
  if (lang === 'ar') for (const s of sentences) givenNamePass(ctx, s);
  for (const s of sentences) anonymousPass(ctx, s);
  resolvePass(ctx, sentences, roles);
  dropDemonymsThatAreNames(ctx, sentences);
  const entities = [...ctx.entities.values()].filter((e) => e.mentions.length);
  for (const e of entities) {
    if (!inOrder(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
    e.aliases = distinctAliases(e);
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  ctx.mentions.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
  const types = new Map<string, EntityType>();
  for (const e of entities) types.set(e.id, e.type);
  return { entities, mentions: ctx.mentions, info: ctx.info, types };
}
