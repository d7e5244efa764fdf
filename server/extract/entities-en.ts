// English names beyond the lexicon and the title scan. English writes names with capitals, so a
// run of capitalised words is a candidate; what it names comes from its words and its place in
// the sentence, each a rule id:
//   actor.en-org-name      a run ending in an organisation's head noun: "Eastern Theater Command",
//                          "Foundation for Strategic Research", "Hostages and Missing Families Forum"
//   actor.en-media-name    a run ending in a media head: "Arab News"
//   actor.en-acronym       an unknown acronym where only an actor can stand: "according to LSEG data"
//   actor.en-given-name    a run that starts with a known given name (or East Asian family name)
//   actor.en-apposition    "Noa Shavit, a political scientist at …", "his adviser, Eduardo Año,"
//   actor.en-role-name     "presidential adviser Mykhailo Podolyak" (a description the title lexicon lacks)
//   actor.en-speaker-name  "…, said Aïssatou Ndoye" / "Laleh Farzin told …": a two-word run that speaks
//   actor.en-anonymous     "a senior administration official", "three trading sources", "residents said"
//   resolve.en-anonymous   "the official", "the sources": the last unnamed source of that head
//   resolve.en-org-head    "the command", "the ministry": the last organisation named with that head
//   resolve.en-family-name "Chen" after "Chen Kuo-hua": East Asian names are shortened to the family name
import { actorData } from './actors.ts';
import { codeAt } from './chars.ts';
import { isCapWord, POSTMODIFIERS } from './clauses-en.ts';
import type { CountryRef } from './countries.ts';
import type { NamePassApi } from './entities.ts';
import { lexicons } from './lexicon.ts';
import { normalize } from './normalize.ts';
import { Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { memoSlot, tokenizePhrase, type Form, type Token } from './tokens.ts';

// ---------------------------------------------------------------- what a word is

// The passes ask of token after token what its word is: capitalised, an acronym, in which word
// list. The answers depend only on the word, so each word's are read once, as the bits of one
// number kept in its memo (tokens.ts, memoSlot), instead of a Set look-up (which hashes the
// token's own text afresh) or a regular expression per token per question: the English name
// passes went from about 680 to 550 µs of CPU per article (median of three alternating runs).
const WORD = 1 << 0;
const CAP = 1 << 1; // see isCapWord
const ACRONYM = 1 << 2; // "LSEG", "U.N."
const INITIAL = 1 << 3; // a single capital: "J" of "Antony J. Blinken"
const NUMBER = 1 << 4;
const AGE = 1 << 5; // one to three digits
// in a word list, as written
const ORG_HEAD = 1 << 6;
const MEDIA_HEAD = 1 << 7;
// in a word list, normalised
const ORG_HEAD_LOWER = 1 << 8; // "the command", "an international arbitration tribunal"
const BUSINESS_NOUN = 1 << 9;
const ORG_AFTER = 1 << 10;
const INNER = 1 << 11;
const PERSON_NOUN = 1 << 12;
const ANON_HEAD = 1 << 13;
const NOT_NAME = 1 << 14;
const GIVEN = 1 << 15;
const FAMILY_FIRST = 1 << 16;
const CALENDAR = 1 << 17;
const SPEECH = 1 << 18; // the simple reporting verbs that sit next to a speaker's name
const ACT = 1 << 19; // verbs of a claim with the part that carries it ("ruled that", "accused … of")
const FUNCTION_WORD = 1 << 20;
const DETERMINER = 1 << 21;
const SPOKES = 1 << 22;
const FOLLOWER = 1 << 23;
const POSTMODIFIER = 1 << 24;
const ACCORDING = 1 << 25; // "according to"
const INSTITUTION_START = 1 << 26; // the first word of an institution's name (see institutions)
const ANON_START = 1 << 27; // the first word of an anonymous-source phrase (see Words.anonymousStarts)

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'two', 'dozens', 'hundreds']);
const SPOKES_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
// words that follow a subject ("the command also said", "the ministry did not …")
const FOLLOWERS = new Set(['also', 'later', 'earlier', 'then', 'did', 'does', 'is', 'are', 'could', 'may', 'might', 'must', 'should', 'announced', 'confirmed', 'denied', 'warned', 'urged', 'called', 'accused']);

interface Words {
  /** the word lists a word is looked up in as written, and normalised, with the bit each gives */
  written: [number, Set<string>][];
  normalised: [number, Set<string>][];
  /** the organisation heads of companies, for "the company said" */
  businessHeads: Set<string>;
  /**
   * The first words of the anonymous-source phrases, which make the gazetteer anonymousPass
   * looks words up in (actors.ts), as the gazetteer keys them: a word that is none starts no
   * phrase there and is not looked up (ANON_START). The gazetteer would refuse it at once, but
   * only after reading the word's entry, which for most lower-case words no earlier pass has
   * read: a cache miss each (anonymousPass ~44 -> ~38 µs an article). Two sentences in three
   * have neither a first word nor a head of anonymousPass's: it skips them.
   */
  anonymousStarts: Set<string>;
  /** the bits of a token past either end of the sentence: an empty word's, as `toks[k]?.norm ?? ''` read */
  none: number;
}

let words: Words | undefined;
function w(): Words {
  if (words) return words;
  const lex = lexicons();
  const en = lex.englishNames;
  const lower = (list: string[]) => new Set(list.map(normalize));
  words = {
    written: [
      [ORG_HEAD, new Set(en.orgHeads)],
      [MEDIA_HEAD, new Set(en.mediaHeads)],
    ],
    normalised: [
      [ORG_HEAD_LOWER, lower(en.orgHeads)],
      [BUSINESS_NOUN, lower(en.businessNouns)],
      [ORG_AFTER, lower(en.orgAfterHead)],
      [INNER, lower(en.nameInner)],
      [PERSON_NOUN, lower(en.personNouns)],
      [ANON_HEAD, lower(en.anonymousHeads)],
      [NOT_NAME, lower(en.notNames)],
      [GIVEN, lower([...lex.firstNames.en, ...lex.firstNames.ar.filter((n) => /^[A-Za-z]/.test(n))])],
      [FAMILY_FIRST, lower(lex.firstNames.enFamilyFirst ?? [])],
      [CALENDAR, lower([...Object.keys(lex.dates.monthsEn), ...Object.keys(lex.dates.weekdaysEn)])],
      [SPEECH, lower(lex.verbs.en.filter((v) => !v.form.includes(' ')).map((v) => v.form))],
      [ACT, lower(lex.englishClaims.speechActs.map((v) => v.form))],
      [FUNCTION_WORD, lower(lex.functionWords.en)],
      [DETERMINER, DETERMINERS],
      [SPOKES, SPOKES_NOUNS],
      [FOLLOWER, FOLLOWERS],
      [POSTMODIFIER, POSTMODIFIERS],
      [ACCORDING, new Set(['according'])],
    ],
    businessHeads: lower(en.businessHeads),
    anonymousStarts: new Set(
      lex.anonymous.heads.flatMap((h) => Object.values(h).flatMap((v) => (Array.isArray(v) ? v.flatMap((p) => firstWord(p) ?? []) : []))),
    ),
    none: 0,
  };
  words.none = bitsOf('', '', false, false, []);
  return words;
}

/** The first word of a phrase, as a gazetteer keys it (Gazetteer.add). */
function firstWord(phrase: string): string | undefined {
  return tokenizePhrase(phrase).find((t) => t.kind === 'word')?.norm;
}

/** The bits of a word, as written and normalised; `word`, `cap` and `forms` as its token's. */
function bitsOf(text: string, norm: string, word: boolean, cap: boolean, forms: readonly Form[]): number {
  const W = w();
  let b = (word ? WORD : 0) | (cap ? CAP : 0);
  for (const f of forms) {
    if (institutions().firstWords.has(f.form)) b |= INSTITUTION_START;
    if (W.anonymousStarts.has(f.form)) b |= ANON_START;
  }
  if (word && /^(?:[A-Z][A-Z0-9&]{1,5}|(?:[A-Z]\.){2,4})$/.test(text)) b |= ACRONYM;
  if (/^\p{Lu}$/u.test(text)) b |= INITIAL;
  if (/^\d+$/.test(norm)) b |= NUMBER;
  if (/^\d{1,3}$/.test(norm)) b |= AGE;
  for (const [bit, list] of W.written) if (list.has(text)) b |= bit;
  for (const [bit, list] of W.normalised) if (list.has(norm)) b |= bit;
  return b;
}

const slot = memoSlot();
function tokenBits(t: Token): number {
  const memo = t.forms.memo;
  let b = memo?.[slot] as number | undefined;
  if (b === undefined) {
    b = bitsOf(t.text, t.norm, t.kind === 'word', isCapWord(t), t.forms);
    if (memo) memo[slot] = b;
  }
  return b;
}

interface Sentence {
  api: NamePassApi;
  toks: Token[];
  /** toks.length: the arrays below are reused and may be longer (past n they hold nothing) */
  n: number;
  /** each token's bits (tokenBits) */
  bits: number[];
  /** the bits of all its tokens together: a pass that needs a word the sentence lacks is skipped */
  any: number;
  /** the bits past either end (Words.none) */
  none: number;
  text: string;
  start: number;
  /** whether it names a country (or has a demonym) */
  named: boolean;
  /** the country name or demonym starting at each token */
  countries: (GazetteerMatch<CountryRef> | undefined)[];
  /** the code of the country name or demonym a token is part of */
  inCountry: (string | undefined)[];
}

/** Whether token k's word has one of the bits. */
function is(s: Sentence, k: number, bits: number): boolean {
  return ((k >= 0 && k < s.n ? s.bits[k]! : s.none) & bits) !== 0;
}

/** Token k is glued to the one before by a hyphen ("Min-seo", "al-Aiban"). */
function hyphenated(s: Sentence, k: number): boolean {
  const t = s.toks[k];
  const p = s.toks[k - 1];
  if (!t || !p || t.start !== p.end + 1) return false;
  const c = codeAt(s.text, p.end - s.start); // see chars.ts
  return c === 0x2d || c === 0x2010 || c === 0x2011; // - ‐ ‑
}

/** The run of capitalised name words from k: inner links and hyphenated pieces join it. */
function capRun(s: Sentence, k: number, max: number): number {
  let j = k;
  while (j < s.toks.length && j - k < max) {
    const b = s.bits[j]!;
    if (!(b & WORD) || s.api.occupied(j)) break;
    if (j > k && hyphenated(s, j)) {
      j++;
      continue;
    }
    // a middle initial: "Antony J. Blinken"; before a surname already read ("Dmitri S. Peskov") the
    // run is not a name of its own
    if (j > k && b & INITIAL && s.toks[j + 1]?.norm === '.') {
      if (!is(s, j + 2, CAP) || s.api.occupied(j + 2)) break;
      j += 2;
      continue;
    }
    if (b & CAP && !(b & (CALENDAR | ORG_HEAD)) && !(j > k && s.countries[j])) {
      j++;
      continue;
    }
    // "bin", "al" inside a name, never at its end
    const t = s.toks[j]!;
    if (j > k && b & INNER && t.norm !== 'and' && t.norm !== 'of' && is(s, j + 1, CAP) && !s.api.occupied(j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Whether any of tokens [from, to) is taken. */
function anyOccupied(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.api.occupied(k)) return true;
  return false;
}

/** A lexicon actor's short form ("Security Council") whose actor the article names in full: resolvePass joins it. */
function knownShortForm(s: Sentence, k: number): boolean {
  return actorData().shortForms.matchAt(s.toks, k).some((m) => s.api.entityType(m.payload.id) !== undefined);
}

interface Institutions {
  names: Gazetteer<string>;
  /**
   * The first words of the names, as the gazetteer keys them: a token none of whose forms is one
   * is not looked up (INSTITUTION_START). The gazetteer would refuse it at once, but only after
   * reading the word's entry, which for most capitalised words no earlier pass has read: a cache
   * miss each (institutionPass ~30 -> ~21 µs an article).
   */
  firstWords: Set<string>;
}

let institutionNames: Institutions | undefined;
/** State institutions by their English names without a country ("Foreign Ministry", "Coast Guard", "Treasury"). */
function institutions(): Institutions {
  if (institutionNames) return institutionNames;
  const names = new Gazetteer<string>();
  const firstWords = new Set<string>();
  for (const inst of lexicons().institutions) {
    for (const n of [inst.en, ...(inst.enVariants ?? [])]) {
      names.add(n, inst.key);
      const first = firstWord(n);
      if (first) firstWords.add(first);
    }
  }
  institutionNames = { names, firstWords };
  return institutionNames;
}

/** The institution key when tokens [from, to) are exactly an institution's name. */
function institutionNamed(s: Sentence, from: number, to: number): string | null {
  if (!is(s, from, INSTITUTION_START)) return null;
  const m = institutions().names.matchAt(s.toks, from).find((x) => x.to === to);
  return m ? m.payload : null;
}

/**
 * A country's institution written without the adjective the lexicon expects: "US Treasury",
 * "China Coast Guard", "Gaza's Health Ministry", "Armed Forces of the Philippines".
 */
function institutionPass(s: Sentence) {
  // (both need a country named in the sentence)
  if (!s.named || !(s.any & INSTITUTION_START)) return;
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    const c = s.countries[k];
    // after a country's name, or at the capitalised first word of an institution's
    if ((!c && !(b & CAP && b & INSTITUTION_START)) || api.occupied(k)) continue;
    if (c) {
      let j = c.to;
      const possessive = toks[j]?.norm === 's' && toks[j]!.start === toks[j - 1]!.end + 1; // "Gaza's", "China's coast guard"
      if (possessive) j++;
      const m = is(s, j, INSTITUTION_START) && !api.occupied(j) ? institutions().names.longestAt(toks, j) : undefined;
      if (m && (possessive || is(s, j, CAP)) && !is(s, m.to, CAP) && !anyOccupied(s, j, m.to)) {
        if (api.institution(c.payload.code, m.payload, k, m.to, 'actor.en-country-institution', 0.8)) remember(s, k, m.to);
        k = m.to - 1;
      }
      continue;
    }
    // "Armed Forces of the Philippines"
    const m = institutions().names.longestAt(toks, k);
    if (!m || toks[m.to]?.norm !== 'of') continue;
    const at = toks[m.to + 1]?.norm === 'the' ? m.to + 2 : m.to + 1;
    const c2 = s.countries[at];
    if (!c2 || is(s, c2.to, CAP)) continue;
    if (api.institution(c2.payload.code, m.payload, k, c2.to, 'actor.en-country-institution', 0.8)) remember(s, k, c2.to);
    k = c2.to - 1;
  }
}

// ---------------------------------------------------------------- organisations

function orgPass(s: Sentence) {
  if (!(s.any & (ORG_HEAD | MEDIA_HEAD))) return;
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    if (!(b & CAP) || !(b & (ORG_HEAD | MEDIA_HEAD)) || api.occupied(k)) continue;
    const media = (b & MEDIA_HEAD) !== 0;
    // words before the head: capitalised, a country or demonym ("Taiwan Affairs Office"), or an
    // "and" between capitalised words ("Hostages and Missing Families Forum")
    let from = k;
    let country: string | undefined;
    while (from > 0) {
      const p = toks[from - 1]!;
      const pb = s.bits[from - 1]!;
      if (!(pb & WORD) || api.occupied(from - 1)) break;
      if (p.norm === 'and' && is(s, from - 2, CAP) && !api.occupied(from - 2) && !is(s, from - 2, ORG_HEAD) && from - 1 < k) {
        from--;
        continue;
      }
      if (!(pb & CAP) || pb & (NOT_NAME | CALENDAR | ORG_HEAD)) break;
      if (p.norm === 's' && from >= 2) break; // "Taiwan's Institute …": the owner is not part of the name
      const c = s.inCountry[from - 1];
      if (c) country ??= c;
      from--;
    }
    // a sentence's first word is capitalised anyway: keep it only when it is not an ordinary word
    if (from === 0 && from < k && s.bits[0]! & FUNCTION_WORD) from++;
    let to = k + 1;
    // "Orion Shipping Group", "Saudi Aramco Trading Company": heads in a row are one name
    while (!media && to < toks.length && to - k < 3 && is(s, to, CAP) && is(s, to, ORG_HEAD) && !api.occupied(to)) to++;
    if (!media) {
      // "Foundation for Strategic Research", "Ministry of Petroleum and Natural Gas"
      let j = to;
      // "and" continues a name only inside its "of …" part ("Ministry of Petroleum and Natural Gas")
      while (j < toks.length && is(s, j, ORG_AFTER) && (j > k + 1 || toks[j]!.norm !== 'and') && !api.occupied(j)) {
        let q = j + 1;
        if (toks[q]?.norm === 'the') q++;
        const end = capRun(s, q, 5);
        if (end === q) break;
        j = end;
        to = end;
      }
    }
    if (to - from < 2 || knownShortForm(s, from)) continue;
    // "Foreign Ministry spokesman …" after "China's Foreign Ministry": the institution named before
    const inst = institutionNamed(s, from, to);
    if (inst) {
      const seen = lastInstitution(s, inst);
      if (seen) {
        api.mention(seen.id, from, to, 'resolve.en-institution', 0.7);
        k = to - 1;
        continue;
      }
      // no country named for it ("The Commerce Department separately added …"): kept as written
    }
    api.add(media ? 'MEDIA' : 'ORGANIZATION', from, to, media ? 'actor.en-media-name' : 'actor.en-org-name', 0.7, { country });
    remember(s, from, to);
    k = to - 1;
  }
}

/**
 * Who is cited where only an actor can stand: an unknown acronym that speaks ("UNICEF said"), and
 * the capitalised name after "according to" ("according to LSEG data", "according to analysts at
 * Goldman Sachs"; people were taken by personPass before).
 */
function citedPass(s: Sentence) {
  if (!(s.any & (ACRONYM | ACCORDING))) return;
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    if (b & ACRONYM && !(b & CALENDAR) && !s.countries[k] && is(s, k + 1, WORD) && is(s, k + 1, SPEECH) && !api.occupied(k)) {
      api.add('ORGANIZATION', k, k + 1, 'actor.en-acronym', 0.6);
      remember(s, k, k + 1);
      continue;
    }
    if (!(b & ACCORDING) || toks[k + 1]?.norm !== 'to') continue;
    let j = k + 2;
    // "according to analysts at X", "according to data from X", "according to a statement by X"
    for (let q = j; q < j + 4 && q < toks.length; q++) {
      const x = toks[q]!;
      if (!is(s, q, WORD) || is(s, q, CAP)) break;
      if ((x.norm === 'at' || x.norm === 'from' || x.norm === 'by') && is(s, q + 1, CAP)) {
        j = q + 1;
        break;
      }
    }
    if (toks[j]?.norm === 'the') j++;
    if (api.occupied(j) || s.countries[j] || !is(s, j, CAP)) continue;
    const end = capRun(s, j, 4);
    // one word is a name when it is an acronym or is described next ("according to PortWatch, a monitoring platform")
    const described = toks[end]?.norm === ',' && (toks[end + 1]?.norm === 'a' || toks[end + 1]?.norm === 'an' || toks[end + 1]?.norm === 'the');
    if (end === j + 1 ? !is(s, j, ACRONYM) && !described : end === j) continue;
    api.add('ORGANIZATION', j, end, 'actor.en-cited-name', 0.6);
    remember(s, j, end);
    k = end - 1;
  }
}

// ---------------------------------------------------------------- people

function personPass(s: Sentence) {
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    if (!(b & CAP) || b & (NOT_NAME | CALENDAR | ORG_HEAD | MEDIA_HEAD) || s.countries[k] || api.occupied(k)) continue;
    const to = capRun(s, k, 6);
    const n = to - k;
    if (n < 2 || n > 5 || is(s, to, CAP | ORG_HEAD)) {
      k = Math.max(k, to - 1);
      continue;
    }
    const rule = personEvidence(s, k, to);
    if (!rule) {
      k = to - 1;
      continue;
    }
    const id = api.add('PERSON', k, to, rule, rule === 'actor.en-given-name' ? 0.75 : 0.65);
    if (b & FAMILY_FIRST && n <= 3) {
      const family = toks[k]!.norm;
      const names = (api.memo.get('family') as Map<string, string> | undefined) ?? new Map<string, string>();
      names.set(family, names.has(family) && names.get(family) !== id ? '' : id);
      api.memo.set('family', names);
    }
    remember(s, k, to);
    k = to - 1;
  }
}

/** Why a capitalised run is a person's name, or null. */
function personEvidence(s: Sentence, from: number, to: number): string | null {
  const { toks } = s;
  if (is(s, from, GIVEN) || (is(s, from, FAMILY_FIRST) && to - from <= 3)) return 'actor.en-given-name';
  // after: ", a political scientist at …", ", 58,", ", director-general of …", ", MSF's head of …";
  // or the comma that closes a name in apposition: "…, Clementine Nkweta-Salami, said"
  if (toks[to]?.norm === ',' && toks[from - 1]?.norm === ',' && is(s, to + 1, WORD) && is(s, to + 1, SPEECH)) return 'actor.en-apposition';
  if (toks[to]?.norm === ',') {
    if (to + 1 < toks.length && is(s, to + 1, AGE) && toks[to + 2]?.norm === ',') return 'actor.en-apposition';
    for (let j = to + 1; j < toks.length && j <= to + 6; j++) {
      if (!is(s, j, WORD) && toks[j]!.norm !== "'") break;
      if (is(s, j, PERSON_NOUN) && !is(s, j, CAP)) return 'actor.en-apposition';
    }
  }
  // before: "his national security adviser, Eduardo Año," / "The U.S. special envoy for Sudan, Tom Perriello,"
  if (toks[from - 1]?.norm === ',') {
    for (let j = from - 2; j >= 0 && j >= from - 8; j--) {
      if (!is(s, j, WORD)) break;
      if (is(s, j, PERSON_NOUN) && !is(s, j, CAP)) return toks[to]?.norm === ',' || toks[to]?.kind === 'punct' ? 'actor.en-apposition' : null;
    }
  }
  if (is(s, from - 1, WORD) && !is(s, from - 1, CAP) && is(s, from - 1, PERSON_NOUN)) return 'actor.en-role-name';
  if ((is(s, from - 1, WORD) && is(s, from - 1, SPEECH)) || (is(s, to, WORD) && is(s, to, SPEECH))) return 'actor.en-speaker-name';
  return null;
}

// ---------------------------------------------------------------- unnamed sources

function anonymousPass(s: Sentence) {
  if (!(s.any & (ANON_START | ANON_HEAD))) return;
  const { toks, api } = s;
  const { anonymous } = actorData();
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    // a capital only where the sentence starts: "Diplomats said …"
    if (!(b & (ANON_START | ANON_HEAD)) || !(b & WORD) || (b & CAP && k > 0) || api.occupied(k)) continue;
    const m = b & ANON_START ? anonymous.longestAt(toks, k) : undefined;
    const headTo = m ? m.to : b & ANON_HEAD ? k + 1 : -1;
    if (headTo < 0) continue;
    const headNorm = toks[headTo - 1]!.norm;
    // modifiers before the head: "senior administration", "South Korean foreign ministry", "trading"
    let from = k;
    while (from > 0 && k - from < 4) {
      const p = toks[from - 1]!;
      // (a country's words are the source's description: "senior Biden administration officials")
      const held = api.occupied(from - 1);
      if (!is(s, from - 1, WORD) || (held && api.entityType(held) !== 'COUNTRY') || is(s, from - 1, DETERMINER | FUNCTION_WORD | SPEECH)) break;
      if (is(s, from - 1, NUMBER) || (p.norm === 's' && p.start === (toks[from - 2]?.end ?? -2) + 1)) break; // a number, or "Russia's"
      from--;
    }
    // "a South Korean foreign ministry official": an organisation named before the head is part of
    // the source's name, though its words stay the organisation's mention
    let nameFrom = from;
    const owner = api.occupied(from - 1);
    if (owner && api.entityType(owner) === 'ORGANIZATION' && is(s, from - 1 - spanBack(api, from - 1), DETERMINER)) {
      nameFrom = from - spanBack(api, from - 1);
    }
    // a capitalised modifier ("a Western diplomat") only after an article; else it may be a name
    if (!is(s, from - 1, DETERMINER)) {
      for (let j = k - 1; j >= from; j--) {
        if (is(s, j, CAP) && !s.inCountry[j]) {
          from = j + 1;
          break;
        }
      }
    }
    // "national security spokesman John Kirby", "the official KCNA news agency": a description, not a source
    if (is(s, headTo, CAP)) continue;
    // "analysts at Goldman Sachs": the institution speaks
    if ((toks[headTo]?.norm === 'at' || toks[headTo]?.norm === 'from') && is(s, headTo + 1, CAP)) continue;
    const article = is(s, nameFrom - 1, WORD) && is(s, nameFrom - 1, DETERMINER) ? toks[nameFrom - 1]!.norm : null;
    // "a White House spokesperson said": the organisation's own voice
    if (owner && nameFrom < from && is(s, headTo - 1, SPOKES) && headTo === k + 1) {
      api.mention(owner, nameFrom, headTo, 'resolve.en-org-spokesperson', 0.65);
      k = headTo - 1;
      continue;
    }
    // "Rachel Ames, a former Treasury sanctions official": a description of the person named before it
    const described = article && toks[from - 2]?.norm === ',' ? api.occupied(from - 3) : undefined;
    if (described) {
      if (api.entityType(described) === 'PERSON') api.mention(described, from, headTo, 'resolve.en-apposition', 0.6);
      k = headTo - 1;
      continue;
    }
    if (article === 'the' && nameFrom === k) {
      const last = (api.memo.get('anon') as Map<string, string> | undefined)?.get(headNorm);
      if (last) api.mention(last, from - 1, headTo, 'resolve.en-anonymous', 0.7);
      k = headTo - 1;
      continue;
    }
    // it speaks: "residents said", or after the verb, "…," said a trader at a Singapore-based firm
    const verbAt = pastPostmodifier(s, pastAside(s, headTo));
    const speaks = (is(s, verbAt, WORD) && is(s, verbAt, SPEECH)) || (!!article && is(s, nameFrom - 2, SPEECH));
    const cited = toks[nameFrom - 1]?.norm === 'to' && toks[nameFrom - 2]?.norm === 'according';
    // a lone head needs a sign that it stands for someone: it speaks, it is cited, or it is counted
    // "A resident who fled to …": introduced with a relative clause
    const counted = !!article && (/^(?:one|two|three|four|five)$/.test(article) || ((article === 'a' || article === 'an') && toks[headTo]?.norm === 'who'));
    if (nameFrom === k && !speaks && !cited && !counted) continue;
    if (headNorm.endsWith('s') && !speaks && !cited && !counted) continue;
    if (!article && !speaks && !cited) continue;
    const counting = article && article !== 'a' && article !== 'an' && article !== 'the';
    const start = counting && nameFrom === from ? from - 1 : from;
    const plural = headNorm.endsWith('s');
    // a bare "officials" is anyone's: "officials familiar with the talks" is whom the article means
    const to = !article && nameFrom === from && headTo < toks.length && is(s, headTo, POSTMODIFIER) && verbAt > headTo ? verbAt : headTo;
    const name = nameFrom < from ? s.text.slice(toks[nameFrom]!.start - s.start, toks[headTo - 1]!.end - s.start) : undefined;
    const id = api.add(plural ? 'GROUP' : 'PERSON', start, to, 'actor.en-anonymous', 0.6, name ? { name } : {});
    const heads = (api.memo.get('anon') as Map<string, string> | undefined) ?? new Map<string, string>();
    heads.set(headNorm, id);
    api.memo.set('anon', heads);
    k = to - 1;
  }
}

/** Where the clause goes on after an aside set off by commas at k ("officials, speaking on condition of anonymity, told …"). */
function pastAside(s: Sentence, k: number): number {
  const { toks } = s;
  if (toks[k]?.norm !== ',') return k;
  for (let j = k + 1; j < toks.length && j <= k + 10; j++) {
    if (toks[j]!.norm === ',') return j > k + 1 ? j + 1 : k;
    if (!is(s, j, WORD)) return k;
  }
  return k;
}

/** Where the clause goes on after a short phrase describing the noun before k ("officials familiar with the talks said"). */
function pastPostmodifier(s: Sentence, k: number): number {
  if (!is(s, k, POSTMODIFIER)) return k;
  for (let j = k + 1; j < s.toks.length && j <= k + 6; j++) {
    if (!is(s, j, WORD) || is(s, j, CAP)) return k;
    if (is(s, j, SPEECH)) return j;
  }
  return k;
}

/** How many tokens the entity occupying token k spans back from k (1 for a one-token mention). */
function spanBack(api: NamePassApi, k: number): number {
  const id = api.occupied(k);
  let n = 1;
  while (k - n >= 0 && api.occupied(k - n) === id) n++;
  return n;
}

/**
 * An organisation described rather than named, where it speaks or is cited: "An international
 * arbitration tribunal ruled …", "according to the local resistance committee".
 */
function describedOrgPass(s: Sentence) {
  if (!(s.any & ORG_HEAD_LOWER)) return;
  const { toks, api } = s;
  for (let k = 1; k < toks.length; k++) {
    const b = s.bits[k]!;
    if (!(b & ORG_HEAD_LOWER) || !(b & WORD) || b & CAP || api.occupied(k)) continue;
    let from = k;
    while (from > 0 && k - from < 3 && is(s, from - 1, WORD) && !api.occupied(from - 1) && !is(s, from - 1, DETERMINER | FUNCTION_WORD)) from--;
    if (from === k || !is(s, from - 1, DETERMINER)) continue;
    const speaks = is(s, k + 1, WORD) && is(s, k + 1, SPEECH | ACT);
    const cited = toks[from - 2]?.norm === 'to' && toks[from - 3]?.norm === 'according';
    if (!speaks && !cited) continue;
    api.add('ORGANIZATION', from, k + 1, 'actor.en-described-org', 0.55);
    remember(s, from, k + 1);
    k++;
  }
}

// ---------------------------------------------------------------- references back

/** An organisation of the article, with the head noun its name ends in ("ministry" of "Foreign Ministry"). */
interface Remembered {
  id: string;
  head: string;
}

/** Keeps the organisations of the article in the order they are met, for "the ministry". */
function remember(s: Sentence, from: number, to: number) {
  const id = s.api.occupied(from);
  if (!id) return;
  const type = s.api.entityType(id);
  if (type !== 'ORGANIZATION' && type !== 'GROUP') return;
  const seen = (s.api.memo.get('orgs') as Remembered[] | undefined) ?? [];
  seen.push({ id, head: headOf(s.toks[to - 1]!) });
  s.api.memo.set('orgs', seen);
}

const headSlot = memoSlot();
/**
 * A head noun as remembered: the normal form of the word as written (a token's `norm` also drops
 * an abbreviation's periods), made once per word (normalising took half of `remember`).
 */
function headOf(t: Token): string {
  const memo = t.forms.memo;
  let head = memo?.[headSlot] as string | undefined;
  if (head === undefined) {
    head = normalize(t.text);
    if (memo) memo[headSlot] = head;
  }
  return head;
}

// (the look-ups below are loops, not findLast with a closure: a closure in a loop over the tokens
// that captures the token's index, or a name declared in the loop, has V8 make a context for
// every token; referencePass took 34 µs an article with them, 14 without)

/** The organisation met last whose name ends in the head; with `business`, or the last company. */
function lastOrg(orgs: Remembered[], head: string, business: boolean): Remembered | undefined {
  const { businessHeads } = w();
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.head === head || (business && businessHeads.has(o.head))) return o;
  }
  return undefined;
}

/** The institution of a country met last (its id ends in the institution's key: actor:cn-foreign-ministry). */
function lastInstitution(s: Sentence, key: string): Remembered | undefined {
  const orgs = (s.api.memo.get('orgs') as Remembered[] | undefined) ?? [];
  const suffix = `-${key}`;
  for (let i = orgs.length - 1; i >= 0; i--) if (orgs[i]!.id.endsWith(suffix)) return orgs[i];
  return undefined;
}

function referencePass(s: Sentence) {
  const { toks, api } = s;
  const family = api.memo.get('family') as Map<string, string> | undefined;
  // a reference is a family name, or "a" or "the" before an organisation's head noun
  if (!(family && s.any & CAP) && !(s.any & (ORG_HEAD_LOWER | BUSINESS_NOUN))) return;
  const orgs = (api.memo.get('orgs') as Remembered[] | undefined) ?? [];
  for (let k = 0; k < toks.length; k++) {
    const b = s.bits[k]!;
    // a reference starts at a family name or at "a" or "the" before an organisation's head
    // (determiners: their bits are read, not their text)
    if (!(b & WORD) || !((family && b & CAP) || (b & DETERMINER && is(s, k + 1, ORG_HEAD_LOWER | BUSINESS_NOUN))) || api.occupied(k)) continue;
    const t = toks[k]!;
    const fam = family && b & CAP && !is(s, k + 1, CAP) ? family.get(t.norm) : undefined;
    if (fam) {
      api.mention(fam, k, k + 1, 'resolve.en-family-name', 0.75);
      continue;
    }
    if (!(b & DETERMINER) || (t.norm !== 'a' && t.norm !== 'the')) continue;
    // "a department spokesperson said": the organisation's own voice
    if (is(s, k + 1, WORD) && !is(s, k + 1, CAP) && is(s, k + 1, ORG_HEAD_LOWER) && is(s, k + 2, SPOKES)) {
      const org = lastOrg(orgs, toks[k + 1]!.norm, false);
      if (org) {
        api.mention(org.id, k, k + 3, 'resolve.en-org-spokesperson', 0.65);
        k += 2;
        continue;
      }
    }
    // "the command said": the last organisation whose name ends in that head; "the company said":
    // the last company
    if (t.norm !== 'the' || !is(s, k + 1, WORD) || is(s, k + 1, CAP) || !is(s, k + 1, ORG_HEAD_LOWER | BUSINESS_NOUN) || api.occupied(k + 1)) continue;
    const org = lastOrg(orgs, toks[k + 1]!.norm, is(s, k + 1, BUSINESS_NOUN));
    // "the command said", "the ministry has …", "the council, which …": not "the command structure"
    if (org && (!is(s, k + 2, WORD) || is(s, k + 2, SPEECH | FUNCTION_WORD | FOLLOWER))) {
      api.mention(org.id, k, k + 2, 'resolve.en-org-head', 0.7);
      k++;
    }
  }
}

// ---------------------------------------------------------------- entry

// One view of a sentence for the passes, reused with its arrays from sentence to sentence: made
// anew for each, they were ~44 KB of the ~46 an English article allocated here.
let view: Sentence | undefined;

function sentenceView(api: NamePassApi): Sentence {
  const { sentence, tokens } = api.sentence;
  const s = (view ??= { api, toks: tokens, n: 0, bits: [], any: 0, none: w().none, text: '', start: 0, named: false, countries: [], inCountry: [] });
  const { bits, countries, inCountry } = s;
  const n = tokens.length;
  let any = 0;
  // (a loop of its own: the words' memos are mostly cache misses, and more of them are waited for
  // at once in a loop that does nothing else)
  for (let k = 0; k < n; k++) {
    const b = tokenBits(tokens[k]!);
    bits[k] = b;
    any |= b;
  }
  let named = false;
  for (let k = 0; k < n; k++) {
    // (a gazetteer's phrase starts at a word: Gazetteer.matchAt)
    const c = bits[k]! & WORD ? api.country(k) : undefined;
    countries[k] = c;
    inCountry[k] = undefined;
    if (c) named = true;
  }
  // what the sentence before left past this one's end
  for (let k = n; k < s.n; k++) {
    countries[k] = undefined;
    inCountry[k] = undefined;
  }
  if (named) {
    for (let k = 0; k < n; k++) {
      const c = countries[k];
      if (c) for (let j = k; j < c.to; j++) inCountry[j] ??= c.payload.code;
    }
  }
  s.api = api;
  s.toks = tokens;
  s.n = n;
  s.any = any;
  s.named = named;
  s.text = sentence.text;
  s.start = sentence.start;
  return s;
}

export function englishNamePass(api: NamePassApi): void {
  const s = sentenceView(api);
  const tokens = s.toks;
  // organisations the earlier passes found count for "the ministry" too
  for (let k = 0; k < tokens.length; ) {
    const id = api.occupied(k);
    let to = k + 1;
    if (id) {
      while (api.occupied(to) === id) to++;
      remember(s, k, to);
    }
    k = to;
  }
  institutionPass(s);
  orgPass(s);
  personPass(s);
  citedPass(s);
  referencePass(s);
  describedOrgPass(s);
  anonymousPass(s);
}
