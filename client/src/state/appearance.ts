// How a node looks, from its data alone: its label (in the language asked, with a flag for
// countries, laid out for right-to-left scripts), its size and its colour class. Pure, so the
// Cytoscape stylesheet (view/style.ts) only maps these fields.
import { categoryOf, type Category, type EdgeData, type NodeData } from './elements.ts';
import type { LabelLang } from './url.ts';

/** Right-to-left mark: a strong RTL character that is itself invisible. */
const RLM = '\u200F';

/** Scripts written right to left: Arabic (with its supplements and presentation forms) and Hebrew. */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/** Direction of a text by its first strong character, as dir="auto" decides it. */
export function directionOf(text: string): 'rtl' | 'ltr' {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional indicator letters); '' otherwise. */
export function flagOf(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/u.test(code)) return '';
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  const up = code.toUpperCase();
  return String.fromCodePoint(base + up.charCodeAt(0), base + up.charCodeAt(1));
}

/**
 * Breaks a label into lines of about `width` characters at spaces, at most `maxLines` (the last
 * ending in an ellipsis when cut). A right-to-left line is wrapped in right-to-left marks:
 * Cytoscape draws each line on a canvas whose base direction is left to right, where a leading
 * or trailing neutral (quote, ellipsis, parenthesis) would otherwise land on the wrong side.
 */
export function layoutLabel(text: string, width = 22, maxLines = 3): string {
  const words = text.replace(/\s+/gu, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const w of words) {
    const word = w.length > width * 1.5 ? `${w.slice(0, width)}…` : w;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) {
        cut = true;
        break;
      }
    }
  }
  if (!cut && line) lines.push(line);
  if (cut) lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  return lines.map((l) => (directionOf(l) === 'rtl' ? `${RLM}${l}${RLM}` : l)).join('\n');
}

/** The name to show in the language asked, falling back to the server's label. */
export function displayName(n: NodeData, lang: LabelLang): string {
  if (lang === 'ar' && n.nameAr) return n.nameAr;
  if (lang === 'en' && n.nameEn) return n.nameEn;
  return n.label;
}

export function nodeLabel(n: NodeData, lang: LabelLang): string {
  switch (n.type) {
    case 'COUNTRY': {
      const flag = flagOf(n.country);
      const name = layoutLabel(displayName(n, lang), 22, 2);
      return flag ? `${flag} ${name}` : name;
    }
    case 'EVENT': {
      const label = layoutLabel(n.label, 20, 2);
      return n.date ? `${label}\n${n.date.slice(0, 10)}` : label;
    }
    case 'CLAIM':
      return layoutLabel(`«${n.label}»`, 24, 3);
    case 'ARTICLE':
      return layoutLabel(n.title || n.source || n.label, 24, 2);
    default:
      return layoutLabel(displayName(n, lang), 22, 2);
  }
}

/** Node diameter in pixels: grows with the log of mentions (entities) or reports (events). */
export function nodeSize(n: NodeData): number {
  const weight = n.type === 'EVENT' ? (n.reportCount ?? 1) * 3 : (n.mentionCount ?? 0);
  if (n.type === 'CLAIM') return 30;
  if (n.type === 'ARTICLE') return 28;
  return Math.round(Math.min(90, 24 + 9 * Math.log2(1 + Math.max(0, weight))));
}

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const QUAD_COLOURS: Record<number, string> = {
  1: '#22c55e',
  2: '#15803d',
  3: '#f97316',
  4: '#dc2626',
};

export const CATEGORY_COLOURS: Record<Category, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#7c3aed',
  MEDIA: '#0891b2',
  GROUP: '#92400e',
  COUNTRY: '#e2e8f0',
  PLACE: '#78716c',
  EVENT: '#f97316',
  CLAIM: '#fde047',
  ARTICLE: '#cbd5e1',
};

/** Cytoscape node shapes by category: colour is never the only thing telling kinds apart. */
const SHAPES: Record<Category, string> = {
  PERSON: 'ellipse',
  ORGANIZATION: 'round-rectangle',
  MEDIA: 'round-tag',
  GROUP: 'round-hexagon',
  COUNTRY: 'ellipse',
  PLACE: 'round-triangle',
  EVENT: 'diamond',
  CLAIM: 'rhomboid',
  ARTICLE: 'rectangle',
};

/** What a node looks like, as data fields the stylesheet maps (view/style.ts). */
export interface NodeLook {
  _label: string;
  _dir: 'rtl' | 'ltr';
  _w: number;
  _h: number;
  _shape: string;
  _color: string;
  _border: string;
  _borderWidth: number;
  _borderStyle: 'solid' | 'dashed';
}

/**
 * Everything the canvas needs to draw a node, derived from its data (prefixed with _ to keep
 * these apart from the API's fields). One data-mapped stylesheet rule then draws every kind,
 * which styles thousands of nodes far faster than a rule per kind.
 */
export function drawData(n: NodeData, lang: LabelLang): NodeLook {
  const name = n.type === 'CLAIM' || n.type === 'EVENT' ? n.label : displayName(n, lang);
  const category = categoryOf(n);
  const size = nodeSize(n);
  const uncertain =
    n.type === 'EVENT' && (n.mode === 'denied' || n.mode === 'possible' || n.mode === 'planned');
  return {
    _label: nodeLabel(n, lang),
    _dir: directionOf(name),
    _w: n.type === 'CLAIM' ? 44 : size,
    _h: n.type === 'CLAIM' ? 26 : size,
    _shape: SHAPES[category],
    _color:
      n.type === 'EVENT'
        ? (QUAD_COLOURS[n.quadClass ?? 0] ?? CATEGORY_COLOURS.EVENT)
        : CATEGORY_COLOURS[category],
    _border: category === 'COUNTRY' || uncertain ? '#475569' : category === 'CLAIM' ? '#a16207' : '#ffffff',
    _borderWidth: category === 'COUNTRY' || uncertain ? 2 : 1.5,
    // Denied, planned or possible events: a dashed outline, the event did not (yet) happen.
    _borderStyle: uncertain ? 'dashed' : 'solid',
  };
}

const EDGE_COLOURS: Record<string, string> = {
  SOURCE: '#475569',
  TARGET: '#475569',
  SAID_BY: '#ca8a04',
  VIA: '#ca8a04',
  AFFILIATED_WITH: '#cbd5e1',
};

/** An edge's colour and line by relationship type: who acts, who speaks, who passed it on. */
export function edgeDrawData(e: EdgeData): { _color: string; _line: 'solid' | 'dashed' | 'dotted' } {
  return {
    _color: EDGE_COLOURS[e.type] ?? '#94a3b8',
    _line: e.type === 'VIA' ? 'dashed' : e.type === 'AT' || e.type === 'REPORTED_IN' ? 'dotted' : 'solid',
  };
}
