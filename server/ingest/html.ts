// Pulls the article out of a saved web page: Readability (the algorithm behind Firefox's
// reader view) over linkedom's DOM, then the article's blocks as lines, because sentence and
// paragraph splitting downstream depends on the line structure the page had.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../graph/article-rows.ts';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Text of an HTML fragment with one line per block element. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has((node as Element).tagName.toUpperCase());
    if (block) out.push('\n');
    node.childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  walk(document.body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function meta(document: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('href') ?? null;
    if (v && v.trim() !== '') return v.trim();
  }
  return null;
}

export class HtmlError extends Error {}

/** The article in an HTML page, with what the page says about it (canonical URL, outlet,
 * publication time, language). Throws HtmlError when the page holds no readable article. */
export function articleFromHtml(html: string): Omit<ArticleInput, 'origin'> {
  const { document } = parseHTML(html);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const headline = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const lang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) throw new HtmlError('no readable article in this HTML page');
  let text = blocksToText(parsed.content);
  if (text === '') throw new HtmlError('the article in this HTML page has no text');
  const title = (headline ?? parsed.title ?? '').trim();
  // Readability drops the page's headline from the body; keep it as the first line, where a
  // plain-text article has it.
  if (title !== '' && !text.slice(0, title.length + 200).includes(title)) text = `${title}\n${text}`;
  const pageLang = (parsed.lang ?? lang).toLowerCase();
  return {
    text,
    url,
    source: parsed.siteName?.trim() || null,
    publishedAt: parsed.publishedTime?.trim() || null,
    lang: pageLang.startsWith('ar') ? 'ar' : pageLang.startsWith('en') ? 'en' : null,
  };
}
