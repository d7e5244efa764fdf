// The view in the URL's fragment, so that a view can be bookmarked and shared: the op log that
// rebuilds the graph (state/graph.ts), then what is hidden, pinned, filtered, selected and how
// it is drawn. Decoding is forgiving: a value it cannot read is dropped, never thrown.
//
// Op parameters keep their order (URLSearchParams preserves it), which is what makes a replay
// exact: s=start, x=expand (id~pages), r=remove (ids joined by ~), p=path (from~to). Entity,
// event and claim ids are ASCII without "~" (server/extract/normalize.ts slug, hex ids).
import { CATEGORIES, type Category } from './elements.ts';
import { NO_FILTERS, type Filters, type QuadClass } from './filters.ts';
import type { Op, Position } from './graph.ts';
import { dayNumber } from './time.ts';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];

/** Which name labels the nodes: the server's label (English where known), Arabic, or English. */
export type LabelLang = 'auto' | 'ar' | 'en';
export const LABEL_LANGS: readonly LabelLang[] = ['auto', 'ar', 'en'];

export interface ViewState {
  ops: Op[];
  hidden: string[];
  pinned: [string, Position][];
  filters: Filters;
  layout: LayoutName;
  lang: LabelLang;
  selected: string | null;
  /** Sentence id (`article:…#n`) open in the article reader. */
  read: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  ops: [],
  hidden: [],
  pinned: [],
  filters: NO_FILTERS,
  layout: 'fcose',
  lang: 'auto',
  selected: null,
  read: null,
};

const SEP = '~';
/** Longest id accepted from a URL; real ids are far shorter. */
const MAX_ID = 300;
/** Most parameters read from a URL, so a hostile link cannot make the page replay forever. */
const MAX_PARAMS = 2000;

export function encodeView(v: ViewState): string {
  const p = new URLSearchParams();
  for (const op of v.ops) {
    if (op.k === 'start') p.append('s', op.id);
    else if (op.k === 'expand') p.append('x', op.pages === 1 ? op.id : `${op.id}${SEP}${op.pages}`);
    else if (op.k === 'remove') p.append('r', op.ids.join(SEP));
    else p.append('p', `${op.from}${SEP}${op.to}`);
  }
  for (const id of v.hidden) p.append('h', id);
  for (const [id, at] of v.pinned) p.append('pin', [id, Math.round(at.x), Math.round(at.y)].join(SEP));
  const f = v.filters;
  for (const c of CATEGORIES) if (f.hiddenCategories.has(c)) p.append('off', c);
  for (const q of [...f.hiddenQuads].sort()) p.append('q', String(q));
  for (const r of [...f.hiddenRoots].sort()) p.append('root', r);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (!f.undated) p.set('undated', '0');
  if (v.layout !== DEFAULT_VIEW.layout) p.set('layout', v.layout);
  if (v.lang !== DEFAULT_VIEW.lang) p.set('lang', v.lang);
  if (v.selected) p.set('sel', v.selected);
  if (v.read) p.set('read', v.read);
  return p.toString();
}

export function decodeView(fragment: string): ViewState {
  const p = new URLSearchParams(fragment.replace(/^#/u, ''));
  const ops: Op[] = [];
  const hidden: string[] = [];
  const pinned: [string, Position][] = [];
  const hiddenCategories = new Set<Category>();
  const hiddenQuads = new Set<QuadClass>();
  const hiddenRoots = new Set<string>();
  const view: ViewState = { ...DEFAULT_VIEW, ops, hidden, pinned };
  let from: string | null = null;
  let to: string | null = null;
  let undated = true;
  let n = 0;
  for (const [key, value] of p) {
    if (++n > MAX_PARAMS) break;
    switch (key) {
      case 's':
        if (isId(value)) ops.push({ k: 'start', id: value });
        break;
      case 'x': {
        const [id, pages] = splitLast(value);
        const count = pages === null ? 1 : Number(pages);
        if (isId(id) && Number.isInteger(count) && count >= 1 && count <= 100)
          ops.push({ k: 'expand', id, pages: count });
        break;
      }
      case 'r': {
        const ids = value.split(SEP).filter(isId);
        if (ids.length > 0) ops.push({ k: 'remove', ids });
        break;
      }
      case 'p': {
        const [a, b, ...rest] = value.split(SEP);
        if (a && b && rest.length === 0 && isId(a) && isId(b)) ops.push({ k: 'path', from: a, to: b });
        break;
      }
      case 'h':
        if (isId(value)) hidden.push(value);
        break;
      case 'pin': {
        const [id, x, y, ...rest] = value.split(SEP);
        const px = Number(x);
        const py = Number(y);
        if (
          id &&
          isId(id) &&
          rest.length === 0 &&
          x !== '' &&
          y !== '' &&
          Number.isFinite(px) &&
          Number.isFinite(py)
        )
          pinned.push([id, { x: px, y: py }]);
        break;
      }
      case 'off':
        if ((CATEGORIES as readonly string[]).includes(value)) hiddenCategories.add(value as Category);
        break;
      case 'q':
        if (/^[1-4]$/u.test(value)) hiddenQuads.add(Number(value) as QuadClass);
        break;
      case 'root':
        if (/^(0[1-9]|1\d|20)$/u.test(value)) hiddenRoots.add(value);
        break;
      case 'from':
        if (isDate(value)) from = value;
        break;
      case 'to':
        if (isDate(value)) to = value;
        break;
      case 'undated':
        undated = value !== '0';
        break;
      case 'layout':
        if ((LAYOUTS as readonly string[]).includes(value)) view.layout = value as LayoutName;
        break;
      case 'lang':
        if ((LABEL_LANGS as readonly string[]).includes(value)) view.lang = value as LabelLang;
        break;
      case 'sel':
        if (isElementId(value)) view.selected = value;
        break;
      case 'read':
        if (isElementId(value)) view.read = value;
        break;
    }
  }
  if (from && to && from > to) [from, to] = [to, from];
  view.filters = { hiddenCategories, hiddenQuads, hiddenRoots, from, to, undated };
  return view;
}

function splitLast(value: string): [string, string | null] {
  const i = value.lastIndexOf(SEP);
  return i < 0 ? [value, null] : [value.slice(0, i), value.slice(i + 1)];
}

/** A node id: `kind:rest`, printable, no separator. */
function isId(s: string): boolean {
  return s.length > 2 && s.length <= MAX_ID && /^[a-z]+:[^\s~]+$/u.test(s);
}

/** A node id, an edge id (`source|TYPE|target`) or a sentence id (`article:…#n`). */
function isElementId(s: string): boolean {
  return s.length > 2 && s.length <= 3 * MAX_ID && /^[a-z]+:[^\s]+$/u.test(s);
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(s) && dayNumber(s) !== null;
}
