// npm run bench:ner — entity-level precision, recall and F1 of the Arabic entity finder on the
// ANERcorp test split in ../shared/benchmarks/arabic-ner (for measurement only: never tune on it).
// Persons are PERSON; organisations are ORGANIZATION, MEDIA and GROUP; locations are countries
// named, capitals and cities (demonyms are adjectives, MISC in ANERcorp, and are left out).
import { existsSync, readFileSync } from 'node:fs';
import { findEntities, type AnalysedSentence } from '../server/extract/entities.ts';
import { tokenize } from '../server/extract/tokens.ts';

const file = process.argv[2] ?? new URL('../../shared/benchmarks/arabic-ner/ANERCorp_CamelLab_test.REPAIRED-sentence-initial.txt', import.meta.url).pathname;
if (!existsSync(file)) {
  console.error(`bench:ner: test set not found: ${file}`);
  process.exit(1);
}

type Kind = 'PERS' | 'LOC' | 'ORG';
interface Span {
  kind: Kind;
  start: number;
  end: number;
}

const sentences: { text: string; gold: Span[] }[] = [];
let words: { w: string; tag: string }[] = [];
const flush = () => {
  if (!words.length) return;
  let text = '';
  const gold: Span[] = [];
  let open: Span | null = null;
  for (const { w, tag } of words) {
    const start = text.length ? text.length + 1 : 0;
    text += (text.length ? ' ' : '') + w;
    const [bio, type] = tag.split('-') as [string, string | undefined];
    const kind = type === 'PERS' || type === 'LOC' || type === 'ORG' ? (type as Kind) : null;
    if (bio === 'I' && open && kind === open.kind) {
      open.end = text.length;
      continue;
    }
    if (open) gold.push(open);
    open = bio !== 'O' && kind ? { kind, start, end: text.length } : null;
  }
  if (open) gold.push(open);
  sentences.push({ text, gold });
  words = [];
};
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  const t = line.trim();
  if (!t) {
    flush();
    continue;
  }
  const [w, tag] = t.split(/\s+/);
  if (w && tag) words.push({ w, tag });
}
flush();

const KIND: Record<string, Kind | undefined> = { PERSON: 'PERS', ORGANIZATION: 'ORG', MEDIA: 'ORG', GROUP: 'ORG', COUNTRY: 'LOC', PLACE: 'LOC' };
const counts: Record<Kind, { tp: number; fp: number; fn: number }> = {
  PERS: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
};
const t0 = performance.now();
for (const s of sentences) {
  const analysed: AnalysedSentence[] = [
    { sentence: { index: 0, text: s.text, start: 0, end: s.text.length, paragraph: 0 }, tokens: tokenize(s.text) },
  ];
  const found = findEntities(analysed, 'ar', null);
  const pred: Span[] = [];
  for (const e of found.entities) {
    const kind = KIND[e.type];
    if (!kind) continue;
    for (const m of e.mentions) {
      if (m.rule === 'country.demonym' || m.rule.startsWith('country.seat')) continue;
      pred.push({ kind, start: m.start, end: m.end });
    }
  }
  // mentions keep their proclitics (وروسيا) as ANERcorp tokens do, so spans compare exactly
  const key = (x: Span) => `${x.kind}:${x.start}:${x.end}`;
  const goldKeys = new Set(s.gold.map(key));
  const used = new Set<string>();
  for (const p of pred) {
    if (goldKeys.has(key(p)) && !used.has(key(p))) {
      counts[p.kind].tp++;
      used.add(key(p));
    } else counts[p.kind].fp++;
  }
  for (const g of s.gold) if (!used.has(key(g))) counts[g.kind].fn++;
}
const ms = performance.now() - t0;
const row = (k: string, c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${k.padEnd(6)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};
const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
console.log(`ANERcorp test (${sentences.length} sentences), entity level, exact span`);
for (const k of ['PERS', 'LOC', 'ORG'] as const) console.log(row(k, counts[k]));
console.log(row('ALL', all));
console.log(`time ${ms.toFixed(0)} ms`);
