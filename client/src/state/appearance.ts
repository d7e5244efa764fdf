// How a node looks, from its data alone: its label (in the language asked, with a flag for
// countries, laid out for right-to-left scripts), its size and its colour class. Pure, so the
// Cytoscape stylesheet (view/style.ts) only maps these fields.
import type { NodeData } from './elements.ts';
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

/** Cytoscape data fields derived for drawing (prefixed with _ to keep them apart from the API's). */
export function drawData(
  n: NodeData,
  lang: LabelLang,
): { _label: string; _size: number; _dir: 'rtl' | 'ltr' } {
  const name = n.type === 'CLAIM' || n.type === 'EVENT' ? n.label : displayName(n, lang);
  return { _label: nodeLabel(n, lang), _size: nodeSize(n), _dir: directionOf(name) };
}
