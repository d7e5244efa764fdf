// English names beyond the lexicon and the title scan: filled in by the English extraction work.
import type { NamePassApi } from './entities.ts';

export function englishNamePass(_api: NamePassApi): void {}
