// Validates the geography and actor-head lexicons the extractor reads:
// server/extract/lexicons/{countries,institutions,titles,org-heads,anonymous-sources}.json.
// These files are hand-written data; the checks below catch what hand-editing breaks
// (a typo in an ISO code or a time zone, a name claimed by two countries, a variant the
// packages already give, a title with an unknown office key) before the extractor
// silently mis-tags an article.
import { OFFICES } from './offices.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import isoCountries from 'i18n-iso-countries';
import { countries as countriesList } from 'countries-list';
import ctz from 'countries-and-timezones';

const require = createRequire(import.meta.url);
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const lexiconDir = new URL('../../server/extract/lexicons/', import.meta.url);
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(name, lexiconDir), 'utf8'));

// The matching key for Arabic: diacritics and tatweel dropped, hamza carriers, alif maqsura and
// ta marbuta folded (as the scorer in shared/eval does), Latin lower-cased, punctuation to spaces.
// Two strings with the same key are the same string to the extractor.
function key(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;
const isArabicPhrase = (s: string) => ARABIC.test(s) && !LATIN.test(s) && s === s.trim() && !/\s\s/.test(s);
const isLatinPhrase = (s: string) => LATIN.test(s) && !ARABIC.test(s) && s === s.trim() && !/\s\s/.test(s);
/** Definite Arabic phrase: the article (ال) is on its first or its last word (الجيش، وزارة الخارجية). */
const isDefinite = (s: string) => {
  const w = s.split(' ');
  return w[0]!.startsWith('ال') || w[w.length - 1]!.startsWith('ال');
};

/** Keys that occur twice in one list (after normalisation). */
function duplicates(list: string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const s of list) {
    const k = key(s);
    if (seen.has(k)) dup.push(s);
    seen.add(k);
  }
  return dup;
}

// ---------------------------------------------------------------------------------------------
// countries.json

interface CountryEntry {
  namesAr: string[];
  namesEn: string[];
  demonymAr: string[];
  pluralAr: string[];
  demonymEn: string[];
  pluralEn: string[];
  capitalAr: string[];
  capitalEn: string[];
  seatsAr: string[];
  seatsEn: string[];
  citiesAr: string[];
  citiesEn: string[];
  timezones?: Record<string, string>;
  datelines?: string[];
  ambiguousAr?: string[];
  ambiguousEn?: string[];
}

const AR_LISTS = ['namesAr', 'demonymAr', 'pluralAr', 'capitalAr', 'seatsAr', 'citiesAr'] as const;
const EN_LISTS = ['namesEn', 'demonymEn', 'pluralEn', 'capitalEn', 'seatsEn', 'citiesEn'] as const;
const REQUIRED_LISTS = [...AR_LISTS, ...EN_LISTS];
const OPTIONAL_FIELDS = ['timezones', 'ambiguousAr', 'ambiguousEn', 'datelines'];

const ARAB_LEAGUE = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');
const G20 = 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US'.split(' ');
const NAMED_IN_BRIEF = 'IR IL PS UA TW KP KR'.split(' ');
const EUROPE = Object.entries(countriesList)
  .filter(([code, c]) => c.continent === 'EU' && isoCountries.isValid(code))
  // Kosovo has no ISO 3166-1 code; the rest are dependencies, not states the press names as such.
  .filter(([code]) => !['XK', 'AX', 'FO', 'GG', 'GI', 'IM', 'JE', 'SJ'].includes(code))
  .map(([code]) => code);

const countries = load('countries.json') as Record<string, CountryEntry>;
const codes = Object.keys(countries);
const arNamesOf = (code: string): string[] => isoCountries.getName(code, 'ar', { select: 'all' }) ?? [];
const enNamesOf = (code: string): string[] => isoCountries.getName(code, 'en', { select: 'all' }) ?? [];

describe('countries.json', () => {
  it('is keyed by real ISO 3166-1 alpha-2 codes and covers the countries the press names', () => {
    expect(codes.length).toBeGreaterThanOrEqual(120);
    for (const code of codes) {
      expect(code, code).toMatch(/^[A-Z]{2}$/);
      expect(isoCountries.isValid(code), `${code} is not ISO 3166-1`).toBe(true);
      expect(code, 'Kosovo has no ISO code: leave it out').not.toBe('XK');
    }
    const wanted = new Set([...ARAB_LEAGUE, ...G20, ...NAMED_IN_BRIEF, ...EUROPE]);
    expect([...wanted].filter((c) => !countries[c])).toEqual([]);
  });

  it('has every list field, with Arabic in Arabic fields and Latin in English ones', () => {
    for (const [code, e] of Object.entries(countries)) {
      const fields = Object.keys(e);
      const unknown = fields.filter(
        (f) => !(REQUIRED_LISTS as readonly string[]).includes(f) && !OPTIONAL_FIELDS.includes(f),
      );
      expect(unknown, `${code}: unknown fields`).toEqual([]);
      for (const f of REQUIRED_LISTS) expect(Array.isArray(e[f]), `${code}.${f}`).toBe(true);
      for (const f of [...AR_LISTS, 'ambiguousAr'] as const)
        for (const s of e[f] ?? []) expect(isArabicPhrase(s), `${code}.${f}: «${s}»`).toBe(true);
      for (const f of [...EN_LISTS, 'ambiguousEn'] as const)
        for (const s of e[f] ?? []) expect(isLatinPhrase(s), `${code}.${f}: "${s}"`).toBe(true);
    }
  });

  it('gives demonyms and a capital for the Arab League, the G20 and the states the brief names', () => {
    for (const code of new Set([...ARAB_LEAGUE, ...G20, ...NAMED_IN_BRIEF])) {
      const e = countries[code]!;
      // Comoros' nisba (قمري) is the everyday word for "lunar", so it is listed as ambiguous only.
      if (code !== 'KM') expect(e.demonymAr.length, `${code}.demonymAr`).toBeGreaterThan(0);
      expect(e.demonymEn.length, `${code}.demonymEn`).toBeGreaterThan(0);
      expect(e.capitalAr.length, `${code}.capitalAr`).toBeGreaterThan(0);
    }
  });

  it('lists Arabic demonyms and plurals without the article, as bases the extractor inflects', () => {
    for (const [code, e] of Object.entries(countries)) {
      for (const d of [...e.demonymAr, ...e.pluralAr])
        expect(d.startsWith('ال'), `${code}: «${d}»`).toBe(false);
      // A masculine singular nisba ends in ي (كوري شمالي; in جنوب أفريقي only the last word is one).
      for (const d of e.demonymAr) expect(d.endsWith('ي'), `${code}: «${d}»`).toBe(true);
    }
  });

  it('repeats nothing within a list and nothing the packages already give', () => {
    for (const [code, e] of Object.entries(countries)) {
      for (const f of [...REQUIRED_LISTS, 'ambiguousAr', 'ambiguousEn'] as const)
        expect(duplicates(e[f] ?? []), `${code}.${f}`).toEqual([]);
      const pkgAr = new Set(arNamesOf(code).map(key));
      const pkgEn = new Set(enNamesOf(code).map(key));
      expect(
        e.namesAr.filter((n) => pkgAr.has(key(n))),
        `${code}.namesAr repeats i18n-iso-countries`,
      ).toEqual([]);
      expect(
        e.namesEn.filter((n) => pkgEn.has(key(n))),
        `${code}.namesEn repeats i18n-iso-countries`,
      ).toEqual([]);
      const capital = (countriesList as Record<string, { capital: string }>)[code]?.capital ?? '';
      expect(
        e.capitalEn.filter((n) => key(n) === key(capital)),
        `${code}.capitalEn repeats countries-list`,
      ).toEqual([]);
    }
  });

  it('gives no Arabic form to two countries unless both list it as ambiguous', () => {
    // Every ISO country's package names count: the extractor recognises all of them.
    const owners = new Map<string, Set<string>>();
    const claim = (s: string, code: string) => {
      const k = key(s);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(code);
    };
    for (const code of Object.keys(isoCountries.getAlpha2Codes()))
      for (const n of arNamesOf(code)) claim(n, code);
    for (const [code, e] of Object.entries(countries))
      for (const f of AR_LISTS) for (const s of e[f]) claim(s, code);
    const unmarked: string[] = [];
    for (const [k, who] of owners) {
      if (who.size < 2) continue;
      for (const code of who) {
        const amb = new Set((countries[code]?.ambiguousAr ?? []).map(key));
        if (!amb.has(k)) unmarked.push(`«${k}» ${[...who].join('/')}: not in ${code}.ambiguousAr`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('gives no English form to two countries unless both list it as ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    const claim = (s: string, code: string) => {
      const k = key(s);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(code);
    };
    for (const code of Object.keys(isoCountries.getAlpha2Codes()))
      for (const n of enNamesOf(code)) claim(n, code);
    for (const [code, e] of Object.entries(countries)) {
      for (const f of EN_LISTS) for (const s of e[f]) claim(s, code);
      const capital = (countriesList as Record<string, { capital: string }>)[code]?.capital;
      if (capital) claim(capital, code);
    }
    const unmarked: string[] = [];
    for (const [k, who] of owners) {
      if (who.size < 2) continue;
      for (const code of who) {
        const amb = new Set((countries[code]?.ambiguousEn ?? []).map(key));
        if (!amb.has(k)) unmarked.push(`"${k}" ${[...who].join('/')}: not in ${code}.ambiguousEn`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('maps dateline cities to valid IANA zones of that country, only where it has several', () => {
    const zoned = Object.entries(countries).filter(([, e]) => e.timezones);
    expect(zoned.map(([c]) => c)).toEqual(expect.arrayContaining(['US', 'RU', 'BR', 'AU', 'CA', 'ID', 'MX']));
    for (const [code, e] of zoned) {
      expect(new Set(ctz.getCountry(code)?.timezones ?? []).size, `${code} has one zone`).toBeGreaterThan(1);
      const places = new Set([...e.capitalAr, ...e.capitalEn, ...e.citiesAr, ...e.citiesEn, ...(e.datelines ?? [])]);
      for (const [city, zone] of Object.entries(e.timezones!)) {
        expect(places.has(city), `${code}: «${city}» is not one of its capitals or cities`).toBe(true);
        expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${code}: ${zone}`).not.toThrow();
        expect(ctz.getTimezone(zone)?.countries ?? [], `${code}: ${zone} is not a zone of ${code}`).toContain(
          code,
        );
      }
      // A dateline in a multi-zone country needs its zone: every listed place has one.
      for (const p of places) expect(e.timezones![p], `${code}: no zone for «${p}»`).toBeDefined();
    }
  });

  it('marks the known clashes as ambiguous', () => {
    // Oman and Amman are one string once diacritics go; كوريا alone names neither Korea.
    expect(countries.OM!.ambiguousAr).toContain('عمان');
    expect(countries.JO!.ambiguousAr).toContain('عمان');
    expect(countries.KR!.ambiguousAr).toContain('كوريا');
    expect(countries.GE!.ambiguousAr).toContain('جورجيا');
    // Gaza and the West Bank stand for Palestine.
    const ps = [...countries.PS!.namesAr, ...countries.PS!.citiesAr].map(key);
    for (const n of ['غزة', 'قطاع غزة', 'الضفة الغربية', 'رام الله', 'القدس الشرقية'])
      expect(ps.includes(key(n)) || countries.PS!.capitalAr.map(key).includes(key(n)), n).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// institutions.json

interface Institution {
  key: string;
  en: string;
  enVariants: string[];
  ar: string[];
  arConstruct: string[];
  gender: 'm' | 'f';
  type: string;
}

const institutions = load('institutions.json') as Institution[];

describe('institutions.json', () => {
  it('has well-formed entries', () => {
    expect(Array.isArray(institutions)).toBe(true);
    expect(institutions.length).toBeGreaterThanOrEqual(28);
    for (const i of institutions) {
      expect(Object.keys(i).sort(), i.key).toEqual([
        'ar',
        'arConstruct',
        'en',
        'enVariants',
        'gender',
        'key',
        'type',
      ]);
      expect(i.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(isLatinPhrase(i.en), i.key).toBe(true);
      for (const v of i.enVariants) expect(isLatinPhrase(v), `${i.key}: ${v}`).toBe(true);
      expect(i.ar.length, i.key).toBeGreaterThan(0);
      expect(['m', 'f']).toContain(i.gender);
      expect(i.type).toBe('ORGANIZATION');
      // "ar" goes before an adjective (الجيش الروسي), so it is definite; "arConstruct" goes before a
      // country's name (وزارة خارجية روسيا), so it is not.
      for (const a of i.ar) expect(isArabicPhrase(a) && isDefinite(a), `${i.key}: «${a}»`).toBe(true);
      for (const a of i.arConstruct) {
        expect(isArabicPhrase(a), `${i.key}: «${a}»`).toBe(true);
        expect(a.split(' ').at(-1)!.startsWith('ال'), `${i.key}: «${a}» must end indefinite`).toBe(false);
      }
    }
  });

  it('gives each head noun to one entry, and each key one entry per gender', () => {
    expect(duplicates(institutions.flatMap((i) => [...i.ar, ...i.arConstruct]))).toEqual([]);
    expect(duplicates(institutions.map((i) => `${i.key} ${i.gender}`))).toEqual([]);
    // Entries of one key (its two genders) share the English name, which names the actor; any
    // other English form belongs to one key. English is matched with its case, so compare exactly.
    const keyOf = new Map<string, string>();
    for (const i of institutions) {
      expect(i.en, i.key).toBe(institutions.find((j) => j.key === i.key)!.en);
      for (const e of [i.en, ...i.enVariants]) {
        expect(keyOf.get(e) ?? i.key, `"${e}"`).toBe(i.key);
        keyOf.set(e, i.key);
      }
    }
  });

  it('covers the institutions the press names by nationality', () => {
    const keys = new Set(institutions.map((i) => i.key));
    const wanted = [
      'army',
      'armed-forces',
      'air-force',
      'navy',
      'special-forces',
      'intelligence',
      'police',
      'government',
      'cabinet',
      'presidency',
      'parliament',
      'foreign-ministry',
      'defense-ministry',
      'interior-ministry',
      'finance-ministry',
      'economy-ministry',
      'health-ministry',
      'central-bank',
      'embassy',
      'security-forces',
      // not 'forces': «القوات الروسية» is the state acting (a country mention), not a body of its own
      'revolutionary-guard',
      'coast-guard',
      'border-guard',
      'prosecutor',
      'courts',
      'judiciary',
      'ruling-party',
      'opposition',
    ];
    expect(wanted.filter((k) => !keys.has(k))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// titles.json

const KINDS = ['office', 'rank', 'spokesperson', 'profession', 'honorific'];

interface Title {
  ar: string[];
  en: string[];
  office?: string;
  gender: 'm' | 'f';
  kind: string;
}

const titles = load('titles.json') as Title[];

describe('titles.json', () => {
  it('has well-formed entries with office keys from the fixed list', () => {
    expect(Array.isArray(titles)).toBe(true);
    expect(titles.length).toBeGreaterThanOrEqual(55);
    for (const t of titles) {
      const label = t.ar[0] ?? JSON.stringify(t);
      const extra = Object.keys(t).filter((k) => !['ar', 'en', 'office', 'gender', 'kind'].includes(k));
      expect(extra, label).toEqual([]);
      expect(t.ar.length, label).toBeGreaterThan(0);
      expect(t.en.length, label).toBeGreaterThan(0);
      for (const a of t.ar) expect(isArabicPhrase(a), `«${a}»`).toBe(true);
      for (const e of t.en) expect(isLatinPhrase(e), `"${e}"`).toBe(true);
      expect(['m', 'f'], label).toContain(t.gender);
      expect(KINDS, label).toContain(t.kind);
      if (t.office !== undefined) expect(OFFICES, label).toContain(t.office);
      if (t.kind === 'spokesperson') for (const a of t.ar) expect(a, label).toMatch(/باسم$/);
    }
  });

  it('gives each Arabic form one entry, so a title has one office and one gender', () => {
    expect(duplicates(titles.flatMap((t) => t.ar))).toEqual([]);
  });

  it('covers every office key, and both genders of the offices women hold in the news', () => {
    const have = new Set(titles.map((t) => t.office).filter(Boolean));
    expect(OFFICES.filter((o) => !have.has(o))).toEqual([]);
    for (const office of [
      'president',
      'prime-minister',
      'foreign-minister',
      'defense-minister',
      'ambassador',
      'envoy',
      'mp',
      'spokesperson',
      'minister',
    ]) {
      const genders = new Set(titles.filter((t) => t.office === office).map((t) => t.gender));
      expect([...genders].sort(), office).toEqual(['f', 'm']);
    }
    for (const kind of KINDS)
      expect(
        titles.some((t) => t.kind === kind),
        kind,
      ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// org-heads.json

const MEDIA = ['newspaper', 'agency', 'channel', 'website', 'radio', 'magazine'];

interface OrgHead {
  ar: string[];
  en: string[];
  type: 'MEDIA' | 'ORGANIZATION';
  medium?: string;
  gender: 'm' | 'f';
  resolveAr?: string[];
  resolveEn?: string[];
}

const orgHeads = load('org-heads.json') as OrgHead[];

describe('org-heads.json', () => {
  it('has well-formed entries', () => {
    expect(orgHeads.length).toBeGreaterThanOrEqual(25);
    for (const h of orgHeads) {
      const label = h.ar[0] ?? JSON.stringify(h);
      const extra = Object.keys(h).filter(
        (k) => !['ar', 'en', 'type', 'medium', 'gender', 'resolveAr', 'resolveEn'].includes(k),
      );
      expect(extra, label).toEqual([]);
      expect(h.ar.length, label).toBeGreaterThan(0);
      expect(h.en.length, label).toBeGreaterThan(0);
      expect(['MEDIA', 'ORGANIZATION'], label).toContain(h.type);
      expect(['m', 'f'], label).toContain(h.gender);
      if (h.type === 'MEDIA') expect(MEDIA, label).toContain(h.medium);
      else expect(h.medium, label).toBeUndefined();
      // A head introduces a name (صحيفة "وول ستريت جورنال"), so it is indefinite; a back-reference
      // (الصحيفة) is definite.
      for (const a of h.ar) expect(isArabicPhrase(a) && !a.startsWith('ال'), `«${a}»`).toBe(true);
      for (const e of h.en) expect(isLatinPhrase(e), `"${e}"`).toBe(true);
      for (const r of h.resolveAr ?? []) expect(isArabicPhrase(r) && r.startsWith('ال'), `«${r}»`).toBe(true);
      for (const r of h.resolveEn ?? []) expect(r, label).toMatch(/^the [a-z ]+$/);
    }
  });

  it('gives each head and each back-reference to one entry', () => {
    expect(duplicates(orgHeads.flatMap((h) => h.ar))).toEqual([]);
    expect(duplicates(orgHeads.flatMap((h) => h.en))).toEqual([]);
    expect(duplicates(orgHeads.flatMap((h) => [...(h.resolveAr ?? []), ...(h.resolveEn ?? [])]))).toEqual([]);
  });

  it('tells a news agency (MEDIA) from any other agency (ORGANIZATION)', () => {
    const of = (a: string) => orgHeads.find((h) => h.ar.map(key).includes(key(a)));
    expect(of('وكالة أنباء')?.type).toBe('MEDIA');
    expect(of('وكالة أنباء')?.medium).toBe('agency');
    expect(of('وكالة')?.type).toBe('ORGANIZATION');
    expect(of('صحيفة')?.medium).toBe('newspaper');
    for (const r of [
      'الصحيفة',
      'الجريدة',
      'الوكالة',
      'القناة',
      'الموقع',
      'المجلة',
      'الحركة',
      'الحزب',
      'الوزارة',
      'المنظمة',
      'الشركة',
    ])
      expect(
        orgHeads.some((h) => (h.resolveAr ?? []).includes(r)),
        r,
      ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// anonymous-sources.json

interface AnonymousSources {
  heads: { key: string; ar: string[]; arPlural: string[]; en: string[]; enPlural: string[] }[];
  modifiersAr: string[];
  modifiersEn: string[];
}

const anonymous = load('anonymous-sources.json') as AnonymousSources;

describe('anonymous-sources.json', () => {
  it('has well-formed heads and modifiers', () => {
    expect(Object.keys(anonymous).sort()).toEqual(['heads', 'modifiersAr', 'modifiersEn']);
    for (const h of anonymous.heads) {
      expect(Object.keys(h).sort(), h.key).toEqual(['ar', 'arPlural', 'en', 'enPlural', 'key']);
      expect(h.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(h.arPlural.length, h.key).toBeGreaterThan(0);
      expect(h.enPlural.length, h.key).toBeGreaterThan(0);
      // Bare forms: the extractor takes the article and proclitics off the text itself.
      for (const a of [...h.ar, ...h.arPlural])
        expect(isArabicPhrase(a) && !a.startsWith('ال'), `${h.key}: «${a}»`).toBe(true);
      for (const e of [...h.en, ...h.enPlural]) expect(isLatinPhrase(e), `${h.key}: "${e}"`).toBe(true);
    }
    for (const m of anonymous.modifiersAr) expect(isArabicPhrase(m), `«${m}»`).toBe(true);
    for (const m of anonymous.modifiersEn) expect(isLatinPhrase(m), `"${m}"`).toBe(true);
  });

  it('gives each form to one head, and never makes a modifier a head', () => {
    const forms = anonymous.heads.flatMap((h) => [...h.ar, ...h.arPlural, ...h.en, ...h.enPlural]);
    expect(duplicates(anonymous.heads.map((h) => h.key))).toEqual([]);
    expect(duplicates(forms)).toEqual([]);
    const heads = new Set(forms.map(key));
    expect([...anonymous.modifiersAr, ...anonymous.modifiersEn].filter((m) => heads.has(key(m)))).toEqual([]);
    expect(duplicates([...anonymous.modifiersAr, ...anonymous.modifiersEn])).toEqual([]);
  });

  it('covers the anonymous sources the brief names', () => {
    const keys = new Set(anonymous.heads.map((h) => h.key));
    for (const k of [
      'officials',
      'sources',
      'diplomats',
      'experts',
      'analysts',
      'witnesses',
      'residents',
      'activists',
      'observers',
    ])
      expect(keys.has(k), k).toBe(true);
    const mods = anonymous.modifiersAr.map(key);
    for (const m of ['رفيع', 'رفيع المستوى', 'كبير', 'مطلع', 'مطلعة', 'مقرب'])
      expect(mods, m).toContain(key(m));
  });
});
