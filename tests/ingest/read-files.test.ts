// Reading article files: every supported format, and bad inputs that must become clear
// failures without stopping the run.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../server/ingest/expand-paths.ts';
import { MAX_ARTICLE_BYTES, readArticles, type ReadItem } from '../../server/ingest/read-files.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);
const all = async (p: string): Promise<ReadItem[]> => {
  const out: ReadItem[] = [];
  for await (const item of readArticles(p)) out.push(item);
  return out;
};
const ARABIC = 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.\nوأضاف أن العقوبات لن تغير موقف بلاده.';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'isnad-read-'));
  await fs.mkdir(file('sub/deeper'), { recursive: true });
  await fs.writeFile(file('a.txt'), `\uFEFF${ARABIC}\n`);
  await fs.writeFile(file('b.md'), '# Headline\n\nThe minister said talks would resume.\n');
  await fs.writeFile(file('one.json'), JSON.stringify({ text: ARABIC, url: 'https://example.test/1', lang: 'ar', publishedAt: '2024-06-19' }));
  await fs.writeFile(
    file('many.json'),
    JSON.stringify([{ text: 'First article text.' }, { body: 'no text field' }, { text: 'Third.', lang: 'fr' }]),
  );
  await fs.writeFile(file('wrapped.json'), JSON.stringify({ articles: [{ text: 'Wrapped one.' }, { text: 'Wrapped two.', source: 'AFP' }] }));
  await fs.writeFile(
    file('c.jsonl'),
    [JSON.stringify({ text: 'Line one article.' }), '{broken json', '', JSON.stringify({ text: 'Line four.', publishedAt: 'yesterday' }), JSON.stringify({ text: 'Line five.' })].join('\n'),
  );
  await fs.writeFile(
    file('sub/page.html'),
    `<!doctype html><html lang="ar"><head><title>Site | عنوان</title>
     <meta property="og:title" content="بوتين يزور بيونغ يانغ"><meta property="og:site_name" content="إرم نيوز">
     <meta property="article:published_time" content="2024-06-19T17:17:00+04:00"><link rel="canonical" href="https://example.test/putin">
     </head><body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav><article>
     <p>وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة هي الأولى منذ أربعة وعشرين عاما، والتقى الزعيم الكوري الشمالي.</p>
     <p>ووقع الزعيمان اتفاقية شراكة استراتيجية شاملة تشمل التعاون العسكري والاقتصادي بين البلدين في السنوات المقبلة.</p>
     </article><footer>جميع الحقوق محفوظة</footer></body></html>`,
  );
  await fs.writeFile(file('sub/deeper/d.txt'), 'Deep article.');
  await fs.writeFile(file('empty.txt'), '');
  await fs.writeFile(file('blank.txt'), ' \n\t\n');
  await fs.writeFile(file('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await fs.writeFile(file('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
  await fs.writeFile(file('huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
  await fs.writeFile(file('bad.json'), '{"text": "unterminated');
  await fs.writeFile(file('notes.docx'), 'not an article format');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads a text file as one article, without its byte-order mark', async () => {
    const [item] = await all(file('a.txt'));
    expect(item).toMatchObject({ ok: true, record: { text: `${ARABIC}\n`, origin: file('a.txt') } });
  });

  it('reads Markdown as text', async () => {
    const [item] = await all(file('b.md'));
    expect(item?.ok && item.record.text).toContain('The minister said');
  });

  it('reads a JSON record with its hints', async () => {
    const [item] = await all(file('one.json'));
    expect(item).toMatchObject({ ok: true, record: { text: ARABIC, url: 'https://example.test/1', lang: 'ar', publishedAt: '2024-06-19' } });
  });

  it('reads JSON arrays and {articles: [...]}, failing bad records one by one', async () => {
    const items = await all(file('many.json'));
    expect(items.map((i) => i.ok)).toEqual([true, false, false]);
    expect(items[1]).toMatchObject({ origin: `${file('many.json')}#1`, reason: expect.stringContaining('"text"') });
    expect(items[2]).toMatchObject({ reason: expect.stringContaining('"lang"') });
    const wrapped = await all(file('wrapped.json'));
    expect(wrapped.map((i) => i.ok && i.record.source)).toEqual([null, 'AFP']);
  });

  it('streams JSONL, naming the line of each bad record', async () => {
    const items = await all(file('c.jsonl'));
    expect(items.map((i) => (i.ok ? i.record.text : i.origin))).toEqual([
      'Line one article.',
      `${file('c.jsonl')}:2`,
      `${file('c.jsonl')}:4`,
      'Line five.',
    ]);
    expect(items[1]).toMatchObject({ reason: expect.stringMatching(/JSON/) });
    expect(items[2]).toMatchObject({ reason: expect.stringContaining('publishedAt') });
  });

  it('pulls the article out of an HTML page, with the page metadata, one line per paragraph', async () => {
    const [item] = await all(file('sub/page.html'));
    if (!item?.ok) throw new Error(`not read: ${JSON.stringify(item)}`);
    const { text, url, source, publishedAt, lang } = item.record;
    expect({ url, source, publishedAt, lang }).toEqual({
      url: 'https://example.test/putin',
      source: 'إرم نيوز',
      publishedAt: '2024-06-19T17:17:00+04:00',
      lang: 'ar',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('بوتين يزور بيونغ يانغ');
    expect(lines[1]).toMatch(/^وصل الرئيس الروسي/u);
    expect(lines[2]).toMatch(/^ووقع الزعيمان/u);
    expect(text).not.toContain('الرئيسية');
    expect(text).not.toContain('الحقوق');
  });

  it.each([
    ['empty.txt', /empty/],
    ['blank.txt', /whitespace/],
    ['binary.txt', /binary/],
    ['latin1.txt', /UTF-8/],
    ['huge.txt', /more than/],
    ['bad.json', /malformed JSON/],
    ['notes.docx', /unsupported file type/],
    ['missing.txt', /no such file/],
  ])('fails %s with a reason', async (name, reason) => {
    const items = await all(file(name));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, origin: file(name), reason: expect.stringMatching(reason) });
  });
});

describe('expandPaths', () => {
  it('takes files, folders (recursively, article extensions only) and globs, each file once', async () => {
    const { files, missing } = await expandPaths([file('a.txt'), dir, path.join(dir, 'sub/**/*.txt'), file('nothing-here'), path.join(dir, '*.xml')]);
    const names = files.map((f) => path.relative(dir, f.path));
    expect(names[0]).toBe('a.txt');
    expect(names).toContain('sub/deeper/d.txt');
    expect(names).toContain('sub/page.html');
    expect(names).not.toContain('notes.docx');
    expect(new Set(names).size).toBe(names.length);
    expect(files.every((f) => f.size >= 0)).toBe(true);
    expect(missing).toEqual([
      { origin: file('nothing-here'), reason: 'no such file or folder' },
      { origin: path.join(dir, '*.xml'), reason: 'pattern matched no file' },
    ]);
  });
});
