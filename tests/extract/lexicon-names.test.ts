// Checks the first-names lexicon as data: the extractor looks its entries up by normalised
// token, so an entry that is not one token, repeats another after normalisation, or sits in
// both a plain and an ambiguous list would silently change what the extractor decides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../server/extract/normalize.ts';
import { tokenize } from '../../server/extract/tokens.ts';

const FILE = new URL('../../server/extract/lexicons/first-names.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');

const KEYS = ['ar', 'arAmbiguous', 'arFamilyFirst', 'en', 'enAmbiguous', 'enFamilyFirst'] as const;
type Key = (typeof KEYS)[number];

const lex = JSON.parse(text) as Record<Key, string[]>;

// Letters only: a diacritic, digit, space, hyphen or apostrophe would make the entry either
// two tokens or a form the normaliser never produces from running text.
const ARABIC_WORD = /^(?:(?=\p{Script=Arabic})\p{L})+$/u;
const LATIN_NAME = /^\p{Lu}(?:(?=\p{Script=Latin})\p{L})*$/u;

function duplicates(list: string[]): string[] {
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const name of list) {
    const key = normalize(name);
    const first = seen.get(key);
    if (first !== undefined) dups.push(`${first} = ${name}`);
    else seen.set(key, name);
  }
  return dups;
}

function shared(a: string[], b: string[]): string[] {
  const inB = new Set(b.map(normalize));
  return a.filter((name) => inB.has(normalize(name)));
}

describe('first-names lexicon', () => {
  it('is a JSON object whose six lists hold strings', () => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    for (const key of KEYS) {
      expect(Array.isArray(lex[key]), key).toBe(true);
      expect(
        lex[key].filter((v) => typeof v !== 'string'),
        key,
      ).toEqual([]);
    }
  });

  it('has at least 900 plain given names in each language', () => {
    expect(lex.ar.length).toBeGreaterThanOrEqual(900);
    expect(lex.en.length).toBeGreaterThanOrEqual(900);
    for (const key of KEYS) expect(lex[key].length, key).toBeGreaterThan(0);
  });

  it('has no duplicates after normalisation within a list', () => {
    for (const key of KEYS) expect(duplicates(lex[key]), key).toEqual([]);
  });

  it('keeps plain, ambiguous and family-first lists apart', () => {
    for (const lang of ['ar', 'en'] as const) {
      const plain = lex[lang];
      const ambiguous = lex[`${lang}Ambiguous`];
      const family = lex[`${lang}FamilyFirst`];
      expect(shared(plain, ambiguous), `${lang} / ambiguous`).toEqual([]);
      expect(shared(plain, family), `${lang} / family-first`).toEqual([]);
      expect(shared(ambiguous, family), `${lang} ambiguous / family-first`).toEqual([]);
    }
  });

  it('writes Arabic lists in Arabic letters and English lists as capitalised Latin words', () => {
    for (const key of ['ar', 'arAmbiguous', 'arFamilyFirst'] as const) {
      expect(
        lex[key].filter((n) => !ARABIC_WORD.test(n)),
        key,
      ).toEqual([]);
    }
    for (const key of ['en', 'enAmbiguous', 'enFamilyFirst'] as const) {
      expect(
        lex[key].filter((n) => !LATIN_NAME.test(n)),
        key,
      ).toEqual([]);
    }
  });

  it('holds only entries the tokenizer reads as one word', () => {
    for (const key of KEYS) {
      const split = lex[key].filter((name) => {
        const tokens = tokenize(name);
        return tokens.length !== 1 || tokens[0]?.kind !== 'word' || tokens[0].norm !== normalize(name);
      });
      expect(split, key).toEqual([]);
    }
  });

  it('keeps common news words out of the plain lists', () => {
    // Words the team named as never-a-name-alone; a regression here would make the extractor
    // start a person's name at «أمل» (hope) or "Will".
    const arWords = [
      'أمل',
      'سلام',
      'نصر',
      'جمال',
      'عادل',
      'كريم',
      'سعيد',
      'منير',
      'نور',
      'صباح',
      'هدى',
      'وفاء',
      'أمين',
      'رئيس',
      'ملك',
    ];
    const enWords = [
      'Will',
      'May',
      'Mark',
      'Bill',
      'Rose',
      'Hope',
      'Grace',
      'Summer',
      'Sue',
      'Pat',
      'Guy',
      'Art',
    ];
    expect(shared(arWords, lex.ar)).toEqual([]);
    expect(shared(enWords, lex.en)).toEqual([]);
    expect(shared(arWords, lex.arAmbiguous)).toEqual(arWords);
    expect(shared(enWords, lex.enAmbiguous)).toEqual(enWords);
  });

  it('finds names in their usual spellings whatever the hamza or final letter', () => {
    const ar = new Set(lex.ar.map(normalize));
    // Spelled here as a writer might, not as listed: normalisation must bring them together.
    for (const name of [
      'ابراهيم',
      'اسامه',
      'مصطفي',
      'فاطمه',
      'ديفيد',
      'ديفد',
      'سيرغي',
      'سيرجي',
      'انطوني',
      'عبدالله',
    ])
      expect(ar.has(normalize(name)), name).toBe(true);
    const en = new Set(lex.en.map(normalize));
    for (const name of ['MOHAMMED', 'muhammad', 'Sergei', 'Sergey', 'Volodymyr', 'Francois', 'François'])
      expect(en.has(normalize(name)), name).toBe(true);
    const fam = new Set([...lex.arFamilyFirst, ...lex.enFamilyFirst].map(normalize));
    for (const name of ['ماو', 'كيم', 'شي', 'Xi', 'Kim', 'Yoon'])
      expect(fam.has(normalize(name)), name).toBe(true);
  });
});
