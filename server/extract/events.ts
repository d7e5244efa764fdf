// Events: predicates from the CAMEO frame lexicon, with their participants (source = actor 1,
// target = actor 2) taken from the clause, place, date, quantities and mode.
//   event.verb-frame    a verb or noun of the lexicon with at least one participant
//   event.inherit       a subject-less verb (ووقعا) takes the participants of the previous event
//   event.possessed-subject  «إن قواته صدت …»: forces named by a pronoun suffix act for their owner
//   event.announced     «أعلن المجلس العسكري قطع العلاقات»: the act a subject announces or decides is its own
//   event.participle    «…، متهماً كييف بـ…»: a circumstantial participle is the clause subject's act on its object
//   event.pluperfect    «وكان X، …، قد دعا …»: the subject after «كان», past its description
import { startsWithDigit } from './chars.ts';
import { INTERVIEW_NOUNS } from './claims.ts';
import { addDays, findDates } from './dates.ts';
import type { AnalysedSentence, EntityResult, MentionRef } from './entities.ts';
import { findEnglishEvents } from './events-en.ts';
import { Gazetteer } from './gazetteer.ts';
import { lexicons, type EventFrame } from './lexicon.ts';
import { normalizePhrase } from './normalize.ts';
import { memoSlot, type Token } from './tokens.ts';
import type { Event, EventMode, Lang, Quantity } from './types.ts';

interface Tables {
  frames: Gazetteer<EventFrame>;
  /** «، متهماً كييف»: participles after a comma, the clause subject's act */
  participles: Gazetteer<EventFrame>;
  modes: Gazetteer<EventMode>;
  /** split predicates by their verb, then by the first word of the object that completes them */
  split: Map<string, Map<string, SplitObject[]>>;
  /** the first words of all split predicates' objects */
  objects: Set<string>;
}

interface SplitObject {
  /** the object's other words, as written */
  rest: string[];
  frame: EventFrame;
  /** the phrase's place in the lexicon: the first one listed wins */
  order: number;
}

let tables: Tables | undefined;
// prepositions between a split verb and its object («وقع على اتفاق»), as normalised
const SPLIT_PREPS = new Set(['علي', 'الي', 'في', 'مع', 'عن', 'من', 'ب', 'ل']);

function tb(): Tables {
  if (tables) return tables;
  const lex = lexicons();
  const frames = new Gazetteer<EventFrame>();
  for (const f of lex.frames) {
    for (const a of f.ar ?? []) frames.add(a, f);
    for (const e of f.en ?? []) frames.add(e, f);
  }
  const participles = new Gazetteer<EventFrame>();
  for (const f of lex.frames) for (const a of f.arParticiples ?? []) participles.add(a, f);
  const modes = new Gazetteer<EventMode>();
  for (const mode of ['planned', 'possible', 'denied'] as const) {
    for (const w of [...lex.modality[mode].ar, ...lex.modality[mode].en]) modes.add(w, mode);
  }
  const split = new Map<string, Map<string, SplitObject[]>>();
  let order = 0;
  for (const f of lex.frames) {
    if (f.weak) continue;
    for (const phrase of f.ar ?? []) {
      // «وقع مذكرة تفاهم», «وقع على اتفاق»: the object is the whole phrase after the verb and any
      // preposition, its first word as a form («بمذكرة»), the others as written
      const [verb, ...rest] = normalizePhrase(phrase).split(' ');
      const words = rest.slice(rest.findIndex((w) => !SPLIT_PREPS.has(w)));
      // («على هامش» is a phrase of a preposition: nothing splits it)
      if (!verb || SPLIT_PREPS.has(verb) || !rest.length || !words.length || SPLIT_PREPS.has(words[0]!)) continue;
      let objects = split.get(verb);
      if (!objects) split.set(verb, (objects = new Map()));
      const list = objects.get(words[0]!) ?? [];
      list.push({ rest: words.slice(1), frame: f, order: order++ });
      objects.set(words[0]!, list);
    }
  }
  const objects = new Set([...split.values()].flatMap((byObject) => [...byObject.keys()]));
  tables = { frames, participles, modes, split, objects };
  return tables;
}

const CLAUSE_BREAK = new Set(['.', '؛', ';', ':', '?', '؟', '!']);
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'that']);
const TEMPORAL_PREPS = new Set(['خلال', 'اثناء', 'عقب', 'اثر', 'بعد', 'قبل', 'ابان', 'اعقاب']);
const PLACE_PREPS = new Set(['في', 'in', 'at']);
// «قامت القوات باعتقال …», «ردّت باستهداف …»: verbs that make an event of the verbal noun after «ب»
// (as normalised forms, without و/ف)
const LIGHT_VERBS = new Set(['قام', 'قامت', 'قاموا', 'يقوم', 'تقوم', 'يقومون', 'رد', 'ردت', 'ردوا', 'يرد', 'ترد', 'بادر', 'بادرت']);
// «سارعت إسرائيل إلى إدانة …», «لجأت الحكومة إلى فرض …»: the same after «إلى»
const INTO_VERBS = new Set(['سارع', 'سارعت', 'سارعوا', 'يسارع', 'تسارع', 'بادر', 'بادرت', 'بادروا', 'عمد', 'عمدت', 'عمدوا', 'يعمد', 'تعمد', 'لجا', 'لجات', 'لجاوا', 'يلجا', 'تلجا']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
// «أعلن المجلس العسكري قطع العلاقات», «قررت الحكومة تعليق …»: verbs whose object is an act of their
// subject's (as normalised forms, without و/ف)
const ANNOUNCING = new Set(['اعلن', 'اعلنت', 'اعلنوا', 'اعلنا', 'قرر', 'قررت', 'قرروا', 'قررا', 'يعلن', 'تعلن', 'يقرر', 'تقرر']);
// Topical and spatial prepositions: a noun after them is a circumstance, not a reported event
// (temporal ones, بعد محادثات, do report events).
// as token norms: final ى is folded to ي («على» → علي)
const NOMINAL_PREPS = new Set(['في', 'علي', 'بشان', 'عن', 'من', 'حول', 'ضد', 'مع', 'الي', 'ازاء', 'تجاه', 'رغم', 'بسبب', 'لاجل', 'of', 'about', 'over', 'despite', 'amid']);
const OBLIQUE_PREPS = new Set(['في', 'علي', 'من', 'مع', 'عن', 'الي', 'ضد', 'لدي', 'نحو', 'بين', 'to', 'with', 'against', 'from', 'on', 'in', 'at', 'by', 'of', 'for']);
const PRONOUN_SUFFIXES = ['هما', 'هم', 'ها', 'ه'];
const ACTOR_TYPES = new Set(['PERSON', 'ORGANIZATION', 'MEDIA', 'GROUP', 'COUNTRY']);
const MULTIPLIERS: Record<string, number> = {
  الف: 1e3, الاف: 1e3, الفا: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9,
  thousand: 1e3, million: 1e6, billion: 1e9,
};

interface Trigger {
  from: number;
  to: number;
  frame: EventFrame;
  /** a pronoun suffix on the trigger (حربها): its owner is the source */
  pronoun: string | null;
  /** the object words of a split predicate (فرضت … عقوبات, دعا … إلى وقف إطلاق النار), from and
   * to: they name no event of their own */
  object?: [number, number];
}

/** `bits`: the sentence's scan bits (see `scanBits`). */
function triggerAt(toks: Token[], bits: number[], i: number): Trigger | null {
  const t = toks[i]!;
  if (t.kind !== 'word') return null;
  const m = tb().frames.longestAt(toks, i);
  const gapped = gappedAt(toks, bits, i);
  // «فرضت وزارة الخزانة، الجمعة، عقوبات»: the phrase's frame wins over the bare verb's (often weak) one
  if (m && !(gapped && m.to - m.from === 1)) {
    return { from: i, to: m.to, frame: m.payload, pronoun: null };
  }
  if (gapped) return gapped;
  const v = variantFrame(t);
  return v ? { from: i, to: i + 1, frame: v.frame, pronoun: v.pronoun } : null;
}

// A word's variant reading depends on the word alone: looked up once per word, in its memo
// (tokens.ts), not at every occurrence
const variantSlot = memoSlot();

/** Future سـ on an imperfect verb (ستزور), and a pronoun suffix on a noun (حربها، زيارته). */
function variantFrame(t: Token): { frame: EventFrame; pronoun: string | null } | null {
  const memo = t.forms.memo;
  const known = memo?.[variantSlot] as { frame: EventFrame; pronoun: string | null } | null | undefined;
  if (known !== undefined) return known;
  let found: { frame: EventFrame; pronoun: string | null } | null = null;
  search: for (const { form } of t.forms) {
    const options: { w: string; pronoun: string | null }[] = [];
    if (/^س[يتن]/.test(form)) options.push({ w: form.slice(1), pronoun: null });
    // a pronoun suffix as written (حربها), never a ة folded to ه, and not after a proclitic (وزارة ≠ و+زاره)
    if (form === t.forms[0]!.form) {
      for (const p of PRONOUN_SUFFIXES) if (form.length > p.length + 2 && t.text.endsWith(p)) options.push({ w: form.slice(0, -p.length), pronoun: p });
    }
    for (const { w, pronoun } of options) {
      for (const cand of [w, w.replace(/ت$/, 'ه')]) {
        const probe: Token = { ...t, norm: cand, forms: [{ form: cand, prefix: '' }] };
        const mm = tb().frames.longestAt([probe], 0);
        if (mm && mm.to === 1) {
          found = { frame: mm.payload, pronoun };
          break search;
        }
      }
    }
  }
  if (memo) memo[variantSlot] = found;
  return found;
}

const prefixSlot = memoSlot();
/** The proclitics taken off the first reading of a word that is a frame word on its own ('' for none). */
function framePrefix(t: Token): string {
  const memo = t.forms.memo;
  const known = memo?.[prefixSlot] as string | undefined;
  if (known !== undefined) return known;
  const prefix = t.forms.find((f) => tb().frames.longestAt([{ ...t, forms: [f] }], 0) !== undefined)?.prefix ?? '';
  if (memo) memo[prefixSlot] = prefix;
  return prefix;
}

/**
 * «فرضت وزارة الخزانة الأميركية، الجمعة، عقوبات»: a two-word predicate whose verb and object
 * are split by the subject (verb-first Arabic). The verb is the trigger; the frame is the phrase's.
 */
function gappedAt(toks: Token[], bits: number[], i: number): Trigger | null {
  if (!(bits[i]! & VERB)) return null;
  const split = tb().split;
  const t = toks[i]!;
  for (const { form } of t.forms) {
    const objects = split.get(form);
    if (!objects) continue;
    for (let k = i + 2; k < Math.min(toks.length, i + 24); k++) {
      if (bits[k]! & BREAK) break;
      if (!(bits[k]! & OBJECT)) continue;
      const w = toks[k]!;
      // (looked up by the object's forms: the verbs of the commonest predicates complete dozens of phrases)
      let hit: SplitObject | undefined;
      for (const f of w.forms) {
        for (const o of objects.get(f.form) ?? []) {
          if ((!hit || o.order < hit.order) && o.rest.every((r, n) => toks[k + 1 + n]?.norm === r)) hit = o;
        }
      }
      if (hit) return { from: i, to: i + 1, frame: hit.frame, pronoun: null, object: [k, k + 1 + hit.rest.length] };
    }
  }
  return null;
}

// a frame's Arabic target prepositions as token norms (على → علي), once per frame
const prepCache = new Map<EventFrame, Set<string>>();
function targetPreps(frame: EventFrame): Set<string> {
  let set = prepCache.get(frame);
  if (!set) prepCache.set(frame, (set = new Set((frame.targetPreps?.ar ?? []).map(normalizePhrase))));
  return set;
}

const POSSESSIVE = /(ه|ها|هم|هما)$/;

/**
 * «قواته صدت», «طائراته المسيرة قصفت», «مقاتليه استهدفوا»: the clause opens with a noun carrying
 * a pronoun suffix, at most an adjective away from the verb.
 */
function possessed(toks: Token[], clauseStart: number, verb: number): boolean {
  const gap = verb - clauseStart;
  if (gap < 1 || gap > 2) return false;
  const head = toks[clauseStart]!;
  if (head.kind !== 'word' || !POSSESSIVE.test(head.text) || head.text.length < 5) return false;
  return gap === 1 || (toks[clauseStart + 1]!.kind === 'word' && toks[clauseStart + 1]!.norm.startsWith('ال'));
}

// What the clause and split-predicate scans ask of each word, some twenty times per event
// trigger: read once per word, in its memo (tokens.ts), and from there once per sentence into the
// array the scans read (looked up in the memo at each step, a chain of loads, it was two thirds
// of the split-predicate scan). A clause ends at strong punctuation and at a complementizer
// (إن/أن/that), which opens a new one.
const BREAK = 1;
const OBJECT = 2;
const VERB = 4;
const scanSlot = memoSlot();
function scanBits(t: Token): number {
  const memo = t.forms.memo;
  const known = memo?.[scanSlot] as number | undefined;
  if (known !== undefined) return known;
  const { objects, split } = tb();
  const bits =
    (CLAUSE_BREAK.has(t.norm) || t.forms.some((f) => COMPLEMENTIZERS.has(f.form)) ? BREAK : 0) |
    (t.forms.some((f) => objects.has(f.form)) ? OBJECT : 0) |
    (t.forms.some((f) => split.has(f.form)) ? VERB : 0);
  if (memo) memo[scanSlot] = bits;
  return bits;
}

/** The scan bits of each token of a sentence. */
function sentenceBits(toks: Token[]): number[] {
  const bits: number[] = [];
  for (let k = 0; k < toks.length; k++) bits.push(scanBits(toks[k]!));
  return bits;
}

function clauseBounds(bits: number[], i: number): [number, number] {
  let a = i;
  while (a > 0 && i - a < 40 && !(bits[a - 1]! & BREAK)) a--;
  let b = i + 1;
  while (b < bits.length && b - i < 40 && !(bits[b]! & BREAK)) b++;
  return [a, b];
}

const SENTENCE_STOPS = new Set(['.', '؛', ';', '!', '?', '؟']);

export function modeOf(toks: Token[], from: number): EventMode {
  // «ومن المقرر أن يلتقي»: the marker may stand before the complementizer, not before a full stop
  let start = from;
  while (start > 0 && from - start < 5 && !SENTENCE_STOPS.has(toks[start - 1]!.norm)) start--;
  for (let k = start; k < from; k++) {
    const m = tb().modes.longestAt(toks, k);
    if (m && m.to <= from) return m.payload;
  }
  if (toks[from]!.forms.length === 1 && /^س[يتن]/.test(toks[from]!.forms[0]!.form)) return 'planned';
  return 'happened';
}

export function quantities(toks: Token[], from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    // (a word that does not start with a digit is turned away before the regex: most are)
    if (!startsWithDigit(t.norm) || !/^\d+(?:[.,٫]\d+)?$/.test(t.norm)) continue;
    let value = Number(t.norm.replace(/[,٫]/g, '.'));
    let end = k + 1;
    const mult = MULTIPLIERS[toks[end]?.norm ?? ''];
    if (mult) {
      value *= mult;
      end++;
    }
    const unit = toks[end]?.kind === 'word' ? toks[end]!.text : null;
    let start = k;
    if (k >= 2 && ['اكثر من', 'اقل من', 'more than', 'less than'].includes(`${toks[k - 2]!.norm} ${toks[k - 1]!.norm}`)) start = k - 2;
    else if (k >= 1 && ['نحو', 'حوالي', 'قرابه', 'about', 'around', 'nearly', 'some'].includes(toks[k - 1]!.norm)) start = k - 1;
    out.push({ text: toks.slice(start, unit ? end + 1 : end).map((x) => x.text).join(' '), value, unit });
    k = end;
  }
  return out;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** Where one of the light verbs stands within the few words before `at` (its subject between them at most), or -1. */
function lightVerbBefore(toks: Token[], at: number, verbs: Set<string>): number {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return -1;
    if (t.forms.some((f) => /^[وف]?$/.test(f.prefix) && verbs.has(f.form))) return k;
  }
  return -1;
}

export function findEvents(
  sentences: AnalysedSentence[],
  found: EntityResult,
  lang: Lang,
  refDate: string | null,
): Event[] {
  if (lang === 'en') return findEnglishEvents(sentences, found, refDate);
  const typeOf = found.types;
  const bySentence = new Map<number, MentionRef[]>();
  for (const m of found.mentions) {
    if (!ACTOR_TYPES.has(typeOf.get(m.entity) ?? '')) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const events: Event[] = [];
  let lastActor: string | null = null;

  for (const { sentence, tokens: toks } of sentences) {
    const ms = bySentence.get(sentence.index) ?? [];
    // (an outlet the speaker talked to, under any of its names in the sentence)
    const interviewers = new Set(ms.filter((m) => interviewedBy(toks, m)).map((m) => m.entity));
    // (dates only for a sentence with an event: most have none)
    let dates: ReturnType<typeof findDates> | null = null;
    const bits = sentenceBits(toks);
    let previous: Event | null = null;
    let lastTriggerEnd = 0;
    const objects = new Set<number>();
    for (let i = 0; i < toks.length; i++) {
      if (objects.has(i)) continue;
      const part = toks[i - 1]?.norm === '،' || toks[i - 1]?.norm === ',' ? tb().participles.longestAt(toks, i) : undefined;
      const trig: Trigger | null = part ? { from: i, to: part.to, frame: part.payload, pronoun: null } : triggerAt(toks, bits, i);
      if (!trig) continue;
      const single = trig.to - trig.from === 1;
      const lead = toks[trig.from]!;
      const prefix = framePrefix(lead);
      // «لعقوبات», «في انتهاك», «بشأن نقل»: a noun governed by a preposition names no event of its
      // own, unless a light verb right before it makes it the act («قامت القوات باعتقال»)
      const governed = single && !trig.pronoun && prefix !== '' && /[بلك]/.test(prefix.replace(/^[وف]/, '').replace('ال', ''));
      const into = single && !trig.pronoun && !prefix && toks[trig.from - 1]?.norm === 'الي';
      const light =
        governed && prefix.replace(/^[وف]/, '') === 'ب'
          ? lightVerbBefore(toks, trig.from, LIGHT_VERBS)
          : into
            ? lightVerbBefore(toks, trig.from - 1, INTO_VERBS)
            : -1;
      if (governed && light < 0) continue;
      // «نفى الجيش استهداف المدنيين», «نفت طهران مراراً تزويد روسيا»: what a denial denies is its
      // content; the denial is the event
      if (
        previous?.code.startsWith('016') &&
        trig.from - lastTriggerEnd <= 3 &&
        toks.slice(lastTriggerEnd, trig.from).every((t) => t.kind === 'word')
      ) {
        continue;
      }
      // «استثماراتها», «تعاونها»: a possessed noun names an event of its owner when it is a time
      // («خلال زيارتها») or an act of force («حربها»), not an abstract topic
      if (trig.pronoun && trig.frame.quad !== 4 && !TEMPORAL_PREPS.has(toks[trig.from - 1]?.norm ?? '')) continue;
      // (but «قُتلت في قصف أوكراني»: violence after a preposition is still the event that happened)
      if (NOMINAL_PREPS.has(toks[trig.from - 1]?.norm ?? '') && trig.frame.quad !== 4 && light < 0) continue;
      // «غير مستعدة»: a negated adjective states no event
      if (toks[trig.from - 1]?.norm === 'غير') continue;
      // (the clause and the mentions near, only for a trigger the tests above keep)
      const [ca, cb] = clauseBounds(bits, trig.from);
      // participants are near their predicate; the window also bounds the work in endless sentences
      const near = ms.filter((m) => m.to > trig.from - 40 && m.from < trig.to + 40);
      const isPlace = (m: MentionRef) =>
        (m.rule === 'country.capital' || m.rule === 'country.city') &&
        (PLACE_PREPS.has(toks[m.from - 1]?.norm ?? '') || toks[m.from]!.forms.some((f) => f.prefix.endsWith('ب') && f.prefix.length <= 2));
      // «الرئيس الروسي فلاديمير بوتين»: the adjective belongs to the person named after it
      const titled = (m: MentionRef) =>
        m.rule === 'country.demonym' && near.some((n) => n.from >= m.to && n.from - m.to <= 2 && typeOf.get(n.entity) === 'PERSON');
      const candidates = near.filter((m) => !(m.from < trig.to && m.to > trig.from) && !titled(m));
      const places = candidates.filter((m) => m.from >= ca && m.to <= cb && isPlace(m));
      const parts = candidates.filter((m) => !isPlace(m) && !interviewers.has(m.entity));
      let seg = trig.from;
      while (seg > ca && toks[seg - 1]!.norm !== '،' && toks[seg - 1]!.norm !== ',') seg--;
      const preps = targetPreps(trig.frame);
      // a mention behind a preposition is an oblique (target, place), never the one who acts
      const oblique = (m: MentionRef) =>
        OBLIQUE_PREPS.has(toks[m.from - 1]?.norm ?? '') || (m.prefix !== '' && /[بلك]/.test(m.prefix.replace(/^[وف]/, '').replace(/ال$/, '')));
      const beforeM = parts.filter(
        (m) => m.from >= seg && m.from >= lastTriggerEnd && m.to <= trig.from && trig.from - m.to <= 3 && !oblique(m),
      );
      const afterM = parts.filter((m) => m.from >= trig.to && m.to <= cb && m.from - trig.to <= 16);
      const viaPrep = (m: MentionRef) => {
        const p = m.prefix.replace(/^[وف]/, '').replace(/ال$/, '');
        return preps.has(toks[m.from - 1]?.norm ?? '') || (p !== '' && preps.has(p));
      };
      // «الزيارة تندرج …»: a definite noun with nothing attached refers back to an event already told
      const definite = prefix.endsWith('ال') || (!single && lead.norm.startsWith('ال'));
      if (lang === 'ar' && definite && !trig.pronoun) {
        const between = toks[trig.to]?.norm === 'بين';
        // «الهجوم الصاروخي الذي شنته طهران على إسرائيل»: a relative clause names the actors
        const relative = toks.slice(trig.to, trig.to + 3).some((t) => RELATIVES.has(t.norm));
        const attached = relative || afterM.some((m) => m.from === trig.to || (m.from - trig.to <= 3 && (viaPrep(m) || between)));
        if (!attached) continue;
      }
      // verb first: the subject follows, possibly behind its title and affiliation
      // («ودان مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل»): the person, else the
      // first actor not behind a preposition, within reach of the verb
      const subjectAfter = (list: MentionRef[]): MentionRef | undefined => {
        const reach = list.filter((m) => m.from - trig.to <= 10);
        const direct = reach.filter((m) => !oblique(m));
        const first = direct[0];
        if (!first) return undefined;
        if (first.from - trig.to <= 5 && typeOf.get(first.entity) === 'PERSON') return first;
        const person = direct.find((m) => typeOf.get(m.entity) === 'PERSON');
        if (person && reach.slice(0, reach.indexOf(person)).every((m) => oblique(m) || m === first)) return person;
        return first.from - trig.to <= 5 ? first : undefined;
      };
      let source: string[] = [];
      let target: string[] = [];
      let rule = 'event.verb-frame';
      const announced = light < 0 && !beforeM.length ? announcer(toks, parts, Math.max(ca, lastTriggerEnd), trig.from, oblique) : null;
      const pluperfect = !beforeM.length ? kanaSubject(toks, parts, Math.max(ca, lastTriggerEnd), trig.from, oblique) : null;
      const pickTarget = (list: MentionRef[]) => {
        const t = list.find(viaPrep) ?? list[0];
        return t ? [t.entity] : [];
      };
      // «كما دعا الأمم المتحدة إلى …»: "also" goes on with the last act's actor, and what follows
      // the verb is its object
      const also = toks[trig.from - 1]?.forms.some((f) => f.form === 'كما') && !beforeM.length ? events.at(-1) : undefined;
      if (also && sentence.index - also.sentence <= 1 && also.source.length) {
        source = [...also.source];
        target = pickTarget(afterM);
        rule = 'event.inherit';
      } else if (part) {
        // the clause's subject acts: the previous act's, else the sentence's first actor not behind a preposition
        const subject = previous?.sentence === sentence.index ? previous.source[0] : parts.find((m) => m.to <= trig.from && !oblique(m))?.entity;
        if (!subject) continue;
        source = [subject];
        target = pickTarget(afterM);
        rule = 'event.participle';
      } else if (trig.pronoun) {
        const owner = parts.filter((m) => m.to <= trig.from).at(-1)?.entity ?? lastActor;
        if (!owner) continue;
        source = [owner];
        target = pickTarget(afterM);
      } else if (beforeM.length) {
        source = [beforeM.at(-1)!.entity];
        target = pickTarget(afterM);
      } else if (pluperfect) {
        source = [pluperfect];
        target = pickTarget(afterM);
        rule = 'event.pluperfect';
      } else if (possessed(toks, ca, light >= 0 ? light : trig.from)) {
        // «قال الجيش إن قواته صدت …», «أعلنت الوزارة أن قواتها نفذت …»: forces named by a pronoun
        // suffix act for the actor the clause reports, the last one named before them
        const owner = parts.filter((m) => m.to <= ca).at(-1)?.entity ?? lastActor;
        if (!owner) continue;
        source = [owner];
        target = pickTarget(afterM);
        rule = 'event.possessed-subject';
        // (after a light verb the subject stands before the noun: what follows is its object)
      } else if (light < 0 && subjectAfter(afterM)) {
        const subj = subjectAfter(afterM)!;
        source = [subj.entity];
        // (what stands between the verb and its subject is the subject's title: «طالب الأمين العام
        // للأمم المتحدة أنطونيو غوتيريش الحوثيين بالإفراج»)
        const rest = afterM.filter((m) => m.from >= subj.to && m.entity !== subj.entity);
        target = pickTarget(rest);
        // «تبادلت روسيا وكوريا الشمالية»: two subjects joined by و act together
        if (trig.frame.symmetric && rest[0] && rest[0].from === subj.to && rest[0].entity !== target[0]) {
          const conj = toks[rest[0].from]!.forms.some((f) => f.prefix.startsWith('و'));
          if (conj) target = [rest[0].entity];
        }
      } else if (announced) {
        source = [announced];
        target = pickTarget(afterM);
        rule = 'event.announced';
      } else if (previous && previous.sentence === sentence.index && lead.forms.some((f) => f.prefix.startsWith('و'))) {
        // «… ووقعا اتفاقية»: a coordinated verb without a subject continues the previous event's actors
        source = [...previous.source];
        target = [...previous.target];
        rule = 'event.inherit';
      }
      source = [...new Set(source)];
      target = [...new Set(target)].filter((x) => !source.includes(x));
      if (!source.length && !target.length) continue;
      if (trig.frame.weak && (!source.length || !target.length)) continue;
      const placeM = places[0];
      const place = placeM ? placeM.entity : null;
      const spanFrom = Math.min(trig.from, ...[...beforeM, ...afterM].filter((m) => source.includes(m.entity) || target.includes(m.entity)).map((m) => m.from));
      const spanTo = Math.max(trig.to, ...afterM.filter((m) => target.includes(m.entity) || source.includes(m.entity)).map((m) => m.to));
      const date = dateFor((dates ??= findDates(toks, refDate)), trig.from, sentence.index, refDate);
      const mode = modeOf(toks, trig.from);
      const start = toks[spanFrom]!.start;
      const end = toks[spanTo - 1]!.end;
      const ev = eventRecord({
        frame: trig.frame,
        toks,
        trigger: trig,
        clauseEnd: cb,
        sentence,
        start,
        end,
        source,
        target,
        place,
        date,
        mode,
        rule,
        confidence: source.length && target.length ? 0.8 : 0.6,
      });
      if (trig.object) for (let k = trig.object[0]; k < trig.object[1]; k++) objects.add(k);
      // «شنّت طائرات حربية باكستانية غارات على …»: a second trigger of the same act with the same
      // cast in one sentence (the weapon after the verb) tells the same event again
      if (previous && previous.sentence === sentence.index && previous.code === ev.code && sameSet(previous.source, ev.source) && sameSet(previous.target, ev.target)) {
        lastTriggerEnd = trig.to;
        i = trig.to - 1;
        continue;
      }
      events.push(ev);
      previous = ev;
      lastTriggerEnd = trig.to;
      i = trig.to - 1;
    }
    const lastM = ms.at(-1);
    if (lastM) lastActor = lastM.entity;
  }
  // (numbered in place: each event is the article's own, made by eventRecord)
  for (let n = 0; n < events.length; n++) events[n]!.id = `event-${n}`;
  return events;
}

/** «في مقابلة مع هيئة الإذاعة البريطانية»: the outlet a speaker talked to takes no part in what he reports. */
function interviewedBy(toks: Token[], m: MentionRef): boolean {
  let k = m.from - 1;
  if (toks[k]?.norm === 'مع') k--;
  else if (!m.prefix.endsWith('ل')) return false;
  for (let q = Math.max(0, k - 2); q <= k; q++) if (toks[q]!.forms.some((f) => INTERVIEW_NOUNS.has(f.form))) return true;
  return false;
}

const KANA = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'كانتا']);

/**
 * «وكان أحمد الشرع، المعروف بأبي محمد الجولاني، قد دعا …»: the subject of «كان … قد» + verb
 * stands right after «كان», however long its description before «قد».
 */
function kanaSubject(toks: Token[], parts: MentionRef[], from: number, at: number, oblique: (m: MentionRef) => boolean): string | null {
  if (toks[at - 1]?.norm !== 'قد') return null;
  for (let q = at - 2; q >= Math.max(from, at - 24); q--) {
    if (!toks[q]!.forms.some((f) => KANA.has(f.form))) continue;
    return parts.find((m) => m.from > q && m.to < at && !oblique(m))?.entity ?? null;
  }
  return null;
}

/**
 * «أعلن المجلس العسكري، مساء الأحد، قطع العلاقات …»: the subject of a verb of announcing or
 * deciding before the act, between `from` and the act (after the verb, or right before it).
 */
function announcer(toks: Token[], parts: MentionRef[], from: number, at: number, oblique: (m: MentionRef) => boolean): string | null {
  for (let q = at - 1; q >= Math.max(from, at - 14); q--) {
    if (!toks[q]!.forms.some((f) => ANNOUNCING.has(f.form))) continue;
    const after = parts.find((m) => m.from > q && m.to <= at && !oblique(m));
    const before = parts.filter((m) => m.to <= q && q - m.to <= 2 && m.from >= from && !oblique(m)).at(-1);
    return (after ?? before)?.entity ?? null;
  }
  return null;
}

/**
 * An event as the rules of both languages record it: the frame read at the trigger, its span in
 * the sentence, its cast and place, its day (a planned event only on a day its sentence names),
 * the quantities of its clause. Ids are given once all events of the article are read.
 */
export function eventRecord(r: {
  frame: EventFrame;
  toks: Token[];
  trigger: { from: number; to: number };
  clauseEnd: number;
  sentence: { index: number; text: string; start: number };
  start: number;
  end: number;
  source: string[];
  target: string[];
  place: string | null;
  date: ReturnType<typeof dateFor>;
  mode: EventMode;
  rule: string;
  confidence: number;
}): Event {
  const { frame, toks, trigger, sentence, start, end, date, mode } = r;
  return {
    id: '',
    code: frame.code,
    label: frame.label,
    quadClass: frame.quad,
    sentence: sentence.index,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    start,
    end,
    source: r.source,
    target: r.target,
    place: r.place,
    date: mode === 'planned' ? (date.explicit ? date.upcoming : null) : date.date,
    mode,
    quantities: quantities(toks, trigger.to, r.clauseEnd),
    trigger: toks.slice(trigger.from, trigger.to).map((x) => x.text).join(' '),
    rule: r.rule,
    confidence: r.confidence,
  };
}

/** The date of the nearest date expression in the sentence; else the lead's publication date. */
export function dateFor(
  dates: ReturnType<typeof findDates>,
  k: number,
  si: number,
  ref: string | null,
): { date: string | null; upcoming: string | null; explicit: boolean } {
  if (dates.length) {
    const best = [...dates].sort((a, b) => Math.abs(a.from - k) - Math.abs(b.from - k))[0]!;
    // «من المقرر أن يزور الجمعة»: a weekday of a planned event is the coming one
    const upcoming = best.rule === 'date.weekday' && best.date && ref && best.date < ref ? addDays(best.date, 7) : best.date;
    return { date: best.date, upcoming, explicit: true };
  }
  // the lead sentence reports the day's news
  if (si <= 1 && ref) return { date: ref, upcoming: null, explicit: false };
  return { date: null, upcoming: null, explicit: false };
}
