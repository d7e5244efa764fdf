// Claims and their isnad: who asserts what, and through whom it reached the article.
// Patterns (Arabic first, English alongside), each a rule id:
//   claim.preposed    قالت الصحيفة إن … / X said (that) …
//   claim.quote       وقال ماكسويل: "…" (quotes may run across sentences)
//   claim.reported    ونقلت عن X قوله إن … / the ministry quoted X as saying …  (speaker X, via the reporter)
//   claim.postposed   …، بحسب الصحيفة / ووفق الصحيفة، فإن … / according to X
//   claim.subjectless وقالت إن …، لكنه أضاف أن … : the speaker of the sentence's earlier clause,
//                     else the last speaker of the verb's gender
//   claim.prep        أعرب عن …، دعا X إلى … : the content follows the verb's preposition
//   claim.participle  …، مضيفاً أن … (claim.participle-object: …، مجدداً رفض …)
//   claim.continued   a quoted paragraph with no verb, or a quote's next sentence, continues the speaker
import { actorData } from './actors.ts';
import { codeAt, isSpace } from './chars.ts';
import { findEnglishClaims } from './claims-en.ts';
import { countryData } from './countries.ts';
import type { AnalysedSentence, EntityResult, Gender, MentionRef } from './entities.ts';
import { Gazetteer } from './gazetteer.ts';
import { lexicons, type VerbForm } from './lexicon.ts';
import { normalizePhrase } from './normalize.ts';
import type { Token } from './tokens.ts';
import type { Claim, Lang, Stance } from './types.ts';

interface Verbs {
  preposed: Gazetteer<VerbForm>;
  participles: Gazetteer<VerbForm>;
  postposed: Gazetteer<VerbForm>;
  reported: Gazetteer<VerbForm>;
  speechNouns: Gazetteer<true>;
  documents: Set<string>;
}

let verbs: Verbs | undefined;
function v(): Verbs {
  if (verbs) return verbs;
  const lex = lexicons().verbs;
  const preposed = new Gazetteer<VerbForm>();
  const postposed = new Gazetteer<VerbForm>();
  const reported = new Gazetteer<VerbForm>();
  const speechNouns = new Gazetteer<true>();
  const participles = new Gazetteer<VerbForm>();
  for (const f of [...lex.ar, ...lex.en]) preposed.add(f.form, f);
  for (const f of [...lexicons().participles.ar, ...lexicons().participles.en]) participles.add(f.form, f);
  for (const f of [...lex.arPostposed, ...lex.enPostposed]) postposed.add(f.form, f);
  for (const f of [...lex.arReported, ...lex.enReported]) reported.add(f.form, f);
  for (const n of lex.arSpeechNouns) speechNouns.add(n, true);
  speechNouns.add('as saying', true);
  verbs = { preposed, participles, postposed, reported, speechNouns, documents: new Set(lex.arDocuments.map(normalizePhrase)) };
  return verbs;
}

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'انهم', 'بانه', 'بانها', 'that']);
const QUOTE_CHARS = new Set(['"', '«', '»', '“', '”']);
const PERSONISH = new Set(['PERSON', 'GROUP']);
const SPEAKER_TYPES = new Set(['PERSON', 'ORGANIZATION', 'MEDIA', 'GROUP', 'COUNTRY']);

interface Ctx {
  lang: Lang;
  sentences: AnalysedSentence[];
  found: EntityResult;
  bySentence: Map<number, MentionRef[]>;
  claims: Claim[];
  /** speakers in order, with the via chain they came with */
  history: { speaker: string; via: string[]; sentence: number }[];
  /** claim starts already taken, and how far the last quote reached */
  starts: Set<number>;
  coveredUntil: number;
}

const genderOf = (ctx: Ctx, id: string): Gender | null => ctx.found.info.get(id)?.gender ?? null;
const typeOf = (ctx: Ctx, id: string) => ctx.found.types.get(id);

function verbGender(f: VerbForm): Gender | null {
  if (f.number === 'pl' || f.number === 'dual') return 'pl';
  return f.gender ?? null;
}

function mentionsIn(ctx: Ctx, si: number, from: number, to: number): MentionRef[] {
  return (ctx.bySentence.get(si) ?? []).filter((m) => m.from >= from && m.to <= to);
}

/** The speaker of a subject-less verb: the last speaker, else the last actor, of its gender. */
function implicitSpeaker(ctx: Ctx, si: number, before: number, gender: Gender | null): { id: string; via: string[] } | null {
  const fits = (id: string) => {
    if (!gender || ctx.lang === 'en') return true;
    const g = genderOf(ctx, id);
    return g === gender || (gender === 'pl' && typeOf(ctx, id) === 'GROUP');
  };
  // «…، لكنه أضاف», «…، ودعا»: within a sentence that already reports someone, that speaker goes on
  const last = ctx.claims.at(-1);
  if (last && last.sentence === si && last.speaker && fits(last.speaker)) return { id: last.speaker, via: last.via };
  // «دان المتحدث … بقائي العقوبات، ووصفها بأنها …»: the subject of an earlier clause of the sentence
  if (ctx.lang === 'ar') {
    const toks = ctx.sentences[si]!.tokens;
    const ms = (ctx.bySentence.get(si) ?? []).filter((m) => m.to <= before && !oblique(toks, m));
    for (let k = ms.length - 1; k >= 0; k--) {
      const t = typeOf(ctx, ms[k]!.entity);
      if (t && t !== 'COUNTRY' && t !== 'PLACE' && fits(ms[k]!.entity)) return { id: ms[k]!.entity, via: inheritedVia(ctx, ms[k]!.entity, si) };
    }
    // «أصدر الأمير والرئيسان بيانا مشتركا أكدوا فيه أن …»: several speak as one; a claim has one
    // speaker, the first named
    if (gender === 'pl') {
      const actors = ms.filter((m) => typeOf(ctx, m.entity) === 'PERSON');
      if (new Set(actors.map((m) => m.entity)).size >= 2) return { id: actors[0]!.entity, via: [] };
    }
  }
  for (let k = ctx.history.length - 1; k >= 0; k--) {
    const h = ctx.history[k]!;
    if (si - h.sentence > 6) break;
    if (fits(h.speaker)) return { id: h.speaker, via: h.via };
  }
  for (let s = si; s >= Math.max(0, si - 3); s--) {
    const ms = (ctx.bySentence.get(s) ?? []).filter((m) => s < si || m.to <= before);
    for (let k = ms.length - 1; k >= 0; k--) {
      const t = typeOf(ctx, ms[k]!.entity);
      if (t && t !== 'COUNTRY' && t !== 'PLACE' && fits(ms[k]!.entity)) return { id: ms[k]!.entity, via: [] };
    }
  }
  return null;
}

function stripQuotes(text: string): string {
  let t = text.trim();
  t = t.replace(/^[:،,\s]+/, '');
  t = t.slice(0, endBefore(t, true));
  if (QUOTE_CHARS.has(t[0] ?? '')) t = t.slice(1);
  if (QUOTE_CHARS.has(t[t.length - 1] ?? '')) t = t.slice(0, -1);
  t = t.trim();
  return t.slice(0, endBefore(t, false));
}

/**
 * Where a text ends without its closing run of spaces and . ، , (and ; ؛ when `semicolons`), as
 * /[.،,;؛\s]+$/ and /[.،,\s]+$/ would cut it: told from the end by the character code (the
 * regexes tried a match at every character of the claim: a sixth of the Arabic claims' time).
 */
function endBefore(text: string, semicolons: boolean): number {
  let end = text.length;
  for (; end > 0; end--) {
    const c = codeAt(text, end - 1);
    if (c === 0x2e || c === 0x60c || c === 0x2c || (semicolons && (c === 0x3b || c === 0x61b))) continue;
    if (!isSpace(c)) break;
  }
  return end;
}

interface Span {
  si: number;
  start: number;
  end: number;
}

/** Claim content from token k of sentence si: to the sentence end, or to the quote's close (across sentences). */
function contentFrom(ctx: Ctx, si: number, k: number, stopAt?: number): Span {
  const s = ctx.sentences[si]!;
  const toks = s.tokens;
  const start = toks[k]?.start ?? s.sentence.end;
  if (stopAt !== undefined) return { si, start, end: toks[stopAt - 1]?.end ?? s.sentence.end };
  if (!QUOTE_CHARS.has(toks[k]?.text ?? '')) return { si, start, end: s.sentence.end };
  const close = toks.findIndex((t, n) => n > k && QUOTE_CHARS.has(t.text));
  if (close > 0) return { si, start, end: toks[close]!.end };
  // the quote runs on into the next sentences of the paragraph (bounded)
  for (let n = si + 1; n < ctx.sentences.length && n <= si + 6; n++) {
    const next = ctx.sentences[n]!;
    if (next.sentence.paragraph !== s.sentence.paragraph) break;
    const q = next.tokens.find((t) => QUOTE_CHARS.has(t.text));
    if (q) return { si, start, end: q.end };
  }
  return { si, start, end: s.sentence.end };
}

function about(ctx: Ctx, si: number, span: Span, exclude: string[]): string[] {
  const ids: string[] = [];
  for (let n = si; n < ctx.sentences.length && ctx.sentences[n]!.sentence.start < span.end; n++) {
    for (const m of ctx.bySentence.get(n) ?? []) {
      const tok = ctx.sentences[n]!.tokens[m.from]!;
      if (tok.start >= span.start && tok.end <= span.end && !exclude.includes(m.entity) && !ids.includes(m.entity)) ids.push(m.entity);
    }
  }
  return ids;
}

function emit(
  ctx: Ctx,
  span: Span,
  speaker: string | null,
  via: string[],
  verb: string | null,
  stance: Stance,
  rule: string,
  confidence: number,
) {
  // a quotation running on into later sentences: each sentence carries its own part, so that
  // every claim points at the sentence that holds its words
  const first = ctx.sentences[span.si]!.sentence;
  if (span.end > first.end) {
    emit(ctx, { si: span.si, start: span.start, end: first.end }, speaker, via, verb, stance, rule, confidence);
    for (let n = span.si + 1; n < ctx.sentences.length && ctx.sentences[n]!.sentence.start < span.end; n++) {
      const s = ctx.sentences[n]!.sentence;
      emit(ctx, { si: n, start: s.start, end: Math.min(s.end, span.end) }, speaker, via, null, 'quotes', 'claim.continued', confidence * 0.9);
    }
    return;
  }
  const raw = sliceText(ctx, span);
  const lead = raw.length - raw.trimStart().length;
  const text = stripQuotes(raw);
  // one word is content only when it is quoted («وصفه بأنه "عار"»)
  if (!/\s/.test(text) && !QUOTE_CHARS.has(raw.trim().replace(/^[:،,\s]+/, '')[0] ?? '')) return;
  if (!text) return;
  const start = span.start + Math.max(0, raw.indexOf(text, lead));
  const claim: Claim = {
    id: `c${ctx.claims.length}`,
    sentence: span.si,
    text,
    start,
    end: start + text.length,
    speaker,
    via,
    verb,
    stance,
    about: about(ctx, span.si, span, [speaker ?? '', ...via]),
    rule,
    confidence,
  };
  if (ctx.starts.has(claim.start)) return;
  ctx.starts.add(claim.start);
  ctx.coveredUntil = Math.max(ctx.coveredUntil, claim.end);
  ctx.claims.push(claim);
  if (speaker) ctx.history.push({ speaker, via, sentence: span.si });
}

function sliceText(ctx: Ctx, span: Span): string {
  let out = '';
  for (let n = span.si; n < ctx.sentences.length; n++) {
    const s = ctx.sentences[n]!.sentence;
    if (s.start >= span.end) break;
    const a = Math.max(span.start, s.start);
    const b = Math.min(span.end, s.end);
    if (b > a) out += (out ? ' '.repeat(Math.max(1, s.start - (ctx.sentences[n - 1]?.sentence.end ?? s.start))) : '') + s.text.slice(a - s.start, b - s.start);
  }
  return out;
}

/**
 * First token index at or after k that introduces the content: أن/إن/that/":", or an opening
 * quote that does not merely wrap a name (قالت صحيفة "وول ستريت جورنال" إن …); or -1.
 */
function complementizer(ctx: Ctx, si: number, toks: Token[], k: number, limit: number): number {
  const names = ctx.bySentence.get(si) ?? [];
  // after a circumstance with a quoted name, a later quote belongs to the object, not the content
  let circumstance = false;
  for (let i = k; i < toks.length && i < k + limit; i++) {
    const t = toks[i]!;
    if (t.kind === 'punct') {
      if (t.norm === ':') return i + 1;
      if (QUOTE_CHARS.has(t.text)) {
        const wrapped = names.find(
          (m) => m.from <= i + 1 && m.to > i + 1 && (QUOTE_CHARS.has(toks[m.to]?.text ?? '') || QUOTE_CHARS.has(toks[m.to - 1]?.text ?? '')),
        );
        if (wrapped) {
          i = QUOTE_CHARS.has(toks[wrapped.to - 1]!.text) ? wrapped.to - 1 : wrapped.to;
          continue;
        }
        // «على منصة "إكس" أن …»: a short quoted name followed by the complementizer is not the content
        const close = toks.findIndex((x, n) => n > i && QUOTE_CHARS.has(x.text));
        if (close > 0 && close - i <= 4) {
          const after = toks.slice(close + 1, close + 9).findIndex((x) => x.forms.some((f) => COMPLEMENTIZERS.has(f.form)));
          // «في بيان على منصة "تلغرام"، مسؤوليتها عن …»: a short quoted name inside a circumstance
          // (not «وصفه بـ"…"،»: a quote right after the verb's «بـ» is what the verb says)
          const named = toks[close + 1]?.norm === '،' && toks[i - 1]?.kind === 'word' && !COMPLEMENTIZERS.has(toks[i - 1]!.norm) && !(i === k + 1 && toks[k]!.norm === 'ب');
          if (after >= 0 || named) {
            circumstance ||= named;
            i = close;
            continue;
          }
        }
        if (i > k && !circumstance) return i;
      }
      // «وقالت منظمة الصحة العالمية (WHO) إن …»: a name's acronym in brackets
      if (t.norm === '(') {
        const close = toks.findIndex((x, n) => n > i && n <= i + 6 && x.norm === ')');
        if (close > 0) {
          i = close;
          continue;
        }
      }
      if (t.norm !== ',' && t.norm !== '،' && !QUOTE_CHARS.has(t.text)) return -1;
      // «…، وقال المتحدث إن …»: another verb of saying starts another claim
      if (i + 1 < toks.length && i > k && newReport(ctx, toks, i + 1)) return -1;
      continue;
    }
    if (t.forms.some((f) => COMPLEMENTIZERS.has(f.form))) return i + 1;
    if (['فان', 'بان'].includes(t.norm)) return i + 1;
  }
  return -1;
}

const OBJECT_PREPS = new Set(['علي', 'عن']);
// token norms: ى is folded to ي («إلى» → الي)
const PREPOSITIONS = new Set(['في', 'مع', 'عن', 'الي', 'علي', 'من', 'لدي', 'امام', 'خلال', 'عبر']);

/** A mention behind a preposition («في مقابلة مع بي بي سي», «لـ"الخليج"») is not a subject. */
function oblique(toks: Token[], m: MentionRef, ms?: MentionRef[]): boolean {
  if (PREPOSITIONS.has(toks[m.from - 1]?.norm ?? '') || (m.prefix !== '' && /[بلك]/.test(m.prefix.replace(/^[وف]/, '').replace(/ال$/, '')))) return true;
  // «مع هيئة الإذاعة البريطانية «بي بي سي»»: a second name in apposition shares the first one's preposition
  let k = m.from - 1;
  while (k >= 0 && QUOTE_CHARS.has(toks[k]!.text)) k--;
  const before = k < m.from - 1 || toks[k]?.norm === '(' ? ms?.find((x) => x.entity === m.entity && x.to === k + 1) : undefined;
  return !!before && oblique(toks, before);
}

/** The speaker named between a verb and the content: the first actor-like mention. */
function namedSpeaker(ctx: Ctx, si: number, from: number, to: number, prefer?: Set<string>, direct = false): MentionRef | null {
  const toks = ctx.sentences[si]!.tokens;
  const all = ctx.bySentence.get(si) ?? [];
  const ms = mentionsIn(ctx, si, from, to).filter((m) => SPEAKER_TYPES.has(typeOf(ctx, m.entity) ?? '') && !(direct && oblique(toks, m, all)));
  // «أكد قائد الجيش الأوكراني أوليكسندر سيرسكي»: the person named after his office speaks
  const person = ms.find((m) => typeOf(ctx, m.entity) === 'PERSON');
  if (person) return person;
  // «قال المبعوث الأمريكي …»: a country named as an adjective or place is not the speaker
  const actors = ms.filter((m) => typeOf(ctx, m.entity) !== 'COUNTRY');
  if (actors.length && ms[0] && typeOf(ctx, ms[0].entity) === 'COUNTRY' && ms[0].rule !== 'country.name' && ms[0].rule !== 'country.capital') {
    return prefer ? (actors.find((m) => prefer.has(typeOf(ctx, m.entity) ?? '')) ?? actors[0]!) : actors[0]!;
  }
  if (prefer) {
    const p = ms.find((m) => prefer.has(typeOf(ctx, m.entity) ?? ''));
    if (p) return p;
  }
  return ms[0] ?? null;
}

/**
 * The person a clause opened by «فيما» or «بينما» since the last comma but one names as its subject
 * («…، فيما رحب السفير الصومالي علي عبدي أواري بالخطوة، معتبرا …»): a verb, then within eight words
 * and no comma, a person.
 */
function openedClause(ctx: Ctx, si: number, at: number): MentionRef | null {
  const toks = ctx.sentences[si]!.tokens;
  let commas = 0;
  for (let k = at - 1; k > 0 && commas < 2; k--) {
    if (toks[k]!.kind === 'punct') {
      commas++;
      continue;
    }
    if (toks[k]!.norm !== 'فيما' && toks[k]!.norm !== 'بينما') continue;
    if (toks[k - 1]!.kind !== 'punct') return null;
    let end = k + 2;
    while (end < at && end < k + 10 && toks[end]!.kind !== 'punct') end++;
    const m = mentionsIn(ctx, si, k + 2, end).find((x) => typeOf(ctx, x.entity) === 'PERSON');
    return m ?? null;
  }
  return null;
}

function sentenceClaims(ctx: Ctx, si: number) {
  const s = ctx.sentences[si]!;
  const toks = s.tokens;
  const V = v();
  const before = ctx.claims.length;

  for (let i = 0; i < toks.length; i++) {
    // reported speech: نقلت [الصحيفة] عن X قوله إن …
    const rep = V.reported.longestAt(toks, i);
    if (rep) {
      // agency names run long with their acronym in quotes: «وكالة الأنباء السورية الرسمية «سانا» عن»
      const an = toks.findIndex((t, k) => k > i && k < i + 14 && (t.norm === 'عن' || t.norm === 'quoted'));
      const anIdx = rep.payload.pattern ? i : an;
      if (anIdx >= 0) {
        const noun = toks.findIndex((t, k) => k > anIdx && k < anIdx + 25 && V.speechNouns.longestAt(toks, k) !== undefined);
        const compl = noun >= 0 ? complementizer(ctx, si, toks, noun + 1, 4) : complementizer(ctx, si, toks, anIdx + 1, 25);
        if (compl > 0) {
          const reporterM = namedSpeaker(ctx, si, i + 1, anIdx + 1) ?? (rep.payload.pattern ? namedSpeaker(ctx, si, Math.max(0, i - 8), i) : null);
          const reporter = reporterM?.entity ?? implicitSpeaker(ctx, si, i, verbGender(rep.payload))?.id ?? null;
          const speakerM = namedSpeaker(ctx, si, anIdx + 1, noun >= 0 ? noun : compl, PERSONISH);
          const speaker = speakerM?.entity ?? null;
          if (speaker && reporter && speaker !== reporter) {
            // «…، مشيرا إلى أن …» after the reported clause goes on with the same speaker and chain
            const stop = laterBoundary(ctx, toks, compl);
            emit(ctx, contentFrom(ctx, si, compl, stop), speaker, [reporter], toks[i]!.text, 'quotes', 'claim.reported', 0.85);
            i = (stop ?? toks.length) - 1;
            continue;
          }
        }
      }
    }
    // «…، مضيفاً أن …»: the main clause's speaker goes on
    const part = i > 0 && toks[i - 1]!.kind === 'punct' ? V.participles.longestAt(toks, i) : undefined;
    if (part) {
      // «موضحا في تصريحات لـ"اليوم السابع" أن …»: a circumstance may stand before the complementizer
      const reach = PREPOSITIONS.has(toks[part.to]?.norm ?? '') && toks[part.to]!.norm !== 'الي' ? 10 : 4;
      // «مضيفا "لو كانت لدينا …"»: the quotation follows the participle directly
      let compl = QUOTE_CHARS.has(toks[part.to]?.text ?? '') ? part.to : complementizer(ctx, si, toks, part.to, reach);
      let rule = 'claim.participle';
      const objectPrep = OBJECT_PREPS.has(toks[part.to]?.norm ?? '');
      if (compl < 0 && ctx.lang === 'ar' && part.payload.object !== false && toks[part.to]?.kind === 'word' && (objectPrep || !PREPOSITIONS.has(toks[part.to]!.norm))) {
        // «مجددا رفض مصر القاطع …», «معربا عن قلقه …», «مشددا على ضرورة …»: the participle takes
        // its object (a call, «داعيا مجلس الأمن إلى …», is not an assertion: object false)
        compl = objectPrep && toks[part.to + 1]?.kind === 'word' ? part.to + 1 : part.to;
        rule = 'claim.participle-object';
      }
      // the speaker of the main clause: its claim's, or its subject («ودان بوريل الهجوم، معتبرا أنه …»);
      // after «…، فيما رحب السفير X بالخطوة،» the participle goes with the person of that clause
      const opened = openedClause(ctx, si, i);
      const last = !opened && ctx.claims.length > before ? ctx.history[ctx.history.length - 1] : undefined;
      const subject = last ? null : (opened ?? namedSpeaker(ctx, si, 0, i, PERSONISH));
      const speaker = last?.speaker ?? subject?.entity ?? null;
      if (compl > 0 && speaker) {
        const stop = laterBoundary(ctx, toks, compl);
        const confidence = rule === 'claim.participle' ? 0.8 : 0.6;
        emit(ctx, contentFrom(ctx, si, compl, stop), speaker, last?.via ?? inheritedVia(ctx, speaker, si), toks[i]!.text, part.payload.stance ?? 'asserts', rule, confidence);
        i = (stop ?? toks.length) - 1;
        continue;
      }
    }
    const pre = V.preposed.longestAt(toks, i);
    if (pre) {
      let compl = complementizer(ctx, si, toks, pre.to, 24);
      let objectClaim = false;
      let prepClaim = false;
      if (compl < 0 && ctx.lang === 'ar' && pre.payload.prep) {
        // «وأعربت الوزارة عن رفضها …», «ودعا الطرفين إلى …»: the content follows the verb's preposition
        const p = prepAfter(toks, pre.to, pre.payload.prep);
        if (p > 0) {
          compl = p;
          prepClaim = true;
        }
      }
      if (compl < 0 && ctx.lang === 'ar') {
        // «ونفت قوات الدعم السريع مسؤوليتها عن القصف», «وأكد القضاة رفض المملكة …»: the verb
        // takes its object directly, after the speaker
        const sp = namedSpeaker(ctx, si, pre.to, Math.min(toks.length, pre.to + 8));
        if (sp && toks.slice(pre.to, sp.from).every((t) => t.kind === 'word')) {
          compl = toks[sp.to]?.kind === 'punct' ? sp.to + 1 : sp.to;
          objectClaim = true;
        } else if (subjectBefore(ctx, si, i) && toks[pre.to]?.kind === 'word') {
          compl = pre.to; // «لكن الجيش نفى استهداف المدنيين»
          objectClaim = true;
        }
      }
      if (compl < 0) continue;
      const named = namedSpeaker(ctx, si, pre.to, compl, undefined, ctx.lang === 'ar');
      let speaker: string | null = named?.entity ?? null;
      let via: string[];
      let rule = objectClaim ? 'claim.object' : prepClaim ? 'claim.prep' : toks[compl - 1]?.norm === ':' ? 'claim.quote' : 'claim.preposed';
      let confidence = objectClaim ? 0.65 : prepClaim ? 0.7 : 0.9;
      if (!speaker && ctx.lang === 'en') {
        const subj = namedSpeaker(ctx, si, Math.max(0, i - 6), i);
        speaker = subj?.entity ?? null;
      }
      if (!speaker && ctx.lang === 'ar') {
        // «وكان ماكرون قد قال», «لكن الجيش نفى»: the subject before the verb, in the same clause
        const subj = subjectBefore(ctx, si, i);
        if (subj) {
          speaker = subj;
          rule = 'claim.subject-first';
        }
      }
      // «مشروع قرار يدعو إلى …», «بيان يؤكد أن …»: a present verb right after a noun describes it
      if (!speaker && ctx.lang === 'ar' && pre.payload.tense === 'present' && toks[i - 1]?.kind === 'word' && !/^[وف]/.test(pre.prefix)) continue;
      // «وأضاف البيان أن …»: the statement speaks for whoever was last reported issuing it
      const document = !speaker && ctx.lang === 'ar' && V.documents.has(toks[pre.to]?.norm ?? '') ? ctx.history.at(-1) : undefined;
      if (document && si - document.sentence <= 3) {
        speaker = document.speaker;
        via = document.via;
        rule = 'claim.document';
        confidence = 0.75;
      } else if (!speaker) {
        const imp = implicitSpeaker(ctx, si, i, verbGender(pre.payload));
        speaker = imp?.id ?? null;
        via = imp?.via ?? [];
        rule = 'claim.subjectless';
        confidence = 0.75;
      } else {
        via = inheritedVia(ctx, speaker, si);
      }
      // «قال المتحدث إن اللقاء تطرق …، حيث أكد الرئيس …»: a report inside another's report
      const outer = nestedIn(ctx, si, i);
      if (outer && speaker && outer.speaker !== speaker && !via.length) via = [outer.speaker, ...outer.via];
      // «دعا في مقابلة مع «بي بي سي» إلى …»: what he told another outlet reaches us through it
      const outlet = ctx.lang === 'ar' ? interviewOutlet(ctx, si, pre.to, compl) : null;
      if (outlet && outlet !== speaker && !via.includes(outlet)) via = [outlet, ...via];
      // «قال المتحدث إن الرئيس أكد ضرورة …»: the president speaks, through the spokesman
      const inner = ctx.lang === 'ar' && speaker ? nestedReport(ctx, si, compl) : null;
      if (inner && speaker && inner.speaker !== speaker) {
        const stop = laterBoundary(ctx, toks, inner.content);
        emit(ctx, contentFrom(ctx, si, inner.content, stop), inner.speaker, [speaker, ...via], toks[inner.verb]!.text, inner.stance, 'claim.nested', 0.8);
        i = (stop ?? toks.length) - 1;
        continue;
      }
      // content ends where a later reporting verb or a post-posed marker starts
      const stop = laterBoundary(ctx, toks, compl);
      emit(ctx, contentFrom(ctx, si, compl, stop), speaker, via, toks[i]!.text, pre.payload.stance ?? 'asserts', rule, confidence);
      i = (stop ?? toks.length) - 1;
      continue;
    }
    const post = V.postposed.longestAt(toks, i);
    if (post) {
      const m = namedSpeaker(ctx, si, post.to, Math.min(toks.length, post.to + 8));
      const pronoun = !m && post.to < toks.length && /(ه|ها|هم)$/.test(toks[post.to - 1]!.norm + toks[post.to]?.norm);
      const speaker = m?.entity ?? (pronoun || !m ? implicitSpeaker(ctx, si, i, null)?.id ?? null : null);
      if (!speaker) continue;
      if (i <= 1) {
        // «ووفق الصحيفة، فإن …»: the content follows the source
        const after = m ? m.to : post.to;
        const compl = complementizer(ctx, si, toks, after, 4);
        const k = compl > 0 ? compl : after + (toks[after]?.kind === 'punct' ? 1 : 0);
        emit(ctx, contentFrom(ctx, si, k), speaker, inheritedVia(ctx, speaker, si), toks[i]!.text, 'asserts', 'claim.postposed', 0.85);
        break;
      }
      if (ctx.claims.length > before) break; // «بحسب تعبيره» after a quote already attributed
      emit(ctx, { si, start: s.sentence.start, end: toks[i - 1]!.end }, speaker, inheritedVia(ctx, speaker, si), toks[i]!.text, 'asserts', 'claim.postposed', 0.85);
      break;
    }
  }

  // English: «…," X said.» and «…, said X.»
  if (ctx.lang === 'en' && ctx.claims.length === before) englishTrailing(ctx, si);

  // a paragraph that opens with a quote and has no verb continues the last speaker
  if (ctx.claims.length === before && QUOTE_CHARS.has(toks[0]?.text ?? '') && isParagraphStart(ctx, si)) {
    const last = ctx.history[ctx.history.length - 1];
    if (last && si - last.sentence <= 3) {
      emit(ctx, contentFrom(ctx, si, 0), last.speaker, last.via, null, 'quotes', 'claim.continued', 0.6);
    }
  }
}

function isParagraphStart(ctx: Ctx, si: number) {
  return si === 0 || ctx.sentences[si - 1]!.sentence.paragraph !== ctx.sentences[si]!.sentence.paragraph;
}

/** «إن الرئيس السيسي أكد ضرورة …»: an actor and a verb of saying open the content. */
function nestedReport(ctx: Ctx, si: number, compl: number): { speaker: string; verb: number; content: number; stance: Stance } | null {
  const toks = ctx.sentences[si]!.tokens;
  // the actor may follow its title: «إن الرئيس السيسي أكد»
  const m = (ctx.bySentence.get(si) ?? []).find(
    (x) =>
      x.from >= compl &&
      x.from <= compl + 3 &&
      toks.slice(compl, x.from).every((t) => t.kind === 'word' && actorData().titles.matchAt([t], 0).length + (countryData().gazetteer.matchAt([t], 0).length) > 0) &&
      SPEAKER_TYPES.has(typeOf(ctx, x.entity) ?? ''),
  );
  if (!m || typeOf(ctx, m.entity) === 'COUNTRY') return null;
  const verb = v().preposed.longestAt(toks, m.to);
  if (!verb) return null;
  const c = complementizer(ctx, si, toks, verb.to, 3);
  return { speaker: m.entity, verb: m.to, content: c > 0 ? c : verb.to, stance: verb.payload.stance ?? 'asserts' };
}

const SUBJECT_GAP = new Set(['كان', 'كانت', 'قد', 'لقد', 'لكن', 'ولكن', 'بدوره', 'بدورها', 'من جهته', 'من جهتها']);

/** An actor right before the verb («وكان بيسكوف قال»), across at most «كان»/«قد» and the like. */
function subjectBefore(ctx: Ctx, si: number, verb: number): string | null {
  const toks = ctx.sentences[si]!.tokens;
  const ms = (ctx.bySentence.get(si) ?? []).filter((x) => x.to <= verb && SPEAKER_TYPES.has(typeOf(ctx, x.entity) ?? ''));
  // the mention that ends nearest the verb, and of those the outermost: «مصادر أردنية مطلعة أكدت»,
  // not the demonym inside it
  let m: (typeof ms)[number] | undefined;
  for (const x of ms) if (!m || x.to > m.to || (x.to === m.to && x.from < m.from)) m = x;
  if (!m || m.prefix.replace(/^[وف]/, '') !== '' && !m.prefix.endsWith('ال')) return null;
  for (let k = m.to; k < verb; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' || !t.forms.some((f) => SUBJECT_GAP.has(f.form))) return null;
  }
  return m.entity;
}

/** A speaker quoted earlier through a chain keeps that chain: «وقال ماكسويل» after «نقلت عن ماكسويل». */
function inheritedVia(ctx: Ctx, speaker: string, si: number): string[] {
  for (let k = ctx.history.length - 1; k >= 0; k--) {
    const h = ctx.history[k]!;
    if (si - h.sentence > 8) break;
    if (h.speaker === speaker) return h.via;
  }
  return [];
}

// «، لكنه أضاف أن …», «، غير أنها رأت …», «، حيث أكد الرئيس …»: a clause opener before a verb of saying
const CLAUSE_OPENERS = new Set(['لكنه', 'لكنها', 'لكنهم', 'ولكنه', 'ولكنها', 'لكن', 'ولكن', 'انه', 'انها', 'حيث', 'فيما', 'بينما', 'كما']);

function laterBoundary(ctx: Ctx, toks: Token[], from: number): number | undefined {
  const V = v();
  let inQuote = false;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k]!;
    if (QUOTE_CHARS.has(t.text)) inQuote = !inQuote;
    if (inQuote || k === from) continue;
    const prev = toks[k - 1]!;
    const atClause = prev.kind === 'punct' && (prev.norm === '،' || prev.norm === ',');
    if (atClause && V.postposed.longestAt(toks, k) !== undefined) return k - 1;
    if (atClause && t.forms.some((f) => f.prefix.startsWith('و')) && V.preposed.longestAt(toks, k) !== undefined) return k - 1;
    if (atClause && V.participles.longestAt(toks, k) !== undefined) return k - 1;
    if (atClause && ctx.lang === 'ar' && openedReport(toks, k)) return k - 1;
  }
  return undefined;
}

/** At token k, after a comma, another report starts: a verb of saying or a participle, maybe behind an opener. */
function newReport(ctx: Ctx, toks: Token[], k: number): boolean {
  const V = v();
  return V.preposed.longestAt(toks, k) !== undefined || V.participles.longestAt(toks, k) !== undefined || (ctx.lang === 'ar' && openedReport(toks, k));
}

// «وهو ما وصفه …», «غير أنه أضاف …»: two-word openers
const OPENER_PAIRS = new Set(['وهو ما', 'وهي ما', 'هو ما', 'غير انه', 'غير انها', 'الا انه', 'الا انها']);
// (their first words: most tokens are none, and are not joined to the next to be looked up)
const OPENER_FIRSTS = new Set([...OPENER_PAIRS].map((p) => p.split(' ')[0]!));

/** «لكنه أضاف», «فيما قال», «وهو ما وصفه»: a clause opener, then a verb of saying. */
function openedReport(toks: Token[], k: number): boolean {
  const V = v();
  if (openerBefore(toks, k + 1) && V.preposed.longestAt(toks, k + 1) !== undefined) return true;
  return !!toks[k + 1] && OPENER_FIRSTS.has(toks[k]!.norm) && OPENER_PAIRS.has(`${toks[k]!.norm} ${toks[k + 1]!.norm}`) && V.preposed.longestAt(toks, k + 2) !== undefined;
}

function openerBefore(toks: Token[], verb: number): boolean {
  const t = toks[verb - 1];
  return !!t && t.kind === 'word' && t.forms.some((f) => CLAUSE_OPENERS.has(f.form) || CLAUSE_OPENERS.has(t.norm));
}

/** «…، حيث أكد X»: the sentence's claim that «حيث» goes on from, whose speaker X's words came through. */
function nestedIn(ctx: Ctx, si: number, k: number): { speaker: string; via: string[] } | null {
  const toks = ctx.sentences[si]!.tokens;
  if (toks[k - 1]?.norm !== 'حيث') return null;
  const last = ctx.claims.at(-1);
  if (!last || last.sentence !== si || !last.speaker || last.start > toks[k]!.start) return null;
  return { speaker: last.speaker, via: last.via };
}

/** «مقابلة», «حوار»: what a speaker gives an outlet (events.ts leaves that outlet out of the acts told) */
export const INTERVIEW_NOUNS = new Set(['مقابله', 'حوار', 'حديث', 'لقاء']);

/** «في مقابلة مع هيئة الإذاعة البريطانية», «في حوار مع صحيفة …»: the outlet the words were given to. */
function interviewOutlet(ctx: Ctx, si: number, from: number, to: number): string | null {
  const toks = ctx.sentences[si]!.tokens;
  for (let k = from; k < to - 1; k++) {
    if (!toks[k]!.forms.some((f) => INTERVIEW_NOUNS.has(f.form))) continue;
    const m = mentionsIn(ctx, si, k + 1, to).find((x) => x.from <= k + 4);
    if (m && typeOf(ctx, m.entity) === 'MEDIA' && toks.slice(k + 1, m.from).some((t) => t.norm === 'مع')) return m.entity;
  }
  return null;
}

const BRACKETS = new Set(['(', ')']);

/** The token after the verb's preposition, when it comes before any clause punctuation. */
function prepAfter(toks: Token[], from: number, prepWord: string): number {
  const prep = normalizePhrase(prepWord);
  for (let k = from; k < toks.length && k < from + 12; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && t.norm !== '،' && t.norm !== ',' && !QUOTE_CHARS.has(t.text) && !BRACKETS.has(t.norm)) return -1;
    if (t.norm === prep) return toks[k + 1] && !toks[k + 1]!.forms.some((f) => COMPLEMENTIZERS.has(f.form)) ? k + 1 : -1;
  }
  return -1;
}

/** «"…," the minister said.» / «…, said Mao Ning.» */
function englishTrailing(ctx: Ctx, si: number) {
  const V = v();
  const toks = ctx.sentences[si]!.tokens;
  for (let k = toks.length - 1; k > 2; k--) {
    const verb = V.preposed.longestAt(toks, k);
    if (!verb) continue;
    const prev = toks.slice(Math.max(0, k - 8), k);
    const comma = prev.map((t) => t.norm).lastIndexOf(',');
    if (comma < 0) continue;
    const clauseStart = Math.max(0, k - 8) + comma;
    const m = namedSpeaker(ctx, si, clauseStart, Math.min(toks.length, verb.to + 8));
    const speaker = m?.entity ?? implicitSpeaker(ctx, si, k, null)?.id ?? null;
    if (!speaker) return;
    const s = ctx.sentences[si]!.sentence;
    emit(ctx, { si, start: s.start, end: toks[clauseStart]!.start }, speaker, inheritedVia(ctx, speaker, si), toks[k]!.text, verb.payload.stance ?? 'asserts', 'claim.trailing', 0.85);
    return;
  }
}

export function findClaims(sentences: AnalysedSentence[], found: EntityResult, lang: Lang): Claim[] {
  if (lang === 'en') return findEnglishClaims(sentences, found);
  const bySentence = new Map<number, MentionRef[]>();
  for (const m of found.mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const ctx: Ctx = { lang, sentences, found, bySentence, claims: [], history: [], starts: new Set(), coveredUntil: -1 };
  for (let si = 0; si < sentences.length; si++) {
    // a sentence inside a quote already claimed is part of that claim
    if (ctx.coveredUntil > sentences[si]!.sentence.start) continue;
    sentenceClaims(ctx, si);
  }
  return ctx.claims.map((c, n) => ({ ...c, id: `claim-${n}` }));
}
