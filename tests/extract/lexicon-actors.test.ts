// Checks the curated actor lexicon (server/extract/lexicons/actors.json) as data: its shape,
// its ids, and above all that no name form can resolve to two actors, since the extractor
// joins a mention to an actor by exact lookup of the normalised form.
import { PERSON_OFFICES } from './offices.ts';
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../../server/extract/normalize.ts';

const FILE = new URL('../../server/extract/lexicons/actors.json', import.meta.url);
const INSTITUTIONS = new URL('../../server/extract/lexicons/institutions.json', import.meta.url);

const TYPES = new Set(['PERSON', 'ORGANIZATION', 'MEDIA', 'GROUP']);
const MEDIUMS = new Set(['newspaper', 'agency', 'channel', 'website', 'radio', 'magazine']);
const OFFICES = new Set(PERSON_OFFICES);
const KEYS = new Set([
  'id',
  'type',
  'en',
  'ar',
  'aliasesEn',
  'aliasesAr',
  'shortAr',
  'shortEn',
  'country',
  'role',
  'gender',
  'medium',
  'offices',
]);
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;

interface Office {
  office: string;
  country?: string;
  org?: string;
  from?: number;
  to: number | null;
}
interface Actor {
  id: string;
  type: string;
  en: string;
  ar: string;
  aliasesEn: string[];
  aliasesAr: string[];
  shortAr?: string[];
  shortEn?: string[];
  country?: string;
  role?: string;
  gender?: string;
  medium?: string;
  offices?: Office[];
}

/** Name forms are compared as the extractor's gazetteer compares them: Arabic letter forms,
 *  diacritics and tatweel folded, case folded, punctuation dropped. */
const norm = normalizePhrase;

const fullNames = (a: Actor): string[] => [a.en, a.ar, ...a.aliasesEn, ...a.aliasesAr];
const shortNames = (a: Actor): string[] => [...(a.shortEn ?? []), ...(a.shortAr ?? [])];

const text = readFileSync(FILE, 'utf8');
const actors = JSON.parse(text) as Actor[];
const byId = new Map(actors.map((a) => [a.id, a]));

/** Which actor a full name form resolves to; built once, checked for clashes below. */
function ownersOf(name: string): string[] {
  const n = norm(name);
  return actors.filter((a) => fullNames(a).some((x) => norm(x) === n)).map((a) => a.id);
}

describe('actor lexicon', () => {
  it('is a JSON array of at least 450 entries, sorted by id', () => {
    expect(Array.isArray(actors)).toBe(true);
    expect(actors.length).toBeGreaterThanOrEqual(450);
    const ids = actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique, well-formed ids', () => {
    const seen = new Set<string>();
    for (const a of actors) {
      expect(a.id, a.id).toMatch(/^actor:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen.has(a.id), `duplicate ${a.id}`).toBe(false);
      seen.add(a.id);
    }
  });

  it('gives every entry a valid type, an English and an Arabic name, and no unknown field', () => {
    for (const a of actors) {
      expect(
        Object.keys(a).filter((k) => !KEYS.has(k)),
        a.id,
      ).toEqual([]);
      expect(TYPES.has(a.type), `${a.id} type ${a.type}`).toBe(true);
      expect(typeof a.en === 'string' && a.en.trim() === a.en && a.en.length > 0, a.id).toBe(true);
      expect(typeof a.ar === 'string' && a.ar.trim() === a.ar && ARABIC.test(a.ar), a.id).toBe(true);
      expect(ARABIC.test(a.en), `${a.id} en is Arabic`).toBe(false);
      expect(typeof a.role === 'string' && a.role.length > 0, `${a.id} role`).toBe(true);
    }
  });

  it('writes English aliases in Latin script and Arabic aliases in Arabic script', () => {
    for (const a of actors) {
      expect(Array.isArray(a.aliasesEn) && Array.isArray(a.aliasesAr), a.id).toBe(true);
      for (const x of [...a.aliasesEn, ...(a.shortEn ?? [])]) {
        expect(x.trim() === x && x.length > 0 && !ARABIC.test(x), `${a.id}: "${x}"`).toBe(true);
      }
      for (const x of [...a.aliasesAr, ...(a.shortAr ?? [])]) {
        expect(x.trim() === x && ARABIC.test(x) && !LATIN.test(x), `${a.id}: "${x}"`).toBe(true);
      }
    }
  });

  it('uses ISO 3166-1 alpha-2 country codes', () => {
    for (const a of actors) {
      const codes = [a.country, ...(a.offices ?? []).map((o) => o.country)].filter(
        (c): c is string => c !== undefined,
      );
      for (const c of codes) {
        expect(/^[A-Z]{2}$/.test(c) && countries.isValid(c), `${a.id}: ${c}`).toBe(true);
      }
    }
  });

  it('never lets one name form resolve to two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actors) {
      for (const n of new Set(fullNames(a).map(norm))) {
        const other = owner.get(n);
        if (other !== undefined && other !== a.id) clashes.push(`"${n}": ${other} / ${a.id}`);
        owner.set(n, a.id);
      }
    }
    expect(clashes).toEqual([]);
    // A short form waits for the full name in the same article; if it were another actor's
    // full name it would resolve on its own to that other actor.
    const shadowed = actors.flatMap((a) =>
      shortNames(a)
        .filter((s) => owner.has(norm(s)) && owner.get(norm(s)) !== a.id)
        .map((s) => `${a.id} short "${s}" is a name of ${owner.get(norm(s))}`),
    );
    expect(shadowed).toEqual([]);
  });

  it('keeps bare common words out of the names that resolve on their own', () => {
    // Words the issue names as common words, places or region names in news text.
    const common = [
      'الشرق',
      'الحياة',
      'النهار',
      'الرياض',
      'الوطن',
      'الخليج',
      'البيان',
      'الأيام',
      'الاتحاد',
      'الجزيرة',
      'العربية',
      'الغرب',
      'القاعدة',
      'Post',
      'Times',
      'Sun',
      'Mirror',
      'Nation',
      'Independent',
      'Hill',
    ].map(norm);
    const found = actors.flatMap((a) =>
      fullNames(a)
        .filter((x) => common.includes(norm(x)))
        .map((x) => `${a.id}: "${x}"`),
    );
    expect(found).toEqual([]);
  });

  it('gives offices from the fixed list, with a state or an existing body and sane years', () => {
    for (const a of actors) {
      if (a.offices === undefined) continue;
      expect(a.type, `${a.id} has offices`).toBe('PERSON');
      expect(a.offices.length, a.id).toBeGreaterThan(0);
      for (const o of a.offices) {
        const where = `${a.id} ${JSON.stringify(o)}`;
        expect(
          Object.keys(o).every((k) => ['office', 'country', 'org', 'from', 'to'].includes(k)),
          where,
        ).toBe(true);
        expect(OFFICES.has(o.office), where).toBe(true);
        expect((o.country === undefined) !== (o.org === undefined), where).toBe(true);
        if (o.org !== undefined) expect(byId.has(o.org) && o.org !== a.id, where).toBe(true);
        if (o.from !== undefined)
          expect(Number.isInteger(o.from) && o.from >= 1900 && o.from <= 2100, where).toBe(true);
        expect(
          o.to === null || (Number.isInteger(o.to) && o.to >= (o.from ?? 1900) && o.to <= 2100),
          where,
        ).toBe(true);
      }
    }
  });

  it('gives MEDIA a medium and PERSON a gender, and nobody else either', () => {
    for (const a of actors) {
      if (a.type === 'MEDIA') expect(MEDIUMS.has(a.medium ?? ''), `${a.id} medium`).toBe(true);
      else expect(a.medium, `${a.id} medium`).toBeUndefined();
      if (a.type === 'PERSON') expect(['m', 'f'].includes(a.gender ?? ''), `${a.id} gender`).toBe(true);
      else expect(a.gender, `${a.id} gender`).toBeUndefined();
    }
  });

  it('names state institutions with the id the extractor gives them (actor:<country>-<institution>)', () => {
    // The extractor builds «وزارة الخارجية الروسية» as actor:ru-foreign-ministry from the
    // institutions lexicon; a curated entry for the same body must carry that id, or the
    // graph would hold the body twice.
    const keys = new Set(
      (JSON.parse(readFileSync(INSTITUTIONS, 'utf8')) as { key: string }[]).map((i) => i.key),
    );
    const wrong = actors.flatMap((a) => {
      const m = /^actor:([a-z]{2})-(.+)$/.exec(a.id);
      if (!m || !keys.has(m[2]!)) return [];
      return a.type === 'ORGANIZATION' && a.country === m[1]!.toUpperCase()
        ? []
        : [`${a.id} (${a.type}, ${a.country})`];
    });
    expect(wrong).toEqual([]);
  });

  it('resolves the spelling variants the Arabic press uses to the same actor', () => {
    // Pairs the issue cites; each form alone must find exactly the one actor.
    const variants: [string, string][] = [
      ['زيلينسكي', 'actor:volodymyr-zelensky'],
      ['زيلنسكي', 'actor:volodymyr-zelensky'],
      ['نتنياهو', 'actor:benjamin-netanyahu'],
      ['نتانياهو', 'actor:benjamin-netanyahu'],
      ['غوتيريش', 'actor:antonio-guterres'],
      ['غوتيريس', 'actor:antonio-guterres'],
      ['أ ف ب', 'actor:afp'],
      ['د ب أ', 'actor:dpa'],
      ['واس', 'actor:spa'],
      ['وام', 'actor:wam'],
      ['WSJ', 'actor:wall-street-journal'],
      ['Kim Jong Un', 'actor:kim-jong-un'],
      ['البيت الأبيض', 'actor:us-presidency'],
      ['البنتاغون', 'actor:us-defense-ministry'],
      ['مصرف ليبيا المركزي', 'actor:ly-central-bank'],
      ['المصرف المركزي الليبي', 'actor:ly-central-bank'],
      ['Stephanie Khoury', 'actor:stephanie-koury'],
      ['أونسميل', 'actor:unsmil'],
      ['Mohammed Takala', 'actor:mohamed-takala'],
      ['Farmajo', 'actor:mohamed-abdullahi-farmaajo'],
      ['جبهة تحرير شعب تيغراي', 'actor:tplf'],
      ['Hashd al-Shaabi', 'actor:popular-mobilization-forces'],
      ['معمر الارياني', 'actor:moammar-al-eryani'],
      ['UKMTO', 'actor:ukmto'],
      ['إيكواس', 'actor:ecowas'],
    ];
    for (const [name, id] of variants) expect(ownersOf(name), name).toEqual([id]);
  });
});
