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
  it('reads a bare author line above a date line, a date line closed by a parenthesis, and a glued dateline', () => {
    const doc = extract(
      `عنوان الخبر عن المحادثات في العاصمة\nسامر الخطيب\nنشر في 14/5/2024|آخر تحديث: 14/5/2024 10:12 ص (بتوقيت مكة المكرمة)\nشارك\n\nالرباط- ${body}`,
    );
    expect(doc.article).toMatchObject({ author: 'سامر الخطيب', dateline: 'الرباط', publishedAt: '2024-05-14' });
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('skips summary bullets under the headline and reads «author |date» and «place/ author/ agency» lines', () => {
    const doc = extract(
      `عنوان الخبر عن المحادثات في العاصمة\n- الوزير أجرى محادثات مع نظيره استمرت ساعتين\n- الجانبان اتفقا على جولة جديدة\nمريم أحمد   |03.02.2024 - تحديث : 03.02.2024\n\nأنقرة/ مريم أحمد/ الأناضول\n\n${body}`,
    );
    expect(doc.article).toMatchObject({ author: 'مريم أحمد', dateline: 'أنقرة', source: 'الأناضول', publishedAt: '2024-02-03' });
    expect(doc.sentences.map((s) => s.text).join(' ')).not.toContain('الجانبان');
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('reads a «المصدر:» place and outlet line over a date line with the time after the year', () => {
    const doc = extract(`عنوان الخبر عن المحادثات في العاصمة\nالمصدر: الرياض - العربية.نت\nنشر في: 12 مارس ,2024: 09:05 ص GST آخر تحديث: 12 مارس ,2024: 11:40 ص GST\n\n${body}`);
    expect(doc.article).toMatchObject({ author: null, dateline: 'الرياض', publishedAt: expect.stringMatching(/^2024-03-12/) });
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('keeps a standfirst out of the body and a writer\'s job title out of the author', () => {
    const doc = extract(
      `عنوان الخبر عن المحادثات في العاصمة\nالجولة هي الأولى منذ عامين ومراقبون يحذرون من تعثرها مجددا\nخالد يوسف صحافي\nالثلاثاء 5 مارس 2024 09:30\n\n${body}`,
    );
    expect(doc.article).toMatchObject({ author: 'خالد يوسف', publishedAt: expect.stringMatching(/^2024-03-05/) });
    expect(doc.sentences[0]!.text.startsWith('وقال')).toBe(true);
  });
  it('takes a short first paragraph as body when no header line follows it', () => {
    const doc = extract(`عنوان الخبر عن المحادثات في العاصمة\nانتهت الجولة الأولى من المحادثات دون اتفاق\n${body}`);
    expect(doc.sentences[0]!.text).toBe('انتهت الجولة الأولى من المحادثات دون اتفاق');
  });
  it('reads more Arab outlets\' bylines: an inline date after «كتب», hyphenated dates, «دمشق-سانا», «أبوظبي في … / وام /», a quoted outlet', () => {
    const T = 'عنوان الخبر عن المحادثات في العاصمة\n';
    const art = (t: string) => extract(T + t).article;
    expect(art(`كتب محمد السيد الأربعاء، 19 يونيو 2024 05:00 م\n${body}`)).toMatchObject({ author: 'محمد السيد', publishedAt: expect.stringMatching(/^2024-06-19T17:00/) });
    expect(art(`محمد السيد\n19-6-2024 | 17:05\n${body}`)).toMatchObject({ author: 'محمد السيد', publishedAt: expect.stringMatching(/^2024-06-19T17:05/) });
    expect(art(`دمشق-سانا ${body}`)).toMatchObject({ dateline: 'دمشق', source: 'سانا' });
    expect(art(`أبوظبي في 19 يونيو / وام / ${body}`)).toMatchObject({ dateline: 'أبوظبي', source: 'وام' });
    expect(art(`لندن- «القدس العربي»: ${body}`)).toMatchObject({ dateline: 'لندن', source: 'القدس العربي' });
    expect(art(`بيروت - "الأخبار"\n${body}`)).toMatchObject({ dateline: 'بيروت', source: 'الأخبار' });
    for (const t of [`دمشق-سانا ${body}`, `أبوظبي في 19 يونيو / وام / ${body}`, `لندن- «القدس العربي»: ${body}`]) {
      expect(extract(T + t).sentences[0]!.text.startsWith('وقال')).toBe(true);
    }
  });
  it('keeps a headline that opens with an outlet and a colon a headline', () => {
    const doc = extract(`«فايننشال تايمز»: موسكو تفاوض على قواعدها\n١٨ - ديسمبر - ٢٠٢٤\n${body}`);
    expect(doc.article.title).toBe('«فايننشال تايمز»: موسكو تفاوض على قواعدها');
  });
  it('reads a wire\'s barred source line, a dateline from the UN, "at" before the clock and whole-line page controls', () => {
    const en = 'The talks were constructive, the spokesman said on Tuesday. He added that a new round was planned.';
    const wire = extract(`Talks resume at the council\n\nSource: Tass| 2024-05-14 10:02:11|Editor: desk\n\nUNITED NATIONS, May 14 (Tass) -- ${en}`);
    expect(wire.article).toMatchObject({ dateline: 'UNITED NATIONS', source: 'Tass', publishedAt: expect.stringMatching(/^2024-05-14/) });
    expect(wire.sentences[0]!.text.startsWith('The talks')).toBe(true);
    const web = extract(`Talks resume at the council\nBy Jane Smith\nMay 14, 2024 at 9:47 AM GMT+1\n\nSave\nGift this article\n\n${en}`);
    expect(web.article).toMatchObject({ author: 'Jane Smith', publishedAt: '2024-05-14T09:47:00+01:00' });
    expect(web.sentences[0]!.text.startsWith('The talks')).toBe(true);
  });
  it('reads English datelines and bylines', () => {
    const doc = extract(`Talks resume in Doha\nBy Jane Smith\nWASHINGTON (Reuters) - The talks were constructive, the spokesman said on Tuesday.`);
    expect(doc.article).toMatchObject({ lang: 'en', title: 'Talks resume in Doha', author: 'Jane Smith', dateline: 'WASHINGTON', source: 'Reuters' });
  });
  it('reads a question as a headline over a byline, a line of where the writers reported from, and an abbreviated month', () => {
    const en = extract(
      `Will the ceasefire in Lebanon hold?

By Omar Haddad and Lena Fischer
Omar Haddad reported from Beirut, and Lena Fischer from Berlin.

Nov. 28, 2024, 9:05 a.m. ET

BEIRUT — Residents returned to their villages on Thursday, officials said.
The army deployed along the border.`,
    );
    expect(en.article).toMatchObject({ title: 'Will the ceasefire in Lebanon hold?', author: 'Omar Haddad and Lena Fischer', dateline: 'BEIRUT', publishedAt: '2024-11-28T09:05:00' });
    const ar = extract(`هل تصمد الهدنة في لبنان؟

مراسلو الجزيرة نت
28 نوفمبر/ تشرين الثاني 2024

عاد السكان إلى قراهم أمس، بحسب مسؤولين محليين.
وانتشر الجيش على طول الحدود.`);
    expect(ar.article).toMatchObject({ title: 'هل تصمد الهدنة في لبنان؟', publishedAt: '2024-11-28' });
    // A dateline in capitals before a colon; a headline in title case before one stays a headline.
    expect(extract(`IMF deal reached\n\nNADIA QURESHI | Published March 21, 2024\n\nISLAMABAD: The fund reached an agreement with Pakistan on Wednesday.\nThe deal was welcomed.`).article.dateline).toBe('ISLAMABAD');
    expect(extract(`Sudan: New shelling in Khartoum\n\nThe army shelled the city on Wednesday, officials said.\nResidents fled.`).article).toMatchObject({ title: 'Sudan: New shelling in Khartoum', dateline: null });
    // In the body, a question is a sentence.
    expect(extract(`ما الذي تغير؟
قال الوزير إن المحادثات مستمرة.
وأضاف أن الوفد سيعود.`).article.title).toBeNull();
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
