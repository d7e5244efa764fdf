import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const body = 'وقال المتحدث إن المحادثات كانت بناءة. وأضاف أن الجولة المقبلة ستعقد الشهر المقبل.';

describe('article header', () => {
  it('reads author, dateline, date, time and the city\'s UTC offset from an inline byline', () => {
    const doc = extract(`محمد الرخا - دبي - الأربعاء 19 يونيو 2024 05:17 مساءً - ${body}`);
    expect(doc.article).toMatchObject({ lang: 'ar', author: 'محمد الرخا', dateline: 'دبي', publishedAt: '2024-06-19T17:17:00+04:00' });
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('reads «موسكو (رويترز) -» as dateline and source', () => {
    const doc = extract(`موسكو (رويترز) - ${body}`);
    expect(doc.article.dateline).toBe('موسكو');
    expect(doc.article.source).toBe('رويترز');
  });
  it('reads a bare agency credit «(أ ف ب) -»', () => {
    const doc = extract(`(أ ف ب) - ${body}`);
    expect(doc.article.source).toBe('أ ف ب');
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('reads a place and author line, a headline, Levant months and Arabic-Indic digits', () => {
    const doc = extract(`عنوان الخبر عن المحادثات في العاصمة\nالقاهرة – سارة محمود\n١٢ حزيران ٢٠٢٤\n${body}`);
    expect(doc.article).toMatchObject({ title: 'عنوان الخبر عن المحادثات في العاصمة', dateline: 'القاهرة', author: 'سارة محمود' });
    expect(doc.article.publishedAt).toBe('2024-06-12');
  });
  it('reads English datelines and bylines', () => {
    const doc = extract(`Talks resume in Doha\nBy Jane Smith\nWASHINGTON (Reuters) - The talks were constructive, the spokesman said on Tuesday.`);
    expect(doc.article).toMatchObject({ lang: 'en', title: 'Talks resume in Doha', author: 'Jane Smith', dateline: 'WASHINGTON', source: 'Reuters' });
  });
});

describe('boilerplate', () => {
  it('moves related-news blocks, video links, captions and share lines out of the body', () => {
    const text = [
      `موسكو (رويترز) - ${body}`,
      'أخبار ذات صلة',
      'بوتين يصل إلى بكين في زيارة رسمية',
      'اقرأ أيضا: وزير الخارجية الصيني يلتقي نظيره الروسي',
      'من بكين.. بوتين وشي يبحثان "التعاون" (فيديو)',
      'صورة أرشيفية (رويترز)',
      'شارك الخبر',
      'وأكد الطرفان أهمية التعاون الاقتصادي.',
    ].join('\n');
    const doc = extract(text);
    expect(doc.related).toEqual([
      'بوتين يصل إلى بكين في زيارة رسمية',
      'وزير الخارجية الصيني يلتقي نظيره الروسي',
      'من بكين.. بوتين وشي يبحثان "التعاون"',
    ]);
    const bodyText = doc.sentences.map((s) => s.text).join(' ');
    expect(bodyText).not.toMatch(/بكين|أرشيفية|شارك/);
    expect(doc.sentences.at(-1)!.text).toBe('وأكد الطرفان أهمية التعاون الاقتصادي.');
  });
});

describe('sentences', () => {
  it('splits on sentence ends with offsets into the original, not on abbreviations or decimals', () => {
    const text = 'WASHINGTON (Reuters) - The U.S. economy grew 2.5 percent, Dr. Smith said. Markets rose.';
    const doc = extract(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['The U.S. economy grew 2.5 percent, Dr. Smith said.', 'Markets rose.']);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
