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
import type { NamePassApi } from './entities.ts';
import { lexicons } from './lexicon.ts';
import { normalize } from './normalize.ts';
import { Gazetteer } from './gazetteer.ts';
import type { Token } from './tokens.ts';

interface Words {
  orgHeads: Set<string>;
  /** the same, lower-cased: "the command", "an international arbitration tribunal" */
  orgHeadsLower: Set<string>;
  businessHeads: Set<string>;
  businessNouns: Set<string>;
  mediaHeads: Set<string>;
  orgAfter: Set<string>;
  inner: Set<string>;
  personNouns: Set<string>;
  anonHeads: Set<string>;
  notNames: Set<string>;
  given: Set<string>;
  familyFirst: Set<string>;
  calendar: Set<string>;
  speech: Set<string>;
  /** verbs of a claim with the part that carries it ("ruled that", "accused … of") */
  acts: Set<string>;
  functionWords: Set<string>;
}

let words: Words | undefined;
function w(): Words {
  if (words) return words;
  const lex = lexicons();
  const en = lex.englishNames;
  const lower = (list: string[]) => new Set(list.map(normalize));
  words = {
    orgHeads: new Set(en.orgHeads),
    orgHeadsLower: lower(en.orgHeads),
    businessHeads: lower(en.businessHeads),
    businessNouns: lower(en.businessNouns),
    mediaHeads: new Set(en.mediaHeads),
    orgAfter: lower(en.orgAfterHead),
    inner: lower(en.nameInner),
    personNouns: lower(en.personNouns),
    anonHeads: lower(en.anonymousHeads),
    notNames: lower(en.notNames),
    given: lower([...lex.firstNames.en, ...lex.firstNames.ar.filter((n) => /^[A-Za-z]/.test(n))]),
    familyFirst: lower(lex.firstNames.enFamilyFirst ?? []),
    calendar: lower([...Object.keys(lex.dates.monthsEn), ...Object.keys(lex.dates.weekdaysEn)]),
    // the simple reporting verbs that sit next to a speaker's name
    speech: lower(lex.verbs.en.filter((v) => !v.form.includes(' ')).map((v) => v.form)),
    acts: lower(lex.englishClaims.speechActs.map((v) => v.form)),
    functionWords: lower(lex.functionWords.en),
  };
  return words;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isCap = isCapWord;
const isAcronym = (t: Token | undefined) => isWord(t) && /^(?:[A-Z][A-Z0-9&]{1,5}|(?:[A-Z]\.){2,4})$/.test(t.text);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'two', 'dozens', 'hundreds']);

interface Sentence {
  api: NamePassApi;
  toks: Token[];
  text: string;
  start: number;
  /** token index -> country code, for the country names and demonyms of the sentence */
  countries: Map<number, { code: string; to: number }>;
  /** the code of the country name or demonym a token is part of */
  inCountry: (string | undefined)[];
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
  const W = w();
  let j = k;
  while (j < s.toks.length && j - k < max) {
    const t = s.toks[j]!;
    if (s.api.occupied(j) || !isWord(t)) break;
    if (j > k && hyphenated(s, j)) {
      j++;
      continue;
    }
    // a middle initial: "Antony J. Blinken"; before a surname already read ("Dmitri S. Peskov") the
    // run is not a name of its own
    if (j > k && /^\p{Lu}$/u.test(t.text) && s.toks[j + 1]?.norm === '.') {
      if (!isCap(s.toks[j + 2]) || s.api.occupied(j + 2)) break;
      j += 2;
      continue;
    }
    if (isCap(t) && !W.calendar.has(t.norm) && !W.orgHeads.has(t.text) && !(j > k && s.countries.has(j))) {
      j++;
      continue;
    }
    // "bin", "al" inside a name, never at its end
    if (j > k && W.inner.has(t.norm) && t.norm !== 'and' && t.norm !== 'of' && isCap(s.toks[j + 1]) && !s.api.occupied(j + 1)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** A lexicon actor's short form ("Security Council") whose actor the article names in full: resolvePass joins it. */
function knownShortForm(s: Sentence, k: number): boolean {
  return actorData().shortForms.matchAt(s.toks, k).some((m) => s.api.entityType(m.payload.id) !== undefined);
}

let institutionNames: Gazetteer<string> | undefined;
/** State institutions by their English names without a country ("Foreign Ministry", "Coast Guard", "Treasury"). */
function institutions(): Gazetteer<string> {
  if (institutionNames) return institutionNames;
  institutionNames = new Gazetteer<string>();
  for (const inst of lexicons().institutions) for (const n of [inst.en, ...(inst.enVariants ?? [])]) institutionNames.add(n, inst.key);
  return institutionNames;
}

/** The institution key when tokens [from, to) are exactly an institution's name. */
function institutionNamed(s: Sentence, from: number, to: number): string | null {
  const m = institutions().matchAt(s.toks, from).find((x) => x.to === to);
  return m ? m.payload : null;
}

/**
 * A country's institution written without the adjective the lexicon expects: "US Treasury",
 * "China Coast Guard", "Gaza's Health Ministry", "Armed Forces of the Philippines".
 */
function institutionPass(s: Sentence) {
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    if (api.occupied(k)) continue;
    const c = s.countries.get(k);
    if (c) {
      let j = c.to;
      const possessive = toks[j]?.norm === 's' && toks[j]!.start === toks[j - 1]!.end + 1; // "Gaza's", "China's coast guard"
      if (possessive) j++;
      const m = !api.occupied(j) ? institutions().matchAt(toks, j)[0] : undefined;
      if (m && (possessive || isCap(toks[j])) && !isCap(toks[m.to]) && ![...Array(m.to - j).keys()].some((d) => api.occupied(j + d))) {
        if (api.institution(c.code, m.payload, k, m.to, 'actor.en-country-institution', 0.8)) remember(s, k, m.to);
        k = m.to - 1;
      }
      continue;
    }
    // "Armed Forces of the Philippines"
    const m = isCap(toks[k]) ? institutions().matchAt(toks, k)[0] : undefined;
    if (!m || toks[m.to]?.norm !== 'of') continue;
    const at = toks[m.to + 1]?.norm === 'the' ? m.to + 2 : m.to + 1;
    const c2 = s.countries.get(at);
    if (!c2 || isCap(toks[c2.to])) continue;
    if (api.institution(c2.code, m.payload, k, c2.to, 'actor.en-country-institution', 0.8)) remember(s, k, c2.to);
    k = c2.to - 1;
  }
}

// ---------------------------------------------------------------- organisations

function orgPass(s: Sentence) {
  const W = w();
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const head = toks[k]!;
    if (!isCap(head) || api.occupied(k)) continue;
    const media = W.mediaHeads.has(head.text);
    if (!W.orgHeads.has(head.text) && !media) continue;
    // words before the head: capitalised, a country or demonym ("Taiwan Affairs Office"), or an
    // "and" between capitalised words ("Hostages and Missing Families Forum")
    let from = k;
    let country: string | undefined;
    while (from > 0) {
      const p = toks[from - 1]!;
      if (api.occupied(from - 1) || !isWord(p)) break;
      if (p.norm === 'and' && isCap(toks[from - 2]) && !api.occupied(from - 2) && !W.orgHeads.has(toks[from - 2]!.text) && from - 1 < k) {
        from--;
        continue;
      }
      if (!isCap(p) || W.notNames.has(p.norm) || W.calendar.has(p.norm) || W.orgHeads.has(p.text)) break;
      if (p.norm === 's' && from >= 2) break; // "Taiwan's Institute …": the owner is not part of the name
      const c = s.inCountry[from - 1];
      if (c) country ??= c;
      from--;
    }
    // a sentence's first word is capitalised anyway: keep it only when it is not an ordinary word
    if (from === 0 && from < k && W.functionWords.has(toks[0]!.norm)) from++;
    let to = k + 1;
    // "Orion Shipping Group", "Saudi Aramco Trading Company": heads in a row are one name
    while (!media && to < toks.length && to - k < 3 && isCap(toks[to]) && W.orgHeads.has(toks[to]!.text) && !api.occupied(to)) to++;
    if (!media) {
      // "Foundation for Strategic Research", "Ministry of Petroleum and Natural Gas"
      let j = to;
      // "and" continues a name only inside its "of …" part ("Ministry of Petroleum and Natural Gas")
      while (j < toks.length && W.orgAfter.has(toks[j]!.norm) && (j > k + 1 || toks[j]!.norm !== 'and') && !api.occupied(j)) {
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
      const seen = ((api.memo.get('orgs') as { id: string }[] | undefined) ?? []).filter((o) => o.id.endsWith(`-${inst}`));
      if (seen.length) {
        api.mention(seen.at(-1)!.id, from, to, 'resolve.en-institution', 0.7);
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
  const W = w();
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (isAcronym(t) && !api.occupied(k) && !s.countries.has(k) && !W.calendar.has(t.norm) && isWord(toks[k + 1]) && W.speech.has(toks[k + 1]!.norm)) {
      api.add('ORGANIZATION', k, k + 1, 'actor.en-acronym', 0.6);
      remember(s, k, k + 1);
      continue;
    }
    if (t.norm !== 'according' || toks[k + 1]?.norm !== 'to') continue;
    let j = k + 2;
    // "according to analysts at X", "according to data from X", "according to a statement by X"
    for (let q = j; q < j + 4 && q < toks.length; q++) {
      const x = toks[q]!;
      if (!isWord(x) || isCap(x)) break;
      if ((x.norm === 'at' || x.norm === 'from' || x.norm === 'by') && isCap(toks[q + 1])) {
        j = q + 1;
        break;
      }
    }
    if (toks[j]?.norm === 'the') j++;
    if (api.occupied(j) || s.countries.has(j) || !isCap(toks[j])) continue;
    const end = capRun(s, j, 4);
    // one word is a name when it is an acronym or is described next ("according to PortWatch, a monitoring platform")
    const described = toks[end]?.norm === ',' && (toks[end + 1]?.norm === 'a' || toks[end + 1]?.norm === 'an' || toks[end + 1]?.norm === 'the');
    if (end === j + 1 ? !isAcronym(toks[j]) && !described : end === j) continue;
    api.add('ORGANIZATION', j, end, 'actor.en-cited-name', 0.6);
    remember(s, j, end);
    k = end - 1;
  }
}

// ---------------------------------------------------------------- people

function personPass(s: Sentence) {
  const W = w();
  const { toks, api } = s;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isCap(t) || api.occupied(k) || s.countries.has(k) || W.notNames.has(t.norm) || W.calendar.has(t.norm)) continue;
    if (W.orgHeads.has(t.text) || W.mediaHeads.has(t.text)) continue;
    const to = capRun(s, k, 6);
    const n = to - k;
    if (n < 2 || n > 5 || isCap(toks[to]) || W.orgHeads.has(toks[to]?.text ?? '')) {
      k = Math.max(k, to - 1);
      continue;
    }
    const rule = personEvidence(s, k, to);
    if (!rule) {
      k = to - 1;
      continue;
    }
    const id = api.add('PERSON', k, to, rule, rule === 'actor.en-given-name' ? 0.75 : 0.65);
    const family = t.norm;
    if (W.familyFirst.has(family) && n <= 3) {
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
  const W = w();
  const { toks } = s;
  const first = toks[from]!.norm;
  if (W.given.has(first) || (W.familyFirst.has(first) && to - from <= 3)) return 'actor.en-given-name';
  // after: ", a political scientist at …", ", 58,", ", director-general of …", ", MSF's head of …";
  // or the comma that closes a name in apposition: "…, Clementine Nkweta-Salami, said"
  if (toks[to]?.norm === ',' && toks[from - 1]?.norm === ',' && isWord(toks[to + 1]) && W.speech.has(toks[to + 1]!.norm)) return 'actor.en-apposition';
  if (toks[to]?.norm === ',') {
    const next = toks[to + 1];
    if (next && /^\d{1,3}$/.test(next.norm) && toks[to + 2]?.norm === ',') return 'actor.en-apposition';
    for (let j = to + 1; j < toks.length && j <= to + 6; j++) {
      const x = toks[j]!;
      if (x.kind === 'punct' && x.norm !== "'") break;
      if (W.personNouns.has(x.norm) && !isCap(x)) return 'actor.en-apposition';
    }
  }
  // before: "his national security adviser, Eduardo Año," / "The U.S. special envoy for Sudan, Tom Perriello,"
  if (toks[from - 1]?.norm === ',') {
    for (let j = from - 2; j >= 0 && j >= from - 8; j--) {
      const x = toks[j]!;
      if (x.kind === 'punct') break;
      if (W.personNouns.has(x.norm) && !isCap(x)) return toks[to]?.norm === ',' || toks[to]?.kind === 'punct' ? 'actor.en-apposition' : null;
    }
  }
  const before = toks[from - 1];
  if (isWord(before) && !isCap(before) && W.personNouns.has(before.norm)) return 'actor.en-role-name';
  const after = toks[to];
  if ((isWord(before) && W.speech.has(before.norm)) || (isWord(after) && W.speech.has(after.norm))) return 'actor.en-speaker-name';
  return null;
}

// ---------------------------------------------------------------- unnamed sources

function anonymousPass(s: Sentence) {
  const W = w();
  const { toks, api } = s;
  const { anonymous } = actorData();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // a capital only where the sentence starts: "Diplomats said …"
    if (!isWord(t) || (isCap(t) && k > 0) || api.occupied(k)) continue;
    const m = anonymous.matchAt(toks, k)[0];
    const headTo = m ? m.to : W.anonHeads.has(t.norm) ? k + 1 : -1;
    if (headTo < 0) continue;
    const headNorm = toks[headTo - 1]!.norm;
    // modifiers before the head: "senior administration", "South Korean foreign ministry", "trading"
    let from = k;
    while (from > 0 && k - from < 4) {
      const p = toks[from - 1]!;
      // (a country's words are the source's description: "senior Biden administration officials")
      const held = api.occupied(from - 1);
      if (!isWord(p) || (held && api.entityType(held) !== 'COUNTRY') || DETERMINERS.has(p.norm) || W.functionWords.has(p.norm) || W.speech.has(p.norm)) break;
      if (/^\d+$/.test(p.norm) || (p.norm === 's' && p.start === (toks[from - 2]?.end ?? -2) + 1)) break; // a number, or "Russia's"
      from--;
    }
    // "a South Korean foreign ministry official": an organisation named before the head is part of
    // the source's name, though its words stay the organisation's mention
    let nameFrom = from;
    const owner = api.occupied(from - 1);
    if (owner && api.entityType(owner) === 'ORGANIZATION' && DETERMINERS.has(toks[from - 1 - spanBack(api, from - 1)]?.norm ?? '')) {
      nameFrom = from - spanBack(api, from - 1);
    }
    // a capitalised modifier ("a Western diplomat") only after an article; else it may be a name
    if (!DETERMINERS.has(toks[from - 1]?.norm ?? '')) {
      for (let j = k - 1; j >= from; j--) {
        if (isCap(toks[j]) && !s.inCountry[j]) {
          from = j + 1;
          break;
        }
      }
    }
    // "national security spokesman John Kirby", "the official KCNA news agency": a description, not a source
    if (isCap(toks[headTo])) continue;
    // "analysts at Goldman Sachs": the institution speaks
    if ((toks[headTo]?.norm === 'at' || toks[headTo]?.norm === 'from') && isCap(toks[headTo + 1])) continue;
    const det = toks[nameFrom - 1];
    const article = isWord(det) && DETERMINERS.has(det.norm) ? det.norm : null;
    // "a White House spokesperson said": the organisation's own voice
    if (owner && nameFrom < from && SPOKES.has(headNorm) && headTo === k + 1) {
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
    const verbAt = pastPostmodifier(toks, pastAside(toks, headTo));
    const verb = toks[verbAt];
    const speaks = (isWord(verb) && W.speech.has(verb.norm)) || (!!article && W.speech.has(toks[nameFrom - 2]?.norm ?? ''));
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
    const to = !article && nameFrom === from && toks[headTo] && POSTMODIFIERS.has(toks[headTo]!.norm) && verbAt > headTo ? verbAt : headTo;
    const name = nameFrom < from ? s.text.slice(toks[nameFrom]!.start - s.start, toks[headTo - 1]!.end - s.start) : undefined;
    const id = api.add(plural ? 'GROUP' : 'PERSON', start, to, 'actor.en-anonymous', 0.6, name ? { name } : {});
    const heads = (api.memo.get('anon') as Map<string, string> | undefined) ?? new Map<string, string>();
    heads.set(headNorm, id);
    api.memo.set('anon', heads);
    k = to - 1;
  }
}

/** Where the clause goes on after an aside set off by commas at k ("officials, speaking on condition of anonymity, told …"). */
function pastAside(toks: Token[], k: number): number {
  if (toks[k]?.norm !== ',') return k;
  for (let j = k + 1; j < toks.length && j <= k + 10; j++) {
    if (toks[j]!.norm === ',') return j > k + 1 ? j + 1 : k;
    if (!isWord(toks[j])) return k;
  }
  return k;
}

/** Where the clause goes on after a short phrase describing the noun before k ("officials familiar with the talks said"). */
function pastPostmodifier(toks: Token[], k: number): number {
  if (!POSTMODIFIERS.has(toks[k]?.norm ?? '')) return k;
  for (let j = k + 1; j < toks.length && j <= k + 6; j++) {
    if (!isWord(toks[j]) || isCap(toks[j])) return k;
    if (w().speech.has(toks[j]!.norm)) return j;
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
  const W = w();
  const { toks, api } = s;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!isWord(t) || isCap(t) || api.occupied(k) || !W.orgHeadsLower.has(t.norm)) continue;
    let from = k;
    while (from > 0 && k - from < 3 && isWord(toks[from - 1]) && !api.occupied(from - 1) && !DETERMINERS.has(toks[from - 1]!.norm) && !W.functionWords.has(toks[from - 1]!.norm)) from--;
    if (from === k || !DETERMINERS.has(toks[from - 1]?.norm ?? '')) continue;
    const next = toks[k + 1];
    const speaks = isWord(next) && (W.speech.has(next.norm) || W.acts.has(next.norm));
    const cited = toks[from - 2]?.norm === 'to' && toks[from - 3]?.norm === 'according';
    if (!speaks && !cited) continue;
    api.add('ORGANIZATION', from, k + 1, 'actor.en-described-org', 0.55);
    remember(s, from, k + 1);
    k++;
  }
}

// ---------------------------------------------------------------- references back

/** Keeps the organisations of the article in the order they are met, for "the ministry". */
function remember(s: Sentence, from: number, to: number) {
  const id = s.api.occupied(from);
  if (!id) return;
  const type = s.api.entityType(id);
  if (type !== 'ORGANIZATION' && type !== 'GROUP') return;
  const seen = (s.api.memo.get('orgs') as { id: string; head: string }[] | undefined) ?? [];
  const head = normalize(s.text.slice(s.toks[to - 1]!.start - s.start, s.toks[to - 1]!.end - s.start));
  seen.push({ id, head });
  s.api.memo.set('orgs', seen);
}

function referencePass(s: Sentence) {
  const W = w();
  const { toks, api } = s;
  const family = api.memo.get('family') as Map<string, string> | undefined;
  const orgs = (api.memo.get('orgs') as { id: string; head: string }[] | undefined) ?? [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (api.occupied(k) || !isWord(t)) continue;
    const fam = isCap(t) && !isCap(toks[k + 1]) ? family?.get(t.norm) : undefined;
    if (fam) {
      api.mention(fam, k, k + 1, 'resolve.en-family-name', 0.75);
      continue;
    }
    // "a department spokesperson said": the organisation's own voice
    if ((t.norm === 'a' || t.norm === 'the') && isWord(toks[k + 1]) && !isCap(toks[k + 1]) && W.orgHeadsLower.has(toks[k + 1]!.norm) && SPOKES.has(toks[k + 2]?.norm ?? '')) {
      const org = [...orgs].reverse().find((o) => o.head === toks[k + 1]!.norm);
      if (org) {
        api.mention(org.id, k, k + 3, 'resolve.en-org-spokesperson', 0.65);
        k += 2;
        continue;
      }
    }
    // "the command said": the last organisation whose name ends in that head; "the company said":
    // the last company
    const noun = toks[k + 1];
    const business = isWord(noun) && W.businessNouns.has(noun.norm);
    if (t.norm === 'the' && isWord(noun) && !isCap(noun) && !api.occupied(k + 1) && (W.orgHeadsLower.has(noun.norm) || business)) {
      const head = noun.norm;
      const org = [...orgs].reverse().find((o) => o.head === head || (business && W.businessHeads.has(o.head)));
      // "the command said", "the ministry has …", "the council, which …": not "the command structure"
      const next = toks[k + 2];
      if (org && (!isWord(next) || W.speech.has(next.norm) || W.functionWords.has(next.norm) || FOLLOWERS.has(next.norm))) {
        api.mention(org.id, k, k + 2, 'resolve.en-org-head', 0.7);
        k++;
      }
    }
  }
}

const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
// words that follow a subject ("the command also said", "the ministry did not …")
const FOLLOWERS = new Set(['also', 'later', 'earlier', 'then', 'did', 'does', 'is', 'are', 'could', 'may', 'might', 'must', 'should', 'announced', 'confirmed', 'denied', 'warned', 'urged', 'called', 'accused']);

// ---------------------------------------------------------------- entry

export function englishNamePass(api: NamePassApi): void {
  const { sentence, tokens } = api.sentence;
  const countries = new Map<number, { code: string; to: number }>();
  for (let k = 0; k < tokens.length; k++) {
    const m = api.country(k);
    if (m) countries.set(k, { code: m.payload.code, to: m.to });
  }
  const inCountry: (string | undefined)[] = [];
  for (const [k, c] of countries) for (let j = k; j < c.to; j++) inCountry[j] ??= c.code;
  const s: Sentence = { api, toks: tokens, text: sentence.text, start: sentence.start, countries, inCountry };
  // organisations the earlier passes found count for "the ministry" too
  for (let k = 0; k < tokens.length; k++) {
    const id = api.occupied(k);
    if (id && id !== api.occupied(k - 1)) {
      let to = k + 1;
      while (api.occupied(to) === id) to++;
      remember(s, k, to);
    }
  }
  institutionPass(s);
  orgPass(s);
  personPass(s);
  citedPass(s);
  referencePass(s);
  describedOrgPass(s);
  anonymousPass(s);
}
