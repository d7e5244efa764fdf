import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ExtractionError } from '../../server/extract/index.ts';

const sample = 'موسكو (رويترز) - قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع الصين كانت بناءة.';

function outcome(text: string): 'doc' | string {
  try {
    const doc = extract(text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    return 'doc';
  } catch (e) {
    if (e instanceof ExtractionError) return e.code;
    throw e;
  }
}

describe('bad input', () => {
  it('empty and whitespace-only text is a clear error', () => {
    expect(outcome('')).toBe('EMPTY');
    expect(outcome(' \n\t \n')).toBe('EMPTY');
  });
  it('binary input is a clear error', () => {
    const bin = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(outcome(bin)).toBe('BINARY');
  });
  it('text in neither Arabic nor English is unsupported, not garbage', () => {
    expect(outcome('Привет, как дела? Это статья о погоде в Москве и о новостях дня.')).toBe('UNSUPPORTED_LANGUAGE');
    expect(outcome('12345 67890 !!! ???')).toBe('UNSUPPORTED_LANGUAGE');
  });
  it('5 MB of text, one endless line and pathological punctuation finish', { timeout: 120_000 }, () => {
    const big = (sample + '\n').repeat(Math.ceil(5_000_000 / (sample.length + 1))).slice(0, 4_990_000);
    expect(outcome(big)).toBe('doc');
    expect(outcome(sample.replace(/\.$/, '، ').repeat(3000))).toBe('doc');
    expect(outcome('قال "' + '«"'.repeat(500) + ' ' + '.'.repeat(20000) + '؟!'.repeat(5000))).toBe('doc');
  });
  it('a sentence of 2,000 words and 500 nested quotes finish', { timeout: 30_000 }, () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? 'وقال' : i % 5 === 0 ? 'روسيا' : 'كلمة')).join(' ');
    expect(outcome(`موسكو - ${words}.`)).toBe('doc');
    expect(outcome('وقالت الصحيفة إن ' + '"قال إن '.repeat(500) + 'شيء' + '"'.repeat(500))).toBe('doc');
  });
  it('text above the size limit is refused with a clear message', { timeout: 30_000 }, () => {
    expect(outcome('ا'.repeat(5_000_001))).toBe('TOO_LARGE');
  });
});

describe('properties', () => {
  it('random Unicode text never throws anything but an ExtractionError', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        outcome(s);
      }),
      { numRuns: 300 },
    );
  });
  it('random Arabic-like text with news punctuation is handled', { timeout: 60_000 }, () => {
    const alphabet = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءأإآى', ' ', '،', '.', '"', '«', '»', ':', '\n', '-', '(', ')', '؟'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 600 }), (chars) => {
        outcome(chars.join(''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it('the same input gives the same document', () => {
    expect(JSON.stringify(extract(sample))).toBe(JSON.stringify(extract(sample)));
  });
});
