// The actor-side gazetteers, built once from the lexicons: curated actors, state institutions
// (head noun + a country's adjective or name), person titles, organisation head nouns,
// anonymous-source heads, and words that refer back to an outlet («الصحيفة»).
import { inflectNisba, countryData } from './countries.ts';
import { Gazetteer } from './gazetteer.ts';
import { lexicons, type ActorEntry, type InstitutionEntry, type OrgHeadEntry, type TitleEntry } from './lexicon.ts';
import { normalize } from './normalize.ts';

export interface InstitutionRef {
  code: string;
  inst: InstitutionEntry;
}

export interface AnonRef {
  key: string;
  plural: boolean;
  en: string;
}

export interface ActorData {
  /** Full names and distinctive aliases: match anywhere. */
  actors: Gazetteer<ActorEntry>;
  /** Ambiguous short forms: match only once the actor is in the article. */
  shortForms: Gazetteer<ActorEntry>;
  institutions: Gazetteer<InstitutionRef>;
  titles: Gazetteer<TitleEntry>;
  orgHeads: Gazetteer<OrgHeadEntry>;
  /** «الصحيفة», "the agency": refer back to the last outlet or organisation of that kind. */
  backReferences: Gazetteer<OrgHeadEntry>;
  anonymous: Gazetteer<AnonRef>;
  anonymousModifiers: Set<string>;
  functionWords: Set<string>;
  /** Words that end a name: function words, reporting verbs, event predicates, modality words. */
  nameStops: Set<string>;
  /** Spellings of names that fold to a function word («علي» and «على»), as written. */
  nameSpellings: Set<string>;
  /** Reporting verbs (bare forms): a source right after one is a speaker. */
  speechVerbs: Set<string>;
  /** Bare institution heads («الجيش», "the government"): refer to one already named with its country. */
  bareInstitutions: Gazetteer<InstitutionEntry>;
  byId: Map<string, ActorEntry>;
}

let built: ActorData | undefined;

// Latin aliases of one or two short words are matched with their case so that "AP" or "UN"
// never matches "ap" or "un"; longer names are proper nouns whose case varies little.
const caseSensitive = (alias: string) => /^[\p{Lu}\d .&'-]+$/u.test(alias) || alias.length <= 6;

export function actorData(): ActorData {
  if (built) return built;
  const lex = lexicons();
  const { info } = countryData();
  const actors = new Gazetteer<ActorEntry>();
  const shortForms = new Gazetteer<ActorEntry>();
  const byId = new Map<string, ActorEntry>();
  const names = lex.firstNames;
  const givenNames = new Set([...names.en, ...(names.enAmbiguous ?? []), ...names.ar].map((n) => n.toLowerCase()));
  for (const a of lex.actors) {
    byId.set(a.id, a);
    for (const n of [a.ar, ...(a.aliasesAr ?? [])]) if (n) actors.add(n, a);
    for (const n of [a.en, ...(a.aliasesEn ?? [])]) if (n) actors.add(n, a, caseSensitive(n));
    // British style writes acronyms read as words in title case (Nato, Opec, Unicef); not those
    // that are also given names (Wafa, Sana)
    for (const n of [a.en, ...(a.aliasesEn ?? [])]) if (n && /^[A-Z]{4,}$/.test(n) && !givenNames.has(n.toLowerCase())) actors.add(n[0] + n.slice(1).toLowerCase(), a, true);
    for (const n of a.shortAr ?? []) shortForms.add(n, a);
    for (const n of a.shortEn ?? []) shortForms.add(n, a, true);
  }

  const institutions = new Gazetteer<InstitutionRef>();
  for (const inst of lex.institutions) {
    for (const [code, c] of Object.entries(lex.countries)) {
      const ref = { code, inst };
      for (const base of c.demonymAr ?? []) {
        // adjective agreement: الجيش الروسي، وزارة الخارجية الروسية
        const adj = inflectNisba(base).filter((f) => f.startsWith('ال'));
        const wanted = inst.gender === 'f' ? adj[1] : adj[0];
        for (const head of inst.ar) if (wanted) institutions.add(`${head} ${wanted}`, ref);
      }
      const names = [info.get(code)?.nameAr, ...(c.namesAr ?? [])].filter(Boolean) as string[];
      for (const head of inst.arConstruct ?? []) for (const n of names) institutions.add(`${head} ${n}`, ref);
      // «وزارة الدفاع في كابل», «الحكومة في بغداد»: the institution of the country or capital
      // named after it; not a bare short form («الدفاع في …» is defence in a place)
      const places = [...names, ...(c.capitalAr ?? []), ...(c.seatsAr ?? [])];
      for (const head of inst.ar) {
        if (!head.includes(' ') && inst.ar.some((h) => h !== head && h.split(' ').includes(head))) continue;
        for (const p of places) institutions.add(`${head} في ${p}`, ref);
      }
      // (an English institution after any other name of the country, "China's Coast Guard", is read
      // by the English name pass: entities-en.ts, institutionPass)
      const namesEn = [info.get(code)?.nameEn, ...(c.namesEn ?? [])].filter(Boolean) as string[];
      for (const headEn of [inst.en, ...(inst.enVariants ?? [])]) {
        for (const d of c.demonymEn ?? []) institutions.add(`${d} ${headEn}`, ref, true);
        for (const n of namesEn) {
          institutions.add(`${n}'s ${headEn}`, ref, true);
          institutions.add(`${headEn} of ${n}`, ref, true);
        }
      }
    }
  }

  const titles = new Gazetteer<TitleEntry>();
  for (const t of lex.titles) {
    const dual = { ...t, dual: true };
    for (const a of t.ar ?? []) {
      titles.add(a, t);
      // «وزيرا خارجية البلدين، …»: the dual of a title in construct, its first word + ا
      const [head, ...rest] = a.split(' ');
      if (t.gender !== 'f' && head && !/^ال|[ةاى]$/.test(head)) titles.add([head + 'ا', ...rest].join(' '), dual);
    }
    for (const e of t.en ?? []) titles.add(e, t);
  }

  const orgHeads = new Gazetteer<OrgHeadEntry>();
  const backReferences = new Gazetteer<OrgHeadEntry>();
  for (const h of lex.orgHeads) {
    for (const a of h.ar ?? []) orgHeads.add(a, h);
    for (const e of h.en ?? []) orgHeads.add(e, h);
    for (const r of h.resolveAr ?? []) backReferences.add(r, h);
    for (const r of h.resolveEn ?? []) backReferences.add(r, h);
  }

  const anonymous = new Gazetteer<AnonRef>();
  for (const h of lex.anonymous.heads) {
    const en = h.enPlural?.[0] ?? h.key;
    for (const a of h.ar ?? []) anonymous.add(a, { key: h.key, plural: false, en });
    for (const a of h.arPlural ?? []) anonymous.add(a, { key: h.key, plural: true, en });
    for (const e of h.en ?? []) anonymous.add(e, { key: h.key, plural: false, en });
    for (const e of h.enPlural ?? []) anonymous.add(e, { key: h.key, plural: true, en });
  }
  const anonymousModifiers = new Set(
    [...(lex.anonymous.modifiersAr ?? []), ...(lex.anonymous.modifiersEn ?? [])].map(normalize),
  );

  const fw = new Set([...lex.functionWords.ar, ...lex.functionWords.en].map(normalize));
  const nameStops = new Set(fw);
  const oneWord = (w: string) => (/\s/.test(w.trim()) ? [] : [normalize(w.trim())]);
  for (const f of [...lex.verbs.ar, ...lex.participles.ar]) nameStops.add(normalize(f.form.split(/\s+/)[0]!));
  const speechVerbs = new Set([...lex.verbs.ar, ...lex.verbs.en].map((f) => normalize(f.form.split(/\s+/)[0]!)));
  const bareInstitutions = new Gazetteer<InstitutionEntry>();
  for (const inst of lex.institutions) for (const h of inst.ar) bareInstitutions.add(h, inst);
  for (const f of lex.frames) for (const w of f.ar ?? []) for (const x of oneWord(w)) nameStops.add(x);
  for (const m of Object.values(lex.modality)) for (const w of (m as { ar?: string[] }).ar ?? []) for (const x of oneWord(w)) nameStops.add(x);
  built = {
    nameSpellings: new Set(lex.functionWords.nameSpellings),
    actors,
    shortForms,
    institutions,
    titles,
    orgHeads,
    backReferences,
    anonymous,
    anonymousModifiers,
    functionWords: fw,
    nameStops,
    speechVerbs,
    bareInstitutions,
    byId,
  };
  return built;
}

/** Entity id for an institution of a state: actor:ru-foreign-ministry. */
export const institutionId = (ref: InstitutionRef) => `actor:${ref.code.toLowerCase()}-${ref.inst.key}`;

/** English name for an institution of a state: "Russian Foreign Ministry". */
export function institutionName(ref: InstitutionRef): string {
  const c = countryData().info.get(ref.code);
  return c?.demonymEn ? `${c.demonymEn} ${ref.inst.en}` : `${ref.inst.en} of ${c?.nameEn ?? ref.code}`;
}
