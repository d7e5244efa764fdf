// Countries: ISO 3166-1 names in Arabic and English from i18n-iso-countries, and from
// lexicons/countries.json the press's other names, demonyms (inflected here), capitals and
// seats of government used for the state, and major cities (which place, not stand for, a state).
import { createRequire } from 'node:module';
import countriesLib from 'i18n-iso-countries';
import ctz from 'countries-and-timezones';
import { countries as countriesList } from 'countries-list';
import { lexicons } from './lexicon.ts';
import { Gazetteer } from './gazetteer.ts';
import { normalizePhrase } from './normalize.ts';

const require = createRequire(import.meta.url);
countriesLib.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

export type CountryMentionKind = 'name' | 'demonym' | 'capital' | 'seat' | 'city';

export interface CountryRef {
  code: string;
  kind: CountryMentionKind;
  /** A city or capital's name as written in the lexicon, for datelines and event places. */
  place?: string;
  rule: string;
  confidence: number;
}

export interface CountryInfo {
  code: string;
  nameEn: string;
  nameAr: string;
  aliases: string[];
  demonymEn?: string;
  demonymAr?: string;
}

const CONFIDENCE: Record<CountryMentionKind, number> = {
  name: 0.97,
  demonym: 0.9,
  capital: 0.85,
  seat: 0.85,
  city: 0.8,
};

/** Masculine singular nisba (روسي) to all its forms, definite and not (الروسية، روسيون …). */
export function inflectNisba(base: string): string[] {
  const words = base.trim().split(/\s+/);
  const endings = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];
  const out: string[] = [];
  for (const e of endings) {
    const forms = words.map((w) => w + e);
    out.push(forms.join(' '), forms.map((w) => 'ال' + w).join(' '));
  }
  return out;
}

/**
 * countries-list's capital. A capital that is also a given name (Victoria, Douglas) would mark
 * people as states; it is kept only for the states the lexicon covers, whose capitals (Riyadh)
 * are news datelines far more often than names.
 */
function englishCapital(code: string, given: Set<string>, covered: boolean): string[] {
  const capital = (countriesList as Record<string, { capital?: string }>)[code]?.capital;
  return capital && (covered || !given.has(capital.toLowerCase())) ? [capital] : [];
}

interface Built {
  gazetteer: Gazetteer<CountryRef>;
  info: Map<string, CountryInfo>;
  /** Normalised place name (capital or city) -> country and IANA zone, for datelines. */
  places: Map<string, { code: string; zone: string | null; name: string }>;
}

let built: Built | undefined;

export function countryData(): Built {
  if (built) return built;
  const lex = lexicons().countries;
  const gazetteer = new Gazetteer<CountryRef>();
  const info = new Map<string, CountryInfo>();
  const places = new Map<string, { code: string; zone: string | null; name: string }>();
  const ambiguous = new Set<string>();
  const givenEn = new Set(lexicons().firstNames.en.map((n) => n.toLowerCase()));
  for (const e of Object.values(lex)) for (const a of e.ambiguousAr ?? []) ambiguous.add(normalizePhrase(a));

  const add = (phrase: string, ref: CountryRef, latin: boolean) => {
    if (!latin && ambiguous.has(normalizePhrase(phrase))) return;
    // English proper names are matched with their case (Turkey, not turkey; US, not us).
    gazetteer.add(phrase, ref, latin);
  };

  for (const code of Object.keys(countriesLib.getAlpha2Codes())) {
    const extra = lex[code] ?? {};
    const ar = countriesLib.getName(code, 'ar', { select: 'all' }) ?? [];
    const en = countriesLib.getName(code, 'en', { select: 'all' }) ?? [];
    const namesAr = [...ar, ...(extra.namesAr ?? [])];
    const namesEn = [...en, ...(extra.namesEn ?? [])];
    const rule = (k: CountryMentionKind) => ({ code, kind: k, rule: `country.${k}`, confidence: CONFIDENCE[k] });
    for (const n of namesAr) add(n, rule('name'), false);
    for (const n of namesEn) add(n, rule('name'), true);
    for (const d of extra.demonymAr ?? []) for (const f of inflectNisba(d)) add(f, rule('demonym'), false);
    for (const p of extra.pluralAr ?? []) for (const f of [p, 'ال' + p]) add(f, rule('demonym'), false);
    for (const d of [...(extra.demonymEn ?? []), ...(extra.pluralEn ?? [])]) add(d, rule('demonym'), true);
    for (const s of extra.seatsAr ?? []) add(s, rule('seat'), false);
    for (const s of extra.seatsEn ?? []) add(s, rule('seat'), true);
    const zones = ctz.getCountry(code)?.timezones ?? [];
    // a city's own zone where the lexicon gives one; else the country's first (its capital's)
    // zone, unless the lexicon says the country spans several zones
    const zoneOf = (city: string) => extra.timezones?.[city] ?? (extra.timezones ? null : (zones[0] ?? null));
    const cityLists: [string[], CountryMentionKind, boolean][] = [
      [extra.capitalAr ?? [], 'capital', false],
      // the English capital comes from countries-list (the lexicon lists only other spellings)
      [[...englishCapital(code, givenEn, code in lex), ...(extra.capitalEn ?? [])], 'capital', true],
      [extra.citiesAr ?? [], 'city', false],
      [extra.citiesEn ?? [], 'city', true],
    ];
    for (const [list, kind, latin] of cityLists) {
      for (const c of list) {
        add(c, { ...rule(kind), place: c }, latin);
        const key = normalizePhrase(c);
        if (!places.has(key)) places.set(key, { code, zone: zoneOf(c), name: c });
      }
    }
    for (const c of extra.datelines ?? []) places.set(normalizePhrase(c), { code, zone: zoneOf(c), name: c });
    info.set(code, {
      code,
      nameEn: en[0] ?? code,
      nameAr: ar[0] ?? namesAr[0] ?? code,
      aliases: [...new Set([...namesAr, ...namesEn])],
      demonymEn: extra.demonymEn?.[0],
      demonymAr: extra.demonymAr?.[0],
    });
  }
  built = { gazetteer, info, places };
  return built;
}
