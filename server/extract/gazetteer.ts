// A token trie over normalised phrases. The first token of a phrase may carry Arabic
// proclitics (وبروسيا، لكوريا، والصين); the others must match as they are.
import { codeAt } from './chars.ts';
import { addFirstWord, firstWordBit, mayStart, memoSlot, tokenizePhrase, type Forms, type Token } from './tokens.ts';

interface Node<T> {
  next: Map<string, Node<T>>;
  /** The `keyBit`s of the words in `next`. */
  keys: number;
  /** The phrases that end here; null at most nodes, so that a walk past them reads no array. */
  items: Item<T>[] | null;
}

interface Item<T> {
  payload: T;
  raw: string[] | null;
}

export interface GazetteerMatch<T> {
  from: number;
  to: number;
  payload: T;
  /** Proclitics taken off the first token (e.g. "و", "ل", "وال"). */
  prefix: string;
}

/**
 * Where a word's form enters the trie: a copy of the root's node for it, with the proclitics taken
 * off the word. A walk's first step reads the copy, kept with the word's other starts, not the node,
 * which is elsewhere in memory (a cache miss at most walks, most of which end at that step).
 */
interface Start<T> extends Node<T> {
  prefix: string;
}

const newNode = <T>(): Node<T> => ({ next: new Map(), keys: 0, items: null });

// A walk mostly ends at its first step, at a word the node has no branch for: the node's bits of
// its words refuse most of those before the look-up in its map, which, the nodes being scattered
// over the heap, costs cache misses (look-ups fell from 430 an article to 116, and matchAt took a
// quarter less). Bits of a word's length and end letters, 30 of them so that `keys` stays a small
// integer.
function keyBit(word: string): number {
  return 1 << ((word.length * 7 + codeAt(word, 0) * 31 + codeAt(word, word.length - 1)) % 30);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const NONE: GazetteerMatch<any>[] = Object.freeze([]) as unknown as GazetteerMatch<any>[];
const NO_STARTS: readonly Start<never>[] = Object.freeze([]);
// case-sensitive items compare every candidate's raw text: most have no period to take out
const rawOf = (text: string) => (text.includes('.') ? text.replace(/\./g, '') : text);

/** A first word's spellings in a trie's phrases: ANY when a phrase takes it in any case. */
type Spellings = Set<string> | typeof ANY;
const ANY = 'any';

export class Gazetteer<T> {
  private root: Node<T> = newNode();
  size = 0;
  /** The most word tokens in a phrase: a walk never reads further. */
  longest = 0;

  /**
   * Adds a phrase. `caseSensitive` keeps short Latin acronyms (US, UN, AP) from matching
   * ordinary words (us, un, ap).
   */
  add(phrase: string, payload: T, caseSensitive = false): void {
    const toks = tokenizePhrase(phrase).filter((t) => t.kind === 'word');
    if (!toks.length) return;
    addFirstWord(this.bit, toks[0]!.norm);
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.norm);
      if (!n) node.next.set(t.norm, (n = newNode()));
      node.keys |= keyBit(t.norm);
      node = n;
    }
    const raw = caseSensitive ? toks.map((t) => rawOf(t.text)) : null;
    (node.items ??= []).push({ payload, raw });
    const first = this.root.next.get(toks[0]!.norm)!;
    const spellings = this.spellings.get(first) ?? new Set();
    if (spellings !== ANY && raw) spellings.add(raw[0]!);
    this.spellings.set(first, raw ? spellings : ANY);
    this.size++;
    this.longest = Math.max(this.longest, toks.length);
    if (this.looked) {
      this.slot = memoSlot(); // a phrase added after look-ups: forget where words entered
      this.looked = false;
    }
  }

  private bit = firstWordBit();
  // where a word's forms enter the trie, kept in the word's memo (tokens.ts)
  private slot = memoSlot();
  private looked = false;
  /** The spellings of the first word of the phrases through each of the root's nodes. */
  private spellings = new Map<Node<T>, Spellings>();

  /**
   * Where a word enters the trie. Not where every phrase needs its first word spelled otherwise:
   * "the" enters no phrase of "The Gambia"'s kind, "us" none of "US"'s (half the walks of the
   * country, institution and short-form tries an English article, each of them cold loads of
   * nodes to refuse at the first raw text). A word's memo is its reading's: one spelling, `text`.
   */
  private startsOf(forms: Forms, text: string): readonly Start<T>[] {
    const memo = forms.memo;
    let hits = memo?.[this.slot] as readonly Start<T>[] | undefined;
    if (!hits) {
      this.looked = true;
      let found: Start<T>[] | null = null;
      for (const { form, prefix } of forms) {
        const node = this.root.next.get(form);
        if (!node || !this.opens(node, prefix, text)) continue;
        (found ??= []).push({ next: node.next, keys: node.keys, items: oneWordItems(node.items, prefix, text), prefix });
      }
      hits = found ?? NO_STARTS;
      if (memo) memo[this.slot] = hits;
    }
    return hits;
  }

  /** Whether a phrase through a root's node may start with this spelling (see `sameRaw`). */
  private opens(node: Node<T>, prefix: string, text: string): boolean {
    const spellings = this.spellings.get(node)!;
    return spellings === ANY || (!prefix && (spellings.has(text) || spellings.has(rawOf(text))));
  }

  /**
   * Which tokens may start a phrase of one of the tries (1, else 0): a pass that asks them at
   * every token asks only there. One test of a token's first-word bits instead of one a trie.
   */
  static startsIn(tokens: Token[], tries: readonly Gazetteer<unknown>[]): Uint8Array {
    let bits = 0;
    for (const g of tries) bits |= g.bit;
    if (tries.some((g) => !g.bit)) bits = 0; // (a trie without a bit may start at any word: so does 0)
    const out = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && mayStart(t, bits)) out[i] = 1;
    }
    return out;
  }

  /** All phrases that start at token i, longest first. */
  matchAt(tokens: Token[], i: number): GazetteerMatch<T>[] {
    this.walk(tokens, i, true);
    const out = this.found;
    if (!out) return NONE;
    this.found = null;
    return out.length > 1 ? out.sort(longestFirst) : out;
  }

  /**
   * The longest phrase that starts at token i: `matchAt`'s first, without the list and its sort
   * (most passes ask for no other).
   */
  longestAt(tokens: Token[], i: number): GazetteerMatch<T> | undefined {
    return this.walk(tokens, i, false);
  }

  // matchAt's matches, gathered by `walk`: the list is made at a first match (most calls find none)
  private found: GazetteerMatch<T>[] | null = null;

  /**
   * Walks the phrases that start at token i: gathers all of them in `found`, or returns the one
   * `matchAt` would put first (the longest; of those, the one with the shortest prefix; of those,
   * the first found), made only at the end.
   */
  private walk(tokens: Token[], i: number, all: boolean): GazetteerMatch<T> | undefined {
    const first = tokens[i];
    if (!first || first.kind !== 'word' || !mayStart(first, this.bit)) return undefined;
    const starts = this.startsOf(first.forms, first.text);
    let best: Item<T> | null = null;
    let bestTo = 0;
    let bestPrefix = '';
    // indexed loops, not for…of: most walks are a step or two, and the iterators cost a tenth of them
    for (let s = 0; s < starts.length; s++) {
      const start = starts[s]!;
      const prefix = start.prefix;
      let { items, keys, next } = start;
      let j = i + 1;
      for (;;) {
        for (let n = 0; items && n < items.length; n++) {
          const item = items[n]!;
          if (item.raw && !sameRaw(item.raw, tokens, i, j, prefix)) continue;
          if (all) (this.found ??= []).push({ from: i, to: j, payload: item.payload, prefix });
          else if (!best || j > bestTo || (j === bestTo && prefix.length < bestPrefix.length)) {
            best = item;
            bestTo = j;
            bestPrefix = prefix;
          }
        }
        const t = tokens[j];
        if (!t || t.kind !== 'word' || !(keys & keyBit(t.norm))) break;
        const node = next.get(t.norm);
        if (!node) break;
        ({ items, keys, next } = node);
        j++;
      }
    }
    return best ? { from: i, to: bestTo, payload: best.payload, prefix: bestPrefix } : undefined;
  }
}

const longestFirst = <T>(a: GazetteerMatch<T>, b: GazetteerMatch<T>) => b.to - a.to || a.prefix.length - b.prefix.length;

/**
 * The phrases of one word that a start's word, with this prefix and spelling, ends: the case of
 * each is tested here, once per word, not at each walk (that test read the phrase's raw text at
 * most walks through the country and short-form tries). Null for none, as at nodes.
 */
function oneWordItems<T>(items: Item<T>[] | null, prefix: string, text: string): Item<T>[] | null {
  let out: Item<T>[] | null = null;
  for (const item of items ?? []) {
    if (!item.raw) (out ??= []).push(item);
    else if (!prefix && item.raw.length === 1 && sameWord(text, item.raw[0]!)) (out ??= []).push({ payload: item.payload, raw: null });
  }
  return out;
}

function sameRaw(raw: string[], tokens: Token[], i: number, j: number, prefix: string): boolean {
  if (prefix || j - i !== raw.length) return false;
  for (let k = i; k < j; k++) if (!sameWord(tokens[k]!.text, raw[k - i]!)) return false;
  return true;
}

// a raw text has no period, so a token's text equal to it is its raw text: most are, and the
// period's test is left to those that are not
const sameWord = (text: string, raw: string): boolean => text === raw || rawOf(text) === raw;
