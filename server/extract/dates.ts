// Dates: absolute dates in bylines and text, and relative expressions (أمس، الثلاثاء الماضي,
// "on Tuesday") resolved against the publication date. What cannot be fixed to a day stays null.
import { codeAt, startsWithDigit } from './chars.ts';
import { lexicons } from './lexicon.ts';
import { normalizePhrase } from './normalize.ts';
import { addFirstWord, firstWordBit, mayStart, memoSlot, type Token } from './tokens.ts';

export interface DateMatch {
  /** Token range [from, to) of the expression. */
  from: number;
  to: number;
  /** YYYY-MM-DD, or null when the expression names a period, not a day. */
  date: string | null;
  time?: string;
  rule: string;
}

/**
 * Normalised phrases by their first word, each with the words after it as one string: most
 * tokens start none, which the first-word index tells at once.
 */
interface Table<V> {
  byFirst: Map<string, { rest: string; value: V }[]>;
  /** its bit among the tables a word starts (see `tablesStarted`) */
  flag: number;
}

interface Tables {
  months: Table<number>;
  weekdays: Table<number>;
  relative: Table<number>;
  periods: Table<string>;
  ampm: Table<'am' | 'pm'>;
  maxWords: number;
  /** the bit of the tables an expression starts with */
  bit: number;
}

let tables: Tables | undefined;
// the tables' flags (see `tablesStarted`)
const MONTHS = 1;
const WEEKDAYS = 2;
const RELATIVE = 4;
const PERIODS = 8;
const AMPM = 16;

function t(): Tables {
  if (tables) return tables;
  const d = lexicons().dates;
  // The tables an expression starts with share one bit of the first-word index, which has few
  // (a bit for each would take five): what a token may start is told by one test, and which
  // tables it starts then by the word's memo.
  const bit = firstWordBit();
  const map = <V>(flag: number, ...objs: Record<string, V>[]): Table<V> => {
    const m = new Map<string, V>();
    for (const o of objs) for (const [k, v] of Object.entries(o)) m.set(normalizePhrase(k), v);
    const byFirst = new Map<string, { rest: string; value: V }[]>();
    for (const [phrase, value] of m) {
      const space = phrase.indexOf(' ');
      const first = space < 0 ? phrase : phrase.slice(0, space);
      let list = byFirst.get(first);
      if (!list) {
        byFirst.set(first, (list = []));
        // (am/pm is read only after a time: no bit)
        if (flag !== AMPM) addFirstWord(bit, first);
      }
      list.push({ rest: space < 0 ? '' : phrase.slice(space + 1), value });
    }
    return { byFirst, flag };
  };
  const all = [d.monthsAr, d.monthsEn, d.relativeAr, d.relativeEn, d.periodAr, d.periodEn];
  const maxWords = Math.max(...all.flatMap((o) => Object.keys(o).map((k) => normalizePhrase(k).split(' ').length)));
  tables = {
    months: map(MONTHS, d.monthsAr, d.monthsEn),
    weekdays: map(WEEKDAYS, d.weekdaysAr, d.weekdaysEn),
    relative: map(RELATIVE, d.relativeAr, d.relativeEn),
    periods: map(PERIODS, d.periodAr, d.periodEn),
    ampm: map(AMPM, d.amPmAr, { am: 'am', pm: 'pm', 'a m': 'am', 'p m': 'pm' } as Record<string, 'am' | 'pm'>),
    maxWords,
    bit,
  };
  return tables;
}

/**
 * How many tokens after i spell `rest` (their norms joined by spaces, as a phrase's words are),
 * all of them words and at most `max`; -1 when none do. Compared in place: joining the next words
 * to look each length up made the look-ups most of the cost of reading dates.
 */
function restLength(rest: string, tokens: Token[], i: number, max: number): number {
  let at = 0;
  for (let n = 0; ; n++) {
    if (at === rest.length) return n;
    if (n === max) return -1;
    if (n > 0) {
      if (codeAt(rest, at) !== 0x20) return -1;
      at++;
    }
    const tok = tokens[i + 1 + n];
    if (!tok || tok.kind !== 'word' || !rest.startsWith(tok.norm, at)) return -1;
    at += tok.norm.length;
  }
}

// Which tables a word starts a phrase of depends on the word alone: read once per word, in its
// memo (tokens.ts). A word that passes the shared first-word bit is then looked up only in the
// tables it starts ("the" starts a relative day only, and was looked up in five tables).
const tablesSlot = memoSlot();

/** The flags of the tables one of the token's forms starts a phrase of. */
function tablesStarted(tok: Token): number {
  const memo = tok.forms.memo;
  const known = memo?.[tablesSlot] as number | undefined;
  if (known !== undefined) return known;
  const tb = t();
  let flags = 0;
  for (const table of [tb.months, tb.weekdays, tb.relative, tb.periods, tb.ampm]) {
    for (const { form } of tok.forms) if (table.byFirst.has(form)) flags |= table.flag;
  }
  if (memo) memo[tablesSlot] = flags;
  return flags;
}

/** Longest phrase of a table starting at token i, trying the token's clitic-stripped forms (in order, for phrases as long). */
function lookup<V>(table: Table<V>, tokens: Token[], i: number): { value: V; to: number } | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || !(tablesStarted(first) & table.flag)) return null;
  const max = t().maxWords - 1;
  let found: { value: V; to: number } | null = null;
  for (const { form } of first.forms) {
    const list = table.byFirst.get(form);
    if (!list) continue;
    for (const { rest, value } of list) {
      const n = restLength(rest, tokens, i, max);
      if (n >= 0 && (!found || i + 1 + n > found.to)) found = { value, to: i + 1 + n };
    }
  }
  return found;
}

/** The period of an abbreviated month ("Jan. 23", "Sept. 5"), which the scanner keeps apart. */
const afterAbbreviation = (tokens: Token[], k: number): number =>
  tokens[k]?.norm === '.' && tokens[k]!.start === tokens[k - 1]?.end ? k + 1 : k;

/** «مارس آذار», «أكتوبر/تشرين الأول»: the same month named in a second calendar. */
function skipSameMonth(tokens: Token[], k: number, month: number): number {
  k = afterAbbreviation(tokens, k);
  const j = tokens[k]?.norm === '/' || tokens[k]?.norm === '(' ? k + 1 : k;
  const again = lookup(t().months, tokens, j);
  if (!again || again.value !== month) return k;
  return tokens[again.to]?.norm === ')' ? again.to + 1 : again.to;
}

// (the expressions below are tried at every token of a sentence: a word that does not start with
// a digit is turned away before them)

const num = (tok: Token | undefined): number | null =>
  tok && tok.kind === 'word' && startsWithDigit(tok.norm) && /^\d+$/.test(tok.norm) ? Number(tok.norm) : null;

// Days are reckoned as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar,
// as Date's), not through Date objects: parsing and printing their strings was a sixth of reading
// an article's dates and header (measured). What the day numbers do not cover (years outside
// 1000–9999, strings not of a real YYYY-MM-DD day) goes through Date as before.

/** The day number of a day (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** YYYY-MM-DD of a day number (civil_from_days), or null outside the years 1000–9999. */
function dayString(z: number): string | null {
  const days = z + 719468;
  const era = Math.floor(days / 146097);
  const doe = days - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y >= 1000 && y <= 9999 ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** The number of the digits date[from, to), or -1. */
function digitsAt(date: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = codeAt(date, k) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The day number of a YYYY-MM-DD string naming a real day of the years 1000–9999, else null. */
function parseDay(date: string): number | null {
  if (date.length !== 10 || codeAt(date, 4) !== 0x2d || codeAt(date, 7) !== 0x2d) return null;
  const y = digitsAt(date, 0, 4);
  const m = digitsAt(date, 5, 7);
  const d = digitsAt(date, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

export const isoDate = (y: number, m: number, d: number): string | null => {
  if (y >= 1000 && y <= 9999 && Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) {
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
};

export function addDays(date: string, days: number): string {
  const z = parseDay(date);
  const sum = z !== null && Number.isInteger(days) ? dayString(z + days) : null;
  if (sum !== null) return sum;
  const dt = new Date(`${date}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

const weekdayOf = (date: string): number => {
  const z = parseDay(date);
  // (day 0 was a Thursday)
  return z !== null ? (((z + 4) % 7) + 7) % 7 : new Date(`${date}T00:00:00Z`).getUTCDay();
};

// The days an article's expressions name relative to its publication date: the same few, asked
// sentence after sentence (reckoned anew through Date objects and their strings, they cost a
// tenth of reading dates).
let fromRef: { ref: string; weekday: number; days: Map<number, string> } | null = null;

function refDays(ref: string): NonNullable<typeof fromRef> {
  if (fromRef?.ref !== ref) fromRef = { ref, weekday: weekdayOf(ref), days: new Map() };
  return fromRef;
}

/** addDays(ref, days), remembered for the last reference date. */
function refPlus(ref: string, days: number): string {
  const known = refDays(ref).days;
  let date = known.get(days);
  if (date === undefined) known.set(days, (date = addDays(ref, days)));
  return date;
}

/** Year for a day and month given without one: the publication's year, or the one before if that is later. */
function inferYear(m: number, d: number, ref: string | null): number | null {
  if (!ref) return null;
  const y = Number(ref.slice(0, 4));
  const candidate = isoDate(y, m, d);
  if (candidate && candidate > refPlus(ref, 31)) return y - 1;
  return y;
}

/** An absolute date (with optional weekday, time and am/pm) starting at token i. */
/** n tokens from k, one character apart: numbers joined by hyphens, which the tokenizer drops. */
function adjacent(tokens: Token[], k: number, n: number): boolean {
  for (let j = k + 1; j < k + n; j++) if (!tokens[j] || tokens[j]!.start - tokens[j - 1]!.end !== 1) return false;
  return true;
}

export function absoluteDateAt(tokens: Token[], i: number, ref: string | null): DateMatch | null {
  const tb = t();
  let k = i;
  const wd = lookup(tb.weekdays, tokens, k);
  if (wd) {
    k = wd.to;
    if (tokens[k]?.norm === ',' || tokens[k]?.norm === '،') k++;
  }
  let y: number | null = null;
  let m: number | null = null;
  let d: number | null = null;
  const n1 = num(tokens[k]);
  const month1 = lookup(tb.months, tokens, k);
  // 22.04.2024 reads as one token (the tokenizer keeps decimals whole)
  const dotted = tokens[k]?.kind === 'word' && startsWithDigit(tokens[k]!.norm) ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(tokens[k]!.norm) : null;
  if (dotted) {
    d = Number(dotted[1]);
    m = Number(dotted[2]);
    y = Number(dotted[3]);
    k++;
  } else if (n1 !== null && n1 >= 1 && n1 <= 31) {
    const mo = lookup(tb.months, tokens, k + 1);
    if (mo) {
      d = n1;
      m = mo.value;
      k = skipSameMonth(tokens, mo.to, mo.value);
      if (tokens[k]?.norm === ',') k++;
      const yr = num(tokens[k]);
      if (yr !== null && yr >= 1900 && yr <= 2100) {
        y = yr;
        k++;
      }
    } else if ((tokens[k + 1]?.norm === '/' || tokens[k + 1]?.norm === '.') && num(tokens[k + 2]) !== null) {
      // 19/06/2024 or 19.06.2024 (day first, as the Arab and European press write it)
      const mm = num(tokens[k + 2])!;
      const yr = num(tokens[k + 4]);
      if (tokens[k + 3]?.norm === tokens[k + 1]?.norm && yr !== null && yr >= 1900) {
        d = n1;
        m = mm;
        y = yr;
        k += 5;
      }
    } else if (adjacent(tokens, k, 3) && num(tokens[k + 1]) !== null && (num(tokens[k + 2]) ?? 0) >= 1900) {
      // 19-6-2024 (hyphens are not tokens)
      d = n1;
      m = num(tokens[k + 1]);
      y = num(tokens[k + 2]);
      k += 3;
    }
  } else if (month1) {
    const at = afterAbbreviation(tokens, month1.to);
    const dn = num(tokens[at]);
    if (dn !== null && dn >= 1 && dn <= 31) {
      m = month1.value;
      d = dn;
      k = at + 1;
      if (tokens[k]?.norm === ',') k++;
      const yr = num(tokens[k]);
      if (yr !== null && yr >= 1900 && yr <= 2100) {
        y = yr;
        k++;
      }
    }
  } else if (
    n1 !== null && n1 >= 1900 && n1 <= 2100 &&
    (tokens[k + 1]?.norm === '/' || tokens[k + 1]?.norm === '.') &&
    tokens[k + 3]?.norm === tokens[k + 1]?.norm &&
    num(tokens[k + 2]) !== null && num(tokens[k + 4]) !== null
  ) {
    // 2024/08/13
    y = n1;
    m = num(tokens[k + 2]);
    d = num(tokens[k + 4]);
    k += 5;
  } else if (n1 !== null && n1 >= 1900 && n1 <= 2100 && num(tokens[k + 1]) !== null && num(tokens[k + 2]) !== null) {
    // 2024-06-19 (hyphens are not tokens)
    if (adjacent(tokens, k, 3)) {
      y = n1;
      m = num(tokens[k + 1]);
      d = num(tokens[k + 2]);
      k += 3;
    }
  }
  if (m === null || d === null) return null;
  y ??= inferYear(m, d, ref);
  if (y === null) return null;
  const date = isoDate(y, m, d);
  if (!date) return null;
  const match: DateMatch = { from: i, to: k, date, rule: 'date.absolute' };
  // time: 05:17 [مساءً|PM]
  const hh = num(tokens[k]);
  if (hh !== null && tokens[k + 1]?.norm === ':' && num(tokens[k + 2]) !== null) {
    let h = hh;
    const mi = num(tokens[k + 2])!;
    k += 3;
    const ap = lookup(tb.ampm, tokens, k);
    if (ap) {
      if (ap.value === 'pm' && h < 12) h += 12;
      if (ap.value === 'am' && h === 12) h = 0;
      k = ap.to;
    }
    if (h < 24 && mi < 60) {
      match.time = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
      match.to = k;
    }
  }
  return match;
}

const NEXT = new Set(['المقبل', 'القادم', 'المقبله', 'القادمه', 'next', 'coming']);
const LAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'last', 'past']);

/** Every date expression in a sentence's tokens, resolved against the reference date. */
export function findDates(tokens: Token[], ref: string | null): DateMatch[] {
  const tb = t();
  const out: DateMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // an expression starts with a number or a word of the tables: most tokens are turned away
    // here, with one test instead of the five look-ups below
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || (!startsWithDigit(tok.norm) && !mayStart(tok, tb.bit))) continue;
    const abs = absoluteDateAt(tokens, i, ref);
    if (abs) {
      out.push(abs);
      i = abs.to - 1;
      continue;
    }
    const per = lookup(tb.periods, tokens, i);
    if (per) {
      out.push({ from: i, to: per.to, date: null, rule: 'date.period' });
      i = per.to - 1;
      continue;
    }
    const rel = lookup(tb.relative, tokens, i);
    if (rel) {
      // «اليوم الأربعاء»: the weekday only confirms the day
      const wd = lookup(tb.weekdays, tokens, rel.to);
      const to = wd ? wd.to : rel.to;
      out.push({ from: i, to, date: ref ? refPlus(ref, rel.value) : null, rule: 'date.relative' });
      i = to - 1;
      continue;
    }
    const wd = lookup(tb.weekdays, tokens, i);
    if (wd) {
      const after = tokens[wd.to]?.norm ?? '';
      const before = tokens[i - 1]?.norm ?? '';
      let date: string | null = null;
      let to = wd.to;
      if (ref) {
        const weekday = refDays(ref).weekday;
        const diff = (weekday - wd.value + 7) % 7;
        if (NEXT.has(after) || NEXT.has(before)) date = refPlus(ref, (wd.value - weekday + 7) % 7 || 7);
        else if (LAST.has(after) || LAST.has(before)) date = refPlus(ref, -(diff || 7));
        else date = refPlus(ref, -diff);
        if (NEXT.has(after) || LAST.has(after)) to++;
      }
      out.push({ from: i, to, date, rule: 'date.weekday' });
      i = to - 1;
    }
  }
  return out;
}

/** Offset of an IANA zone at a UTC instant, as "+04:00". */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function zoneOffset(zone: string, utcMillis: number): string | null {
  try {
    let f = formatters.get(zone);
    if (!f) formatters.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
    const name = f
      .formatToParts(new Date(utcMillis))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) return null;
    if (name === 'GMT') return '+00:00';
    const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
    return m ? `${m[1]}:${m[2] ?? '00'}` : null;
  } catch {
    return null;
  }
}

/** ISO 8601 for a local date and time in a zone: the offset is the zone's on that day. */
export function localIso(date: string, time: string | undefined, zone: string | null): string {
  if (!time) return date;
  if (!zone) return `${date}T${time}:00`;
  const guess = Date.parse(`${date}T${time}:00Z`);
  const off = dayOffset(zone, guess);
  return off ? `${date}T${time}:00${off}` : `${date}T${time}:00`;
}

// A zone's offset through a UTC day on which it does not change, by zone and day: the articles
// of a site and a day share it, and each reading of an offset is an ICU formatting (a twentieth
// of an Arabic article's header, measured). A day has one offset when its first and last
// millisecond have the same: no zone changes its offset twice in a day. (false: it changes)
const DAY = 86_400_000;
const dayOffsets = new Map<string, string | null | false>();

/** zoneOffset(zone, utcMillis), read once for each zone and day on which the offset holds. */
function dayOffset(zone: string, utcMillis: number): string | null {
  if (!Number.isFinite(utcMillis)) return zoneOffset(zone, utcMillis);
  const day = Math.floor(utcMillis / DAY);
  const key = `${zone} ${day}`;
  let off = dayOffsets.get(key);
  if (off === undefined) {
    const first = zoneOffset(zone, day * DAY);
    off = first === zoneOffset(zone, day * DAY + DAY - 1) ? first : false;
    if (dayOffsets.size >= 10_000) dayOffsets.clear();
    dayOffsets.set(key, off);
  }
  return off === false ? zoneOffset(zone, utcMillis) : off;
}
