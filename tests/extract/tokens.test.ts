import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizePhrase, asciiDigits } from '../../server/extract/normalize.ts';
import { tokenize } from '../../server/extract/tokens.ts';

describe('normalize', () => {
  it('unifies Arabic letter forms and drops diacritics and tatweel, for matching only', () => {
    expect(normalize('إسرائيل')).toBe(normalize('اسرائيل'));
    expect(normalize('أوكرانيا')).toBe('اوكرانيا');
    expect(normalize('مستشفى')).toBe('مستشفي');
    expect(normalize('الروسيّة')).toBe('الروسيه');
    expect(normalize('عسكريًّا')).toBe('عسكريا');
    expect(normalize('الـقـاهـرة')).toBe('القاهره');
  });
  it('folds punctuation in phrases and Arabic-Indic digits', () => {
    expect(normalizePhrase('«وول ستريت جورنال»')).toBe('وول ستريت جورنال');
    expect(asciiDigits('١٩ يونيو ٢٠٢٤')).toBe('19 يونيو 2024');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'قالت صحيفة "وول ستريت جورنال" إن بوتين زار بيونغ يانغ.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('offers the word without its proclitics (و ف ب ل ك and ال)', () => {
    const forms = (w: string) => tokenize(w)[0]!.forms.map((f) => f.form);
    expect(forms('وبروسيا')).toContain('روسيا');
    expect(forms('لكوريا')).toContain('كوريا');
    expect(forms('والصين')).toContain('الصين');
    expect(forms('للولايات')).toContain('الولايات');
    expect(forms('الروسي')).toContain('روسي');
  });
  it('reads U.S. as one word and drops hyphens inside names', () => {
    expect(tokenize('the U.S. and Kim Jong-un').map((t) => t.norm)).toEqual(['the', 'us', 'and', 'kim', 'jong', 'un']);
  });
  it('finds exactly the matches of the token expression it stands for', () => {
    // the expression in tokens.ts, which the scanner replaces for speed
    const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,٫]\p{N}+)*|[\p{L}\p{M}\p{N}\u0640]+|[^\s\p{L}\p{M}\p{N}\-'’]/gu;
    // less a slash that sets words off («حركة /حماس/»): a letter on one side of it only
    const letter = (c: string | undefined) => /[\p{L}\u0640]/u.test(c ?? '');
    const bracket = (s: string, i: number) => s[i] === '/' && letter(s[i - 1]) !== letter(s[i + 1]);
    const expected = (s: string) => [...s.matchAll(TOKEN_RE)].filter((m) => !bracket(s, m.index)).map((m) => [m.index, m[0]]);
    const actual = (s: string) => tokenize(s).map((t) => [t.start, t.text]);
    // capitals and periods, digits and their separators, marks, tatweel, the dropped joiners,
    // slashes, spaces, letters and digits beyond the BMP, lone surrogates
    const tricky = [...'aZÉ.,٫1٣²½Ⅻ\u0301\u064b\u0640-\'’ \u00a0\n«»!/😀'].concat(['𝐀', '𝟘', '\ud800', '\udc00']);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'binary', maxLength: 1 })), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(actual(s)).toEqual(expected(s));
      }),
      { numRuns: 3000 },
    );
  });
});
