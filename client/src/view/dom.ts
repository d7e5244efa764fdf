// A small element builder: the explorer's DOM is made of createElement and text nodes only, so
// text from articles can never be read as markup.
import { directionOf } from '../state/appearance.ts';

type Child = Node | string | number | null | undefined | false;
/** Children nest freely: arrays of children (from .map) are flattened. */
export type Children = Child | readonly Children[];
type Attr = string | number | boolean | null | undefined | ((e: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/u, ''), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: readonly Children[]): void {
  for (const c of children.flat(Infinity as 20) as Child[]) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

export function clear(el: Element, ...children: Children[]): void {
  el.replaceChildren();
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}

/**
 * `dir` and `lang` for a text from an article in language `lang`. The direction follows the
 * text's own letters (an Arabic sentence reads right to left even if its article was mislabelled);
 * `lang` is given only when the letters agree with it.
 */
export function textDir(text: string, lang: string | null | undefined): { dir: string; lang?: string } {
  const dir = directionOf(text);
  if ((lang === 'ar' && dir === 'rtl') || (lang === 'en' && dir === 'ltr')) return { dir, lang };
  return { dir };
}

export function formatCount(n: number | null | undefined): string {
  return n == null ? '–' : n.toLocaleString('en');
}
