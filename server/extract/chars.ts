// Reading strings character by character where the strings are of every kind. `s.charCodeAt(i)`
// and `s.length` look the method and the length up on the string at each call; once a loop has
// met strings of many internal representations (sliced, concatenated, internalised, one or two
// bytes a character: tokens, lines, lexicon phrases, header segments all go through the
// normalisation) V8 looks them up generically, which costs more than the rest
// of the loop (line normalisation ran twice as slow). Called through the builtin itself, and with
// the length read once, they compile to loads. A loop that only ever reads whole article texts
// (language detection, sentence splitting) is better off with `charCodeAt`, inlined.
const charCode = String.prototype.charCodeAt;
const slice = String.prototype.slice;

/** The UTF-16 code unit at i (NaN past the end), as `s.charCodeAt(i)`. */
export const codeAt = (s: string, i: number): number => charCode.call(s, i);

/** The characters from i to j, as `s.slice(i, j)`. */
export const sliceOf = (s: string, i: number, j: number): string => slice.call(s, i, j);

// White space as /\s/ tells it, and letters and digits as /[\p{L}\p{N}]/u, by code unit: tables,
// where the regular expression on a string of the one character cost more than the rest of
// trimming a line, a sentence or a claim.
const SPACE = new Uint8Array(0x10000);
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) SPACE[c] = 1;
  if (/[\p{L}\p{N}]/u.test(ch)) WORD[c] = 1;
}

/** Whether a UTF-16 unit is white space, as /\s/ tells of it (NaN, past the text's end, is not). */
export const isSpace = (c: number): boolean => SPACE[c] === 1;

/** Whether a UTF-16 unit is a letter or digit, as /[\p{L}\p{N}]/u tells of it (NaN is not). */
export const isWordChar = (c: number): boolean => WORD[c] === 1;

/** Whether a UTF-16 unit is a digit 0 to 9 (a token's norm has only these: see normalize.ts asciiDigits). */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether the text starts with a digit 0 to 9: told before a number's regular expression is tried. */
export const startsWithDigit = (s: string): boolean => isDigit(codeAt(s, 0));
