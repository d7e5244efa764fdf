// Reading a text character by character, fast. `s.charCodeAt(i)` and `s.length` look the method
// and the length up on the string at each call; once a loop has met strings of many internal
// representations (sliced, concatenated, internalised, one or two bytes a character: the
// extractor meets them all) V8 can no longer tell where they are and looks them up generically,
// which costs more than the rest of the loop (character loops ran four to five times slower).
// Called through the builtin itself, and with the length read once, they compile to loads.
const charCode = String.prototype.charCodeAt;

/** The UTF-16 code unit at i (NaN past the end), as `s.charCodeAt(i)`. */
export const codeAt = (s: string, i: number): number => charCode.call(s, i);
