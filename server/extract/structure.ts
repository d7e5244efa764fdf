// Article structure: headline, byline and dateline, publication date, the body's paragraphs,
// and the boilerplate that copied web pages carry (related-news links, captions, share lines).
import { absoluteDateAt, localIso } from './dates.ts';
import { lexicons } from './lexicon.ts';
import { normalizePhrase } from './normalize.ts';
import type { Span } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';
import type { ArticleMeta } from './types.ts';

const words = lexicons().boilerplate;
const fold = (list: string[]) => list.map(normalizePhrase).filter(Boolean);
const MARKERS = {
  related: fold(words.relatedMarkers),
  caption: fold(words.captionStarts),
  share: fold(words.shareStarts),
  credit: fold(words.creditStarts),
  byline: fold(words.bylineStarts),
  dateLine: fold(words.dateLineStarts),
  mediaTags: words.mediaTags.map((t) => t.toLowerCase()),
  credits: words.captionCredits.map((t) => t.toLowerCase()),
};

/** What the header parser needs to know about places and outlets. */
export interface HeaderKnowledge {
  place(phrase: string): { code: string; zone: string | null; name: string } | null;
  /** True when the phrase names a news outlet or agency. */
  isOutlet(phrase: string): boolean;
}

export interface Boilerplate {
  start: number;
  end: number;
  kind: 'related-marker' | 'related' | 'caption' | 'share' | 'header';
  text: string;
}

export interface Structure {
  meta: Omit<ArticleMeta, 'lang'>;
  related: string[];
  boilerplate: Boilerplate[];
  /** The body, as paragraph spans of the original text. */
  paragraphs: Span[];
}

interface Line {
  start: number;
  end: number;
  text: string;
  norm: string;
  words: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        const t = text.slice(s, e);
        const norm = normalizePhrase(t);
        out.push({ start: s, end: e, text: t, norm, words: norm ? norm.split(' ').length : 0 });
      }
      start = i + 1;
    }
  }
  return out;
}

/** The marker a line starts with, when it is followed by nothing, punctuation or a space. */
function startsWith(line: Line, markers: string[]): string | null {
  for (const m of markers) {
    if (line.norm === m) return m;
    if (line.norm.startsWith(m + ' ')) return m;
  }
  return null;
}

/** Text after a marker and an optional colon or dash, as written. */
function afterMarker(line: Line): string {
  const m = /^[^:：|\-–—]*[:：|\-–—]\s*(.+)$/.exec(line.text);
  return m?.[1]?.trim() ?? '';
}

function stripMediaTags(s: string): string {
  let out = s;
  for (const tag of words.mediaTags) {
    const i = out.toLowerCase().indexOf(tag.toLowerCase());
    if (i >= 0) out = out.slice(0, i) + out.slice(i + tag.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

const isShort = (l: Line, max = 25) => l.words > 0 && l.words <= max;
const looksLikeHeadline = (l: Line) => isShort(l, 30) && !/[.!؟?]["”»']?$/.test(l.text);

function classifyBoilerplate(lines: Line[]): { kinds: (Boilerplate['kind'] | null)[]; related: string[] } {
  const kinds: (Boilerplate['kind'] | null)[] = lines.map(() => null);
  const related: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (kinds[i]) continue;
    if (startsWith(l, MARKERS.related) && isShort(l, 30)) {
      kinds[i] = 'related-marker';
      const inline = afterMarker(l);
      if (inline && normalizePhrase(inline) !== startsWith(l, MARKERS.related)) {
        related.push(stripMediaTags(inline));
        continue;
      }
      // The headlines of the block: the short, unpunctuated lines that follow.
      for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
        const n = lines[j]!;
        if (!looksLikeHeadline(n) || startsWith(n, MARKERS.related)) break;
        kinds[j] = 'related';
        related.push(stripMediaTags(n.text));
      }
      continue;
    }
    if (hasMediaTag(l) && isShort(l, 30) && !/[.!؟?]$/.test(l.text)) {
      kinds[i] = 'related';
      related.push(stripMediaTags(l.text));
      continue;
    }
    const lower = l.text.toLowerCase();
    if (
      isShort(l, 40) &&
      (startsWith(l, MARKERS.caption) || hasCredit(lower)) &&
      !/[.!؟?]$/.test(l.text.replace(/\([^)]*\)$/, '').trim())
    ) {
      kinds[i] = 'caption';
      continue;
    }
    if (isShort(l, 30) && startsWith(l, MARKERS.credit)) {
      kinds[i] = 'share';
      continue;
    }
    if (isShort(l, 20) && startsWith(l, MARKERS.share) && !/[.!؟?]$/.test(l.text)) {
      kinds[i] = 'share';
      continue;
    }
    // navigation breadcrumbs («الرئيسية › الأخبار», "Home > World") and tag lines (#النفط)
    if (isShort(l, 15) && ((l.text.match(/[›»>|]/g)?.length ?? 0) >= 2 || /^(#\S+\s*)+$/u.test(l.text))) {
      kinds[i] = 'share';
      continue;
    }
    if (/^[\s\p{P}\p{S}]*$/u.test(l.text)) kinds[i] = 'share';
  }
  return { kinds, related };
}

const hasMediaTag = (l: Line) => MARKERS.mediaTags.some((t) => l.text.toLowerCase().includes(t));

/** A credit ("EPA", "Getty Images") as a word of the line, not inside one ("prepares", "Nepal"). */
function hasCredit(lower: string): boolean {
  for (const c of MARKERS.credits) {
    for (let i = lower.indexOf(c); i >= 0; i = lower.indexOf(c, i + 1)) {
      const before = lower[i - 1] ?? ' ';
      const after = lower[i + c.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && (!/[\p{L}\p{N}]$/u.test(c) || !/[\p{L}\p{N}]/u.test(after))) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- the header

type Segment =
  | { kind: 'date'; date: string; time?: string }
  | { kind: 'place'; name: string; code: string; zone: string | null; source?: string; date?: string; time?: string }
  | { kind: 'source'; name: string }
  | { kind: 'author'; name: string };

// «بورتسودان ـ عادل إبراهيم»: Arabic sites also use a spaced tatweel as the dash
const SEPARATOR = /\s+[-–—ـ]+\s*|\s*[-–—]+\s+|\s*[-–—]{2,}\s*/g;

interface HeaderResult {
  segments: Segment[];
  /** Offset where the body starts (after the header's last separator). */
  bodyStart: number;
}

/** Parses header segments ("محمد الرخا - دبي - الأربعاء 19 يونيو 2024 05:17 مساءً -") from a line. */
function parseHeader(text: string, line: Line, know: HeaderKnowledge, functionWords: Set<string>): HeaderResult | null {
  const segments: Segment[] = [];
  let pos = line.start;
  let bodyStart = line.start;
  for (let n = 0; n < 5 && pos < line.end; n++) {
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text.slice(0, line.end));
    const segEnd = sep && sep.index - pos <= 90 ? sep.index : line.end;
    if (segEnd === line.end && line.end - pos > 90) break;
    const seg = classifySegment(text.slice(pos, segEnd), know, functionWords, segments);
    if (!seg) break;
    segments.push(seg);
    pos = segEnd === line.end ? line.end : sep!.index + sep![0].length;
    bodyStart = pos;
  }
  if (!segments.some((s) => s.kind !== 'author')) return null;
  return { segments, bodyStart };
}

function classifySegment(
  raw: string,
  know: HeaderKnowledge,
  functionWords: Set<string>,
  before: Segment[],
): Segment | null {
  const s = raw.trim();
  if (!s) return null;
  const paren = /^(.*?)\s*[(（]\s*([^()]{1,40})\s*[)）]\s*[:：]?$/.exec(s);
  if (paren) {
    const head = paren[1]!.trim();
    const source = paren[2]!.trim();
    if (!head) return { kind: 'source', name: source };
    const place = placeWithDate(head, know);
    if (place) return { ...place, source };
    return null;
  }
  const place = placeWithDate(s.replace(/[:：]$/, ''), know);
  if (place) return place;
  const toks = tokenize(s).filter((t) => t.kind === 'word');
  const date = dateCovering(tokenize(s));
  if (date) return date;
  if (know.isOutlet(s)) return { kind: 'source', name: s };
  // An author: two to five words of a name, nothing else.
  const bylineMarker = MARKERS.byline.find((m) => normalizePhrase(s).startsWith(m + ' '));
  const name = bylineMarker ? s.replace(/^\S+\s*[:：]?\s*/, '') : s;
  const nameToks = bylineMarker ? toks.slice(1) : toks;
  if (
    nameToks.length >= 2 &&
    nameToks.length <= 5 &&
    !before.some((b) => b.kind === 'author') &&
    nameToks.every((t) => !/\d/.test(t.norm) && !functionWords.has(t.norm)) &&
    !/[.،,!?؟"«»]/.test(name)
  ) {
    return { kind: 'author', name: name.trim() };
  }
  return null;
}

/** "دبي", "WASHINGTON", "PARIS, June 19, 2024". */
function placeWithDate(s: string, know: HeaderKnowledge): Extract<Segment, { kind: 'place' }> | null {
  const [head, ...rest] = s.split(/[,،]/);
  const p = know.place(head!.trim());
  if (!p) return null;
  const seg: Extract<Segment, { kind: 'place' }> = { kind: 'place', name: head!.trim(), code: p.code, zone: p.zone };
  if (rest.length) {
    const d = dateCovering(tokenize(rest.join(',')));
    if (!d) return null;
    seg.date = d.date;
    seg.time = d.time;
  }
  return seg;
}

/** A date that makes up the whole segment (optionally after "Published"/"نشر في"). */
function dateCovering(tokens: Token[]): Extract<Segment, { kind: 'date' }> | null {
  const wordsOnly = tokens.filter((t) => t.kind === 'word');
  if (!wordsOnly.length) return null;
  let i = 0;
  for (const m of MARKERS.dateLine) {
    const n = m.split(' ').length;
    if (tokens.slice(0, n).map((t) => t.norm).join(' ') === m) {
      i = n;
      while (tokens[i]?.kind === 'punct') i++;
      break;
    }
  }
  // English web pages put the clock before the date too: "Updated 4:12 PM GMT+3, May 23, 2024"
  const lead = clockAt(tokens, i);
  if (lead) i = tokens[lead.to]?.norm === ',' ? lead.to + 1 : lead.to;
  const d = absoluteDateAt(tokens, i, null);
  if (!d || !d.date) return null;
  let to = d.to;
  let time = lead?.time ?? d.time;
  let offset = lead?.offset ?? null;
  if (!lead) {
    // "June 19, 2024 2:33 PM GMT+3", "June 10, 2024 | 14:05 GMT", "June 9, 2024 10:48 p.m. ET"
    const colon = d.time ? tokens.findIndex((t, n) => n >= i && n < d.to && t.norm === ':') : -1;
    const k = colon > 0 ? colon - 1 : tokens[d.to]?.norm === '|' || tokens[d.to]?.norm === ',' ? d.to + 1 : d.to;
    const tail = clockAt(tokens, k);
    if (tail) ({ to, time, offset } = tail);
  }
  const rest = tokens.slice(to).filter((t) => t.kind === 'word');
  const restText = rest.map((t) => t.norm).join(' ');
  if (rest.length > 2 && !MARKERS.dateLine.some((m) => restText.startsWith(m))) return null;
  return { kind: 'date', date: d.date, time, offset };
}

const numberAt = (tok: Token | undefined): number | null => (tok?.kind === 'word' && /^\d{1,2}$/.test(tok.norm) ? Number(tok.norm) : null);

/**
 * A clock time in Latin script with its optional am/pm and zone: "2:33 PM GMT+3", "10:48 p.m. ET",
 * "14:05 GMT". Only GMT/UTC offsets are turned into an offset; other zone letters are read and
 * left out, as a time without an offset.
 */
function clockAt(tokens: Token[], k: number): { to: number; time: string; offset: string | null } | null {
  let h = numberAt(tokens[k]);
  const mi = numberAt(tokens[k + 2]);
  if (h === null || mi === null || tokens[k + 1]?.norm !== ':') return null;
  let j = k + 3;
  const ap = tokens[j]?.norm;
  let half: string | null = null;
  if (ap === 'am' || ap === 'pm') {
    half = ap;
    j++;
  } else if ((ap === 'a' || ap === 'p') && tokens[j + 1]?.norm === '.' && tokens[j + 2]?.norm === 'm') {
    half = `${ap}m`;
    j += tokens[j + 3]?.norm === '.' ? 4 : 3;
  }
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || mi > 59) return null;
  let offset: string | null = null;
  const zone = tokens[j];
  if (zone?.kind === 'word' && /^[A-Z]{1,5}$/.test(zone.text)) {
    j++;
    if (zone.text === 'GMT' || zone.text === 'UTC') {
      offset = '+00:00';
      // "GMT+3"; a hyphen leaves no token, so a number right after the zone is a negative offset
      const plus = tokens[j]?.norm === '+';
      const n = numberAt(tokens[plus ? j + 1 : j]);
      if (n !== null && n <= 14 && (plus || tokens[j]!.start === zone.end + 1)) {
        offset = `${plus ? '+' : '-'}${String(n).padStart(2, '0')}:00`;
        j += plus ? 2 : 1;
      }
    }
  }
  return { to: j, time: `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`, offset };
}

/** "Updated 10:48 p.m. ET": a header line with a time and no date. */
function isTimeLine(tokens: Token[]): boolean {
  let i = 0;
  for (const m of MARKERS.dateLine) {
    const n = m.split(' ').length;
    if (tokens.slice(0, n).map((t) => t.norm).join(' ') === m) {
      i = n;
      break;
    }
  }
  const c = i > 0 ? clockAt(tokens, i) : null;
  return !!c && c.to >= tokens.length;
}

// ---------------------------------------------------------------- the article

export function parseStructure(
  text: string,
  know: HeaderKnowledge,
  functionWords: Set<string>,
): Structure {
  const lines = linesOf(text);
  const { kinds, related } = classifyBoilerplate(lines);
  const boilerplate: Boilerplate[] = [];
  const meta: Structure['meta'] = { title: null, author: null, dateline: null, publishedAt: null, source: null, rules: {} };
  let zone: string | null = null;
  let date: string | null = null;
  let time: string | undefined;

  const content = lines.map((l, i) => ({ l, i })).filter(({ i }) => !kinds[i]);
  let k = 0; // index into content of the first body line
  const apply = (segs: Segment[], rule: string) => {
    for (const s of segs) {
      if (s.kind === 'author' && !meta.author) {
        meta.author = s.name;
        meta.rules.author = rule;
      } else if (s.kind === 'source' && !meta.source) {
        meta.source = s.name;
        meta.rules.source = rule;
      } else if (s.kind === 'place' && !meta.dateline) {
        meta.dateline = s.name;
        meta.rules.dateline = rule;
        zone = s.zone;
        if (s.source && !meta.source) {
          meta.source = s.source;
          meta.rules.source = rule;
        }
        if (s.date && !date) {
          date = s.date;
          time = s.time;
        }
      } else if (s.kind === 'date' && !date) {
        date = s.date;
        time = s.time;
      }
    }
  };

  // Header lines before the body: a headline, "By …", a date line, a standalone dateline.
  for (let guard = 0; k < content.length && guard < 6; guard++) {
    const { l } = content[k]!;
    const header = parseHeader(text, l, know, functionWords);
    if (header && header.bodyStart >= l.end) {
      apply(header.segments, 'header.line');
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const bylineMarker = MARKERS.byline.find((m) => l.norm.startsWith(m + ' ') && l.words <= 8);
    if (bylineMarker && !/[.!؟?]$/.test(l.text)) {
      const name = l.text.replace(/^\S+\s*[:：]?\s*/, '').replace(/\s*[|,،].*$/, '').trim();
      if (!meta.author && name) {
        meta.author = name;
        meta.rules.author = 'header.byline';
      }
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    const dl = isShort(l, 14) ? dateCovering(tokenize(l.text)) : null;
    if (dl) {
      if (!date) {
        date = dl.date;
        time = dl.time;
      }
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    if (!meta.title && !date && l.words <= 2 && !header && content.length > k + 2) {
      // a section label above the headline («اقتصاد», "World")
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    if (content.length > k + 1 && !meta.title && !meta.dateline && looksLikeHeadline(l) && !header) {
      meta.title = l.text;
      meta.rules.title = 'header.headline';
      boilerplate.push({ start: l.start, end: l.end, kind: 'header', text: l.text });
      k++;
      continue;
    }
    break;
  }

  const paragraphs: Span[] = [];
  content.slice(k).forEach(({ l }, n) => {
    let start = l.start;
    if (n === 0) {
      const header = parseHeader(text, l, know, functionWords);
      if (header) {
        apply(header.segments, 'header.dateline');
        if (header.bodyStart > start) {
          boilerplate.push({ start, end: header.bodyStart, kind: 'header', text: text.slice(start, header.bodyStart) });
        }
        start = header.bodyStart;
      }
    }
    if (start < l.end) paragraphs.push({ start, end: l.end });
  });

  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (kind) boilerplate.push({ start: l.start, end: l.end, kind, text: l.text });
  });
  boilerplate.sort((a, b) => a.start - b.start);

  if (date) {
    meta.publishedAt = localIso(date, time, zone);
    meta.rules.publishedAt = time ? (zone ? 'header.date-time-zone' : 'header.date-time') : 'header.date';
  }
  return { meta, related, boilerplate, paragraphs };
}
