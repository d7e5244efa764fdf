// The pure half of the writer: ids and the parameter rows built from an extraction document.
import { describe, expect, it } from 'vitest';
import { articleReadings, articleRows, eventMergeKey, mergeEntityRows, readingDeltas, type EntityRow } from '../../server/graph/article-rows.ts';
import { articleId, contentHash } from '../../server/graph/ids.ts';
import { textOnly, visitAr, visitEn } from './fixtures.ts';

describe('ids', () => {
  it('gives one id to copies of a text that differ in spacing or Unicode composition', () => {
    const a = articleId('Le café  est\tfermé.\n');
    expect(a).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articleId('  Le cafe\u0301 est fermé.')).toBe(a);
    expect(articleId('Le café est ouvert.')).not.toBe(a);
  });

  it('takes the URL over the text when there is one', () => {
    expect(articleId('one text', 'https://example.test/x')).toBe(articleId('another text', 'https://example.test/x'));
    expect(articleId('one text', '')).toBe(articleId('one text'));
  });

  it('hashes the text and the hints, not the order of the hints', () => {
    expect(contentHash('t', { lang: 'ar', url: 'u' })).toBe(contentHash('t', { url: 'u', lang: 'ar', source: null }));
    expect(contentHash('t', { lang: 'ar' })).not.toBe(contentHash('t', { lang: 'en' }));
    expect(contentHash('t ')).not.toBe(contentHash('t'));
  });
});

describe('eventMergeKey', () => {
  it('is the CAMEO root and the sorted participants', () => {
    expect(eventMergeKey('0421', ['b', 'a', 'a'], ['c'], '2024-01-01', 'article:1')).toBe('04|a,b|c');
    expect(eventMergeKey('04', ['a', 'b'], ['c'], '2024-01-05', 'article:2')).toBe('04|a,b|c');
  });

  it('names the article when the report has no date or no participant', () => {
    expect(eventMergeKey('04', ['a'], [], null, 'article:1')).toBe('04|a||article:1');
    expect(eventMergeKey('04', [], [], '2024-01-01', 'article:1')).toBe('04|||article:1');
  });
});

describe('articleRows', () => {
  it('builds one row set per article, with provenance on every edge row', () => {
    const { input, doc } = visitEn();
    const rows = articleRows(input, doc);
    expect(rows.article.id).toBe(articleId(input.text, input.url));
    expect(rows.article.publishedDate).toBe('2024-06-19');
    expect(rows.article.sentences.map((s) => s.id)).toEqual([0, 1, 2].map((i) => `${rows.article.id}#${i}`));
    expect(rows.article.sentences[1]!.mentions.map((m) => m.entity)).toEqual(['actor:vladimir-putin', 'actor:kim-jong-un', 'place:pyongyang']);
    expect(rows.article.mentions.find((m) => m.entity === 'actor:vladimir-putin')).toMatchObject({ count: 2, sentence: 0 });
    expect(rows.events.map((e) => [e.root, e.mergeKey])).toEqual([
      ['04', '04|actor:vladimir-putin|country:KP'],
      ['05', '05|actor:vladimir-putin|actor:kim-jong-un'],
    ]);
    expect(rows.claims[0]).toMatchObject({
      speaker: 'actor:anonymous-officials',
      via: [{ entity: 'actor:wall-street-journal', order: 0 }],
      about: ['country:KP', 'country:RU'],
      date: '2024-06-19',
    });
    // The Journal's country is not in the document: its row comes from the ISO data.
    expect(rows.entities.find((e) => e.id === 'country:US')).toMatchObject({ label: 'Country', nameAr: 'الولايات المتحدة', region: 'North America' });
    expect(rows.affiliations.map((a) => [a.entity, a.country])).toEqual([
      ['actor:vladimir-putin', 'country:RU'],
      ['actor:wall-street-journal', 'country:US'],
      ['actor:kim-jong-un', 'country:KP'],
      ['place:pyongyang', 'country:KP'],
    ]);
    for (const r of [...rows.affiliations, ...rows.events, ...rows.claims]) {
      expect(r.articleId).toBe(rows.article.id);
      expect(r.rule).toMatch(/\S/);
      expect(r.confidence).toBeGreaterThan(0);
    }
    expect(rows.article.entityIds).toEqual([...rows.entities.map((e) => e.id)].sort());
  });

  it('drops mentions outside the body and entities nothing points at', () => {
    const { input, doc } = visitAr();
    doc.entities.push({
      id: 'actor:unused',
      type: 'PERSON',
      name: 'Unused',
      aliases: [],
      known: false,
      rule: 'r',
      confidence: 0.5,
      mentions: [{ sentence: 99, start: 0, end: 1, text: 'x', rule: 'r', confidence: 0.5 }],
    });
    doc.events.push({ ...doc.events[0]!, sentence: 42 });
    const rows = articleRows(input, doc);
    expect(rows.entities.map((e) => e.id)).not.toContain('actor:unused');
    expect(rows.events).toHaveLength(1);
  });

  it('keys undated events to their article', () => {
    const rows = articleRows(textOnly().input, textOnly().doc);
    expect(new Set(rows.events.map((e) => e.mergeKey))).toEqual(new Set([`11|actor:ali-rahimi|country:RU|${rows.article.id}`]));
  });
});

describe('mergeEntityRows', () => {
  const row = (over: Partial<EntityRow>): EntityRow => ({
    id: 'actor:x',
    label: 'Actor',
    type: 'PERSON',
    code: null,
    name: 'X',
    nameAr: null,
    nameEn: null,
    aliases: ['X'],
    country: null,
    role: null,
    known: false,
    region: null,
    ...over,
  });

  it('keeps one row per id, sorted, with the lexicon names and the union of aliases', () => {
    const merged = mergeEntityRows([
      row({ id: 'actor:z' }),
      row({ name: 'Text Name', aliases: ['Text Name'], role: 'Spokesman' }),
      row({ name: 'Lexicon Name', aliases: ['Lexicon Name', 'LN'], known: true, nameAr: 'اسم' }),
      row({ name: 'Other Text', aliases: ['OT'] }),
    ]);
    expect(merged.map((r) => r.id)).toEqual(['actor:x', 'actor:z']);
    expect(merged[0]).toMatchObject({ name: 'Lexicon Name', known: true, nameAr: 'اسم', role: 'Spokesman', aliases: ['LN', 'Lexicon Name', 'OT', 'Text Name'] });
  });
});

describe('readingDeltas', () => {
  it('tallies what a batch says of each touched entity, less what replaced articles took back', () => {
    const en = articleRows(visitEn().input, visitEn().doc);
    const ar = articleRows(visitAr().input, visitAr().doc);
    const added = [en, ar].flatMap(articleReadings);
    const takenBack = [
      { entity: 'actor:gone', key: 'name:Gone' },
      { entity: 'actor:vladimir-putin', key: 'name:Vladimir Putin' },
      { entity: 'actor:vladimir-putin', key: 'role:Old Role' },
    ];
    const rows = readingDeltas(added, takenBack, ['actor:untouched']);
    const byId = new Map(rows.map((r) => [r.id, r.deltas]));
    expect(rows.map((r) => r.id)).toEqual([...byId.keys()].sort());
    expect(byId.get('actor:untouched')).toEqual([]);
    expect(byId.get('actor:gone')).toEqual([{ key: 'name:Gone', n: -1 }]);
    // Two articles name Putin alike; one name comes back out, the old role goes.
    expect(byId.get('actor:vladimir-putin')).toEqual([
      { key: 'country:RU', n: 2 },
      { key: 'name:Vladimir Putin', n: 1 },
      { key: 'role:Old Role', n: -1 },
      { key: 'role:President of Russia', n: 2 },
    ]);
    expect(byId.get('country:KP')).toEqual(expect.arrayContaining([{ key: 'role:', n: 2 }]));
  });
});
