// English events: the CAMEO frames of event-frames.json read with English word order. The
// source (actor 1) is the clause's subject, the target (actor 2) its object or the noun after the
// frame's preposition; a frame word used as a noun is an event only with participants of its own.
// Each rule id:
//   event.en-verb        a verb frame with its subject and object ("Iranian forces seized a tanker")
//   event.en-passive     "was greeted by Kim", "talks … mediated by China": the agent after "by" acts
//   event.en-light-verb  a noun frame after a light verb ("launched drills", "carried out airstrikes")
//   event.en-noun        a noun frame with its owner or agent ("Putin's visit to North Korea", "his visit")
//   event.en-participle  ", accusing the prime minister of …": the clause's subject acts
//   event.en-coordinated "… and signed …": a verb without a subject continues the clause's subject
//   event.en-agent       "a missile fired by the Houthis struck …": the agent of what acted
import { codeAt } from './chars.ts';
import {
  BETWEEN,
  DETERMINERS,
  PRONOUNS,
  isWord,
  mainSubject,
  markRuleWords,
  mentionAt,
  modifier,
  oblique,
  readSentences,
  startsLower,
  subjectBefore,
  typeOf,
  type Article,
  type Sent,
} from './clauses-en.ts';
import { MAX_SENTENCE_TOKENS } from './claims-en.ts';
import { findDates, type DateMatch } from './dates.ts';
import type { AnalysedSentence, EntityResult, MentionRef } from './entities.ts';
import { dateFor, eventRecord, modeOf } from './events.ts';
import { Gazetteer } from './gazetteer.ts';
import { lexicons, type EventFrame } from './lexicon.ts';
import { normalizePhrase } from './normalize.ts';
import { tokenizePhrase, type Token } from './tokens.ts';
import type { Event } from './types.ts';

interface Tables {
  frames: Gazetteer<EventFrame>;
  light: Gazetteer<true>;
  nominalBefore: Set<string>;
  passive: Set<string>;
}

let tables: Tables | undefined;
function tb(): Tables {
  if (tables) return tables;
  const lex = lexicons();
  const frames = new Gazetteer<EventFrame>();
  for (const f of lex.frames) for (const e of f.en ?? []) frames.add(e, f);
  const light = new Gazetteer<true>();
  for (const v of lex.englishEvents.lightVerbs) light.add(v, true);
  tables = {
    frames,
    light,
    nominalBefore: new Set(lex.englishEvents.nominalBefore.map(normalizePhrase)),
    passive: new Set(lex.englishEvents.passiveMarkers),
  };
  return tables;
}

// the frames' first words, as the gazetteer reads them
markRuleWords(() => lexicons().frames.flatMap((f) => (f.en ?? []).flatMap((e) => tokenizePhrase(e).find((t) => t.kind === 'word')?.norm ?? [])));

// a clause ends at strong punctuation, at "that", and where an attribution starts
const CLAUSE_BREAK = new Set(['.', ';', ':', '?', '!', 'that', 'according', 'while', 'whereas', 'but', 'which', 'who']);
const NEGATIONS = new Set(['not', 'never', 'no', 'without']);
const PLACE_PREPS = new Set(['in', 'at']);
// frames that are themselves a refusal: a negation before them does not undo them
const NEGATIVE_ROOTS = ['01', '11', '12', '13', '16'];
// A frame's root is the first two digits of its code, compared in place rather than cut out
// (a string for every trigger and for every event it was compared with).
const negativeRoot = (code: string): boolean => NEGATIVE_ROOTS.some((r) => sameRoot(r, code));
const sameRoot = (a: string, b: string): boolean => codeAt(a, 0) === codeAt(b, 0) && codeAt(a, 1) === codeAt(b, 1);

interface Trigger {
  from: number;
  to: number;
  frame: EventFrame;
}

function clauseBounds(s: Sent, i: number): [number, number] {
  const { toks } = s;
  let a = i;
  while (a > 0 && !CLAUSE_BREAK.has(toks[a - 1]!.norm) && !(toks[a - 1]!.norm === ',' && toks[a]?.norm === 'and')) a--;
  let b = i + 1;
  while (b < toks.length && !CLAUSE_BREAK.has(toks[b]!.norm) && !(toks[b]!.norm === ',' && (toks[b + 1]?.norm === 'and' || toks[b + 1]?.norm === 'but'))) b++;
  return [a, b];
}

/** The distinct entities of m and the mentions joined to it by "and": "Putin and Kim", "Moscow and Pyongyang". */
function coordinatedIds(s: Sent, m: MentionRef): string[] {
  const ids = [m.entity];
  let last = m;
  while (s.toks[last.to]?.norm === 'and') {
    const next = conjunctAfter(s, last.to);
    if (!next) break;
    if (!ids.includes(next.entity)) ids.push(next.entity);
    last = next;
  }
  return ids;
}

/**
 * The head of the noun phrase after the "and" at token k, past its modifiers ("and North Korean
 * leader Kim Jong Un"). (Loops, where a `find` with a closure and a slice of the tokens for each
 * mention were most of the garbage of reading a subject.)
 */
function conjunctAfter(s: Sent, k: number): MentionRef | undefined {
  for (const x of s.ms) if (x.from > k && x.from - k <= 5 && !modifier(s, x) && !breaksPhrase(s.toks, k + 1, x.from)) return x;
  return undefined;
}

/** Whether tokens [from, to) hold punctuation or a word between a subject and its verb. */
function breaksPhrase(toks: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (toks[q]!.kind === 'punct' || BETWEEN.has(toks[q]!.norm)) return true;
  return false;
}

/** The last actor of a kind before a point, in this sentence or the two before: "he", "it". */
function lastActor(a: Article, si: number, before: number, person: boolean): string | null {
  for (let n = si; n >= Math.max(0, si - 2); n--) {
    const ms = a.sents[n]!.ms.filter((m) => n < si || m.to <= before);
    for (let k = ms.length - 1; k >= 0; k--) {
      const t = typeOf(a, ms[k]!.entity);
      if (person ? t === 'PERSON' : t && t !== 'PERSON') return ms[k]!.entity;
    }
  }
  return null;
}

const PERSONAL = new Set(['he', 'she', 'i', 'we']);

/** The subject of a verb at i, as entity ids (coordinated subjects all count). */
function subjectIds(a: Article, s: Sent, i: number): { ids: string[]; at: number } | null {
  const subj = subjectBefore(a, s, i);
  if (!subj) return null;
  if ('id' in subj) {
    const m = mentionAt(s, subj.at) ?? mentionAt(s, subj.at + 1);
    return { ids: m ? coordinatedIds(s, m) : [subj.id], at: subj.at };
  }
  if ('pronoun' in subj) {
    const person = PERSONAL.has(subj.pronoun);
    const id = lastActor(a, s.si, subj.at, person);
    return id ? { ids: [id], at: subj.at } : null;
  }
  const id = lastActor(a, s.si, subj.at, false);
  return id ? { ids: [id], at: subj.at } : null;
}

// "landed in Haiti's capital", "struck Ukraine's east": a country's place stands for the country
const PLACE_NOUNS = new Set(['capital', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'border', 'borders', 'coast', 'territory', 'airspace', 'waters']);
const countrysPlace = (s: Sent, m: MentionRef): boolean =>
  m.rule.startsWith('country') && s.toks[m.to]?.norm === 's' && PLACE_NOUNS.has(s.toks[m.to + 1]?.norm ?? '');

const NO_PREPS: readonly string[] = [];

/** The object or prepositional target after a trigger, within its clause. */
function targetAfter(s: Sent, t: Trigger, end: number): string[] {
  const preps = t.frame.targetPreps?.en ?? NO_PREPS;
  // an object does not run past a comma, unless the comma lists more of it ("Iran, Iraq and Syria")
  for (let k = t.to; k < end; k++) {
    if (s.toks[k]!.norm === ',' && !mentionAt(s, k + 1)) {
      end = k;
      break;
    }
  }
  for (const m of s.ms) {
    if (m.from < t.to || m.from >= end || m.from - t.to > 8 || (modifier(s, m) && !countrysPlace(s, m))) continue;
    let k = m.from - 1;
    while (k >= t.to && DETERMINERS.has(s.toks[k]!.norm)) k--;
    if (!oblique(s, m) || preps.includes(s.toks[k]?.norm ?? '')) return [m.entity];
  }
  return [];
}

function triggerAt(s: Sent, i: number): Trigger | null {
  if (s.quoted[i] || !isWord(s.toks[i])) return null;
  const m = tb().frames.longestAt(s.toks, i);
  return m ? { from: i, to: m.to, frame: m.payload } : null;
}

export function findEnglishEvents(sentences: AnalysedSentence[], found: EntityResult, refDate: string | null): Event[] {
  const a = readSentences(sentences, found);
  const events: Event[] = [];
  /** the day of the last dated event and its paragraph, for the undated ones that follow it */
  let narrated: { date: string; paragraph: number } | null = null;
  // (emptied for each sentence rather than made anew)
  const inSentence: Event[] = [];
  /** token index of each trigger read in the sentence */
  const triggers: number[] = [];
  for (const s of a.sents) {
    const { toks } = s;
    if (toks.length > MAX_SENTENCE_TOKENS) continue; // not prose (see claims-en.ts)
    // dates only for sentences with a trigger: most have none, and reading dates is not free
    // (read in place rather than by a closure made for every sentence: see entities.ts)
    let datesRead: ReturnType<typeof findDates> | null = null;
    inSentence.length = 0;
    triggers.length = 0;

    // (only the tokens the reading marked may start a frame; a trigger's words start none)
    for (let n = 0, next = 0; n < s.starts.length; n++) {
      const i = s.starts[n]!;
      if (i < next) continue;
      const t = triggerAt(s, i);
      if (!t) continue;
      next = t.to;
      // a dated sentence starts a new day of the narrative (asked only while one is told: the
      // dates of a sentence that makes no event are then not read)
      if (narrated && inSentence.length === 0 && hasDay((datesRead ??= findDates(toks, refDate)))) narrated = null;
      const [ca, cb] = clauseBounds(s, i);
      const prev = toks[i - 1];
      const code = t.frame.code;
      const negated = negationBefore(toks, Math.max(ca, i - 3), i) && !negativeRoot(code);
      if (negated || prev?.norm === 'what') {
        continue;
      }
      // the object of an event verb already read ("signed … agreement", "held … talks"): the same event
      if (readBefore(inSentence, code, toks[ca]!.start, toks[i]!.start)) {
        continue;
      }
      let source: string[];
      let target: string[];
      let rule = 'event.en-verb';
      // (each reading only when the ones before it find nothing)
      const passive = isPassive(s, i);
      const light = passive === null ? lightVerbBefore(s, ca, i) : null;
      const nominal = passive === null && light === null && isNominal(s, i);
      if (passive !== null) {
        rule = 'event.en-passive';
        source = passive.agent ? [passive.agent] : [];
        const subj = subjectIds(a, s, passive.aux);
        target = subj?.ids ?? [];
      } else if (light !== null) {
        // "signed a … partnership agreement": the verb is the event already; its object adds none
        if (triggers.includes(light)) {
          continue;
        }
        rule = 'event.en-light-verb';
        source = subjectIds(a, s, light)?.ids ?? (light > 0 && toks[light - 1]?.norm === ',' ? idsOf(mainSubject(a, s, light)) : []);
        target = targetAfter(s, t, cb);
      } else if (nominal) {
        rule = 'event.en-noun';
        source = ownerOf(a, s, i);
        const by = toks[t.to]?.norm === 'by' ? mentionAt(s, t.to + 1) ?? mentionAt(s, t.to + 2) : undefined;
        if (by) source = [by.entity];
        target = targetAfter(s, t, cb);
        if (!source.length || !target.length) {
          continue;
        }
      } else if (prev?.norm === ',' && toks[i]!.norm.endsWith('ing')) {
        rule = 'event.en-participle';
        source = idsOf(mainSubject(a, s, i));
        target = targetAfter(s, t, cb);
      } else if (prev?.norm === 'and') {
        rule = 'event.en-coordinated';
        const before = inSentence.at(-1);
        source = before ? [...before.source] : idsOf(mainSubject(a, s, i));
        target = targetAfter(s, t, cb);
      } else {
        const subj = subjectIds(a, s, i);
        source = subj?.ids ?? agentOfSubject(s, ca, i);
        if (!subj && source.length) rule = 'event.en-agent';
        target = targetAfter(s, t, cb);
      }
      // "Putin and Kim signed": coordinated subjects of a symmetric frame act on each other
      if (t.frame.symmetric) {
        if (source.length > 1 && !target.length) target = source.slice(1);
        source = source.slice(0, 1);
      }
      target = distinctExcept(target, source);
      if (!source.length && !target.length) {
        continue;
      }
      // a weak frame needs both sides; after a light verb ("launched drills") the noun is surely an event
      if (t.frame.weak && (!source.length || (!target.length && rule !== 'event.en-light-verb'))) {
        continue;
      }
      const mode = modeOf(toks, i);
      // a negated event did not happen ("would not send troops"); a denial is its own frame (016)
      if (mode === 'denied' && !negativeRoot(code)) {
        continue;
      }
      const date = dateFor((datesRead ??= findDates(toks, refDate)), i, s.si, refDate);
      // a narrative goes on in its paragraph ("Putin and Kim then held talks"): the day told before it
      if (!date.explicit && !date.date && narrated && narrated.paragraph === s.paragraph) date.date = narrated.date;
      const place = placeOf(a, s, ca, cb);
      // the span: the trigger and the participants' mentions in the clause
      let first = Math.min(i, t.to - 1);
      let last = Math.max(i, t.to - 1);
      for (const m of s.ms) {
        if (m.from < ca || m.to > cb || (!source.includes(m.entity) && !target.includes(m.entity))) continue;
        first = Math.min(first, m.from, m.to - 1);
        last = Math.max(last, m.from, m.to - 1);
      }
      const from = Math.max(ca, first);
      const to = Math.min(cb - 1, last);
      const start = toks[from]!.start;
      const end = toks[to]!.end;
      const ev = eventRecord({
        frame: t.frame,
        toks,
        trigger: t,
        clauseEnd: cb,
        sentence: { index: s.si, text: s.text, start: s.start },
        start,
        end,
        source,
        target,
        place,
        date,
        mode,
        rule,
        confidence: source.length && target.length ? 0.75 : 0.55,
      });
      events.push(ev);
      inSentence.push(ev);
      triggers.push(i);
      if (ev.date && ev.mode === 'happened') narrated = { date: ev.date, paragraph: s.paragraph };
    }
  }
  // (numbered in place: each event is the article's own, made by eventRecord)
  for (let n = 0; n < events.length; n++) events[n]!.id = `event-${n}`;
  return events;
}

const idsOf = (x: { id: string } | null) => (x ? [x.id] : []);

/** Whether one of the dates names a day. */
function hasDay(dates: DateMatch[]): boolean {
  for (const d of dates) if (d.date) return true;
  return false;
}

/**
 * An event of the root of `code` read in the sentence that spans from a clause's start to a trigger's.
 * (A function of its own: a closure in the loop over the tokens that captured the token index
 * made a context for every token.)
 */
function readBefore(events: Event[], code: string, clauseStart: number, at: number): boolean {
  for (const e of events) if (sameRoot(e.code, code) && e.end >= clauseStart && e.start <= at && e.rule !== 'event.en-noun') return true;
  return false;
}

/** The distinct ids of `ids` that are not in `other`, in order. */
function distinctExcept(ids: string[], other: string[]): string[] {
  const out: string[] = [];
  for (const x of ids) if (!out.includes(x) && !other.includes(x)) out.push(x);
  return out;
}

/** Whether a negation lies in tokens [from, to). */
function negationBefore(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEGATIONS.has(toks[k]!.norm)) return true;
  return false;
}

/** A frame word used as a noun: after an article, a possessive or a preposition, past its adjectives ("a comprehensive strategic partnership"). */
function isNominal(s: Sent, i: number): boolean {
  const T = tb();
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = s.toks[k]!;
    if (T.nominalBefore.has(t.norm)) return true;
    if (!isWord(t) || !startsLower(t.text) || BETWEEN.has(t.norm) || PRONOUNS.has(t.norm)) return false;
  }
  return false;
}

/** A light verb before a noun frame in its clause ("launched two days of … drills"): its index. */
function lightVerbBefore(s: Sent, ca: number, i: number): number | null {
  for (let k = i - 1; k >= ca && k >= i - 7; k--) {
    if (endsBy(tb().light.matchAt(s.toks, k), i)) return k;
    // only the verb's own object lies between: "launched two days of large-scale drills", not
    // "agree to end the war" (another verb's object)
    const t = s.toks[k]!;
    // ("a drone launched by the Houthis attacked": a participle with its agent, no light verb)
    if (t.kind === 'punct' || t.norm === 'to' || t.norm === 'by' || PRONOUNS.has(t.norm) || BETWEEN.has(t.norm)) return null;
  }
  return null;
}

/**
 * Whether one of the matches ends by token i. (A loop, not `some` with a closure: the closure
 * that captured i was made at each of the seven tokens looked back at, most of the garbage of
 * reading a light verb.)
 */
function endsBy(ms: readonly { to: number }[], i: number): boolean {
  for (let n = 0; n < ms.length; n++) if (ms[n]!.to <= i) return true;
  return false;
}

/** "was greeted by Kim", "talks … mediated by China": the auxiliary (if any) and the agent. */
function isPassive(s: Sent, i: number): { aux: number; agent: string | null } | null {
  const { toks } = s;
  if (!toks[i]!.norm.endsWith('ed')) return null;
  let k = i - 1;
  while (k >= 0 && toks[k]!.norm.endsWith('ly')) k--;
  const aux = k >= 0 && tb().passive.has(toks[k]!.norm);
  // the agent past its modifiers: "by Saudi Crown Prince Mohammed bin Salman"
  const by = toks[i + 1]?.norm === 'by' ? s.ms.find((m) => m.from >= i + 2 && m.from <= i + 6 && !modifier(s, m)) : undefined;
  if (!aux && !by) return null;
  if (!aux && !(toks[i - 1] && isWord(toks[i - 1]) && !PRONOUNS.has(toks[i - 1]!.norm) && !mentionEndsAt(s, i))) return null;
  return { aux: aux ? k : i, agent: by?.entity ?? null };
}
const mentionEndsAt = (s: Sent, k: number) => s.ms.some((m) => m.to === k);

/** "a missile fired by Yemen's Houthi rebels struck …": the agent of the participle that describes the subject. */
function agentOfSubject(s: Sent, ca: number, i: number): string[] {
  const { toks } = s;
  for (let k = i - 1; k > ca && i - k <= 8; k--) {
    if (toks[k]!.norm !== 'by' || !toks[k - 1]!.norm.endsWith('ed')) continue;
    const agent = s.ms.find((m) => m.from > k && m.to <= i && !modifier(s, m));
    return agent && !s.ms.some((m) => m.from >= agent.to && m.to <= i) ? [agent.entity] : [];
  }
  return [];
}

const OWNERS = new Set(['his', 'her', 'its', 'their', 's']);

/** The owner of a noun frame: "Putin's trip", "his visit" (the clause's subject or the last person). */
function ownerOf(a: Article, s: Sent, i: number): string[] {
  const { toks } = s;
  let k = i - 1;
  while (k >= 0 && isWord(toks[k]) && startsLower(toks[k]!.text) && !OWNERS.has(toks[k]!.norm) && i - k <= 3) k--;
  const w = toks[k]?.norm;
  if (w === 's') {
    const m = s.ms.find((x) => x.to === k);
    return m ? [m.entity] : [];
  }
  if (w === 'his' || w === 'her') {
    const subj = mainSubject(a, s, k);
    if (subj && typeOf(a, subj.id) === 'PERSON') return [subj.id];
    const id = lastActor(a, s.si, k, true);
    return id ? [id] : [];
  }
  if (w === 'its' || w === 'their') {
    const id = lastActor(a, s.si, k, false);
    return id ? [id] : [];
  }
  return [];
}

/** Where the event happened: a city or capital after "in"/"at" in its clause. */
function placeOf(_a: Article, s: Sent, ca: number, cb: number): string | null {
  const m = s.ms.find((x) => x.from >= ca && x.to <= cb && (x.rule === 'country.capital' || x.rule === 'country.city') && PLACE_PREPS.has(s.toks[x.from - 1]?.norm ?? ''));
  return m ? m.entity : null;
}
