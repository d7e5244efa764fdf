import { describe, expect, it } from 'vitest';
import { findDates } from '../../server/extract/dates.ts';
import { tokenize } from '../../server/extract/tokens.ts';

const dates = (s: string, ref = '2024-06-19') => findDates(tokenize(s), ref).map((d) => d.date);

describe('relative dates against the publication date (Wednesday 19 June 2024)', () => {
  it('resolves today, yesterday and the day before', () => {
    expect(dates('التقى الرئيسان اليوم الأربعاء')).toEqual(['2024-06-19']);
    expect(dates('وصل أمس إلى العاصمة')).toEqual(['2024-06-18']);
    expect(dates('وقع الهجوم أمس الأول')).toEqual(['2024-06-17']);
    expect(dates('The talks ended yesterday')).toEqual(['2024-06-18']);
  });
  it('takes the most recent such weekday, or the next one when said so', () => {
    expect(dates('قال يوم الثلاثاء')).toEqual(['2024-06-18']);
    expect(dates('الاثنين الماضي')).toEqual(['2024-06-17']);
    expect(dates('said on Monday')).toEqual(['2024-06-17']);
    expect(dates('الجمعة المقبل')).toEqual(['2024-06-21']);
  });
  it('reads explicit dates, with the year inferred when missing', () => {
    expect(dates('في 12 مارس 2024')).toEqual(['2024-03-12']);
    expect(dates('في 3 حزيران')).toEqual(['2024-06-03']);
    expect(dates('on June 3, 2023')).toEqual(['2023-06-03']);
    expect(dates('في ١٢ أيار ٢٠٢٤')).toEqual(['2024-05-12']);
  });
  it('reads abbreviated English months with their period', () => {
    expect(dates('the vote on Sept. 5, 2023 was close')).toEqual(['2023-09-05']);
    expect(dates('from 4 Feb. 2024 onwards')).toEqual(['2024-02-04']);
    expect(dates('signed on Dec. 2')).toEqual(['2023-12-02']);
  });
  it('leaves periods that name no day null', () => {
    expect(dates('الشهر الماضي')).toEqual([null]);
    expect(dates('last month')).toEqual([null]);
  });
});
