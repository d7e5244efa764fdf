// User text to name-index queries (server/graph/search-normalize.ts). The queries' effect on the
// real indexes is tested in schema.test.ts; here, the text itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fulltextQuery, normalizeSearchText } from '../../server/graph/search-normalize.ts';

describe('normalizeSearchText', () => {
  it('folds what the arabic analyzer leaves: presentation forms, invisible marks, wasla, Persian letters', () => {
    expect(normalizeSearchText('\ufe8f\ufeee\ufe97\ufef4\ufee6')).toBe('بوتين');
    expect(normalizeSearchText('\u200f\u202bبوتين\u202c\u200e')).toBe('بوتين');
    expect(normalizeSearchText('ٱلقاهرة')).toBe('القاهرة');
    expect(normalizeSearchText('کاظمی')).toBe('كاظمي');
    expect(normalizeSearchText('  فلاديمير\t\n بوتين ')).toBe('فلاديمير بوتين');
  });

  it('leaves hamza forms as written (the analyzer folds them, at index and query time)', () => {
    expect(normalizeSearchText('أحمد إبراهيم آمنة')).toBe('أحمد إبراهيم آمنة');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const once = normalizeSearchText(s);
        expect(normalizeSearchText(once)).toBe(once);
      }),
    );
  });
});

describe('fulltextQuery', () => {
  it('requires every word, escaping query syntax', () => {
    expect(fulltextQuery('فلاديمير بوتين')).toBe('+فلاديمير +بوتين');
    expect(fulltextQuery('name:"Putin" (x)')).toBe('+name\\:\\"Putin\\" +\\(x\\)');
    expect(fulltextQuery('Putin AND Xi')).toBe('+Putin +and +Xi');
  });

  it('makes the last word a prefix on request', () => {
    expect(fulltextQuery('Vladimir Pu', { prefix: true })).toBe('+Vladimir +Pu*');
  });

  it('returns null when nothing is left to search for', () => {
    expect(fulltextQuery('')).toBeNull();
    expect(fulltextQuery(' \u200f ( ) " - ')).toBeNull();
  });

  it('refuses text too long to be a name', () => {
    expect(() => fulltextQuery('ا'.repeat(300))).toThrow(/too long \(300 characters, at most 256\)/);
    expect(() => fulltextQuery('a '.repeat(20))).toThrow(/too many words \(20, at most 16\)/);
  });
});
