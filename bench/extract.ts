// npm run bench:extract — extraction throughput on one core: articles/s and MB/s for ~5 KB
// Arabic and English articles, and heap/RSS over 10,000 articles (it should stay flat); English
// again with new words in it.
// The heap is read after a forced full collection: read without one it is mostly garbage not yet
// collected and wanders (90–200 MB) with the collector's timing, which hides or fakes a leak.
// The collections are left out of the CPU time of the rate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findClaims } from '../server/extract/claims.ts';
import { findEntities, type AnalysedSentence } from '../server/extract/entities.ts';
import { findEvents } from '../server/extract/events.ts';
import { extract, knowledge } from '../server/extract/index.ts';
import { detectLanguage } from '../server/extract/lang.ts';
import { splitSentences } from '../server/extract/sentences.ts';
import { parseStructure } from '../server/extract/structure.ts';
import { tokenize } from '../server/extract/tokens.ts';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.argv[2] ?? 10_000);

function corpus(lang: 'ar' | 'en'): string[] {
  const dir = join(root, 'tests/fixtures', lang, 'articles');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (lang === 'ar') texts.push(readFileSync(join(root, 'data/articles/ar-2024-06-19-putin-north-korea.txt'), 'utf8'));
  // bring each to about 5 KB: repeat its body paragraphs, keeping its header
  return texts.map((t) => {
    let out = t;
    const paras = t.split('\n').slice(2);
    let k = 0;
    while (Buffer.byteLength(out) < 5000 && paras.length) out += '\n' + paras[k++ % paras.length];
    return out;
  });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
// global.gc without --expose-gc on the command line (tsx runs this file)
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

for (const lang of ['ar', 'en'] as const) {
  const texts = corpus(lang);
  if (!texts.length) continue;
  for (let i = 0; i < 50; i++) extract(texts[i % texts.length]!); // warm up the lexicons and the JIT
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / texts.length;
  const samples: string[] = [];
  let totalBytes = 0;
  let gcCpu = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const t = texts[i % texts.length]!;
    extract(t);
    totalBytes += Buffer.byteLength(t);
    if (i % (N / 5) === 0 || i === N - 1) {
      const g0 = process.cpuUsage();
      gc();
      const g = process.cpuUsage(g0);
      gcCpu += g.user + g.system;
      const m = process.memoryUsage();
      samples.push(`${i + 1}: heap ${mb(m.heapUsed)} MB, rss ${mb(m.rss)} MB`);
    }
  }
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  // CPU time of this (single-threaded) process: the per-core rate even when other work shares the machine
  const cpu = (c.user + c.system - gcCpu) / 1e6;
  console.log(
    `${lang}: ${N} articles of ~${(bytes / 1024).toFixed(1)} KB: ${(N / cpu).toFixed(0)} articles/s and ` +
      `${(totalBytes / 1024 / 1024 / cpu).toFixed(2)} MB/s per CPU-second (${cpu.toFixed(1)} s CPU; ` +
      `wall ${s.toFixed(1)} s, ${(N / s).toFixed(0)} articles/s)`,
  );
  console.log(`   memory: ${samples.join(' | ')}`);
  console.log(`   stages: ${stages(texts, lang)}`);
}

// The corpus repeats: after its first round every word is in the tokenizer's table (tokens.ts)
// and has its readings in the words' memos, which fresh news is not. Here English again with one
// word in `every` one that no article had (a word and a serial number): one in seven as a server
// just started meets them, one in fifty as one that has read some thousands of articles (by
// Heaps' law, the rate of new words falls with the square root of the text read). The articles are
// made in batches outside the time counted.
let serial = 0;
for (const every of [50, 7]) {
  const texts = corpus('en');
  const fresh = (t: string) => {
    let n = 0;
    return t.replace(/[A-Za-z]+/g, (w) => (++n % every === 0 ? `${w}q${(serial++).toString(36)}` : w));
  };
  const n = Math.min(N, 3000);
  let cpu = 0;
  for (let done = 0; done < n; done += 500) {
    const batch = Array.from({ length: Math.min(500, n - done) }, (_, i) => fresh(texts[(done + i) % texts.length]!));
    const c0 = process.cpuUsage();
    for (const t of batch) extract(t);
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1e6;
  }
  console.log(`en, one word in ${every} new: ${n} articles: ${(n / cpu).toFixed(0)} articles/s per CPU-second`);
}

/** Where an article's time goes: each stage of extract() run on its own, µs of CPU per article. */
function stages(texts: string[], lang: 'ar' | 'en'): string {
  const spent = new Map<string, number>();
  const time = <R>(stage: string, f: () => R): R => {
    const c0 = process.cpuUsage();
    const r = f();
    const c = process.cpuUsage(c0);
    spent.set(stage, (spent.get(stage) ?? 0) + c.user + c.system);
    return r;
  };
  const n = Math.min(N, 2000);
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length]!;
    time('language', () => detectLanguage(text));
    const structure = time('structure', () => parseStructure(text, knowledge));
    const sentences = time('sentences', () => splitSentences(text, structure.paragraphs));
    const analysed: AnalysedSentence[] = time('tokens', () =>
      sentences.map((sentence) => ({ sentence, tokens: tokenize(text, sentence.start, sentence.end) })),
    );
    const ref = structure.meta.publishedAt?.slice(0, 10) ?? null;
    const found = time('entities', () => findEntities(analysed, lang, structure.meta.publishedAt, null));
    time('claims', () => findClaims(analysed, found, lang));
    time('events', () => findEvents(analysed, found, lang, ref));
  }
  return [...spent].map(([stage, us]) => `${stage} ${(us / n).toFixed(0)}`).join(', ') + ' µs';
}
