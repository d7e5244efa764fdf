// Country records for the graph, built from two maintained packages rather than a hand-kept
// list: i18n-iso-countries gives the Arabic and English names (and their variants),
// countries-list the continent and the common English aliases (e.g. "DPRK").
import { createRequire } from 'node:module';
import countriesIso from 'i18n-iso-countries';
import { continents, countries as countryList } from 'countries-list';

const require = createRequire(import.meta.url);
countriesIso.registerLocale(require('i18n-iso-countries/langs/en.json'));
countriesIso.registerLocale(require('i18n-iso-countries/langs/ar.json'));

export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  nameAr: string | null;
  aliases: string[];
  aliasText: string;
  region: string | null;
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

let cache: CountryRecord[] | null = null;

/** Every ISO 3166-1 country, sorted by code. */
export function allCountries(): CountryRecord[] {
  if (cache) return cache;
  const en = countriesIso.getNames('en', { select: 'all' });
  const ar = countriesIso.getNames('ar', { select: 'all' });
  cache = Object.keys(countriesIso.getAlpha2Codes())
    .sort()
    .map((code) => {
      const listed = (countryList as Record<string, { name: string; alias?: string[]; continent: string }>)[code];
      const enNames = asList(en[code]);
      const arNames = asList(ar[code]);
      const nameEn = listed?.name ?? enNames[0] ?? code;
      const aliases = [...new Set([nameEn, ...enNames, ...(listed?.alias ?? []), ...arNames])];
      return {
        id: `country:${code}`,
        code,
        name: nameEn,
        nameEn,
        nameAr: arNames[0] ?? null,
        aliases,
        aliasText: aliases.join(' | '),
        region: listed ? ((continents as Record<string, string>)[listed.continent] ?? null) : null,
      };
    });
  return cache;
}

let byCode: Map<string, CountryRecord> | null = null;

export function countryByCode(code: string): CountryRecord | undefined {
  byCode ??= new Map(allCountries().map((c) => [c.code, c]));
  return byCode.get(code.toUpperCase());
}
