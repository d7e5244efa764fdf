// Scores the extractor on the sample article (../shared) and on the team's own annotated
// articles (tests/fixtures/{ar,en}), with the project's scorer, and prints the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const shared = join(root, '../shared');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Scorer = { scoreArticle: (g: any, p: any) => any; summary: (s: any) => any };
const scorer = (await import(join(shared, 'eval/score.mjs'))) as Scorer;

function add(total: Record<string, unknown>, s: Record<string, unknown>) {
  for (const [k, v] of Object.entries(s)) {
    if (typeof v === 'number') total[k] = ((total[k] as number) ?? 0) + v;
    else {
      const t = (total[k] ??= { tp: 0, fp: 0, fn: 0 }) as Record<string, number>;
      for (const f of ['tp', 'fp', 'fn']) t[f]! += (v as Record<string, number>)[f]!;
    }
  }
}

function scoreDir(articles: string, gold: string) {
  const total: Record<string, unknown> = {};
  const rows: string[] = [];
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8'));
    const doc = extract(readFileSync(join(articles, g.article), 'utf8'));
    const s = scorer.scoreArticle(g, doc);
    add(total, s);
    const o = scorer.summary(s);
    rows.push(`${f.padEnd(52)} actors ${o.actors.f1.toFixed(2)} countries ${o.countries.f1.toFixed(2)} claims ${o.attributedClaims.f1.toFixed(2)} events ${o.events.f1.toFixed(2)} meta ${o.metadata} overall ${o.overall}`);
  }
  const all = scorer.summary(total);
  console.log(rows.join('\n'));
  console.log(`TOTAL actors ${all.actors.f1} countries ${all.countries.f1} claims ${all.attributedClaims.f1} events ${all.events.f1} speaker ${all.speakerAccuracy} via ${all.viaAccuracy} participants ${all.eventParticipants} dates ${all.eventDates} meta ${all.metadata} related ${all.related} overall ${all.overall}`);
  return all;
}

describe('extraction scores', () => {
  it('the sample article meets the targets', { timeout: 60_000 }, () => {
    const all = scoreDir(join(shared, 'articles'), join(shared, 'gold'));
    expect(all.actors.f1).toBeGreaterThanOrEqual(0.95);
    expect(all.countries.f1).toBe(1);
    expect(all.metadata).toBe(1);
    expect(all.related).toBe(1);
    expect(all.attributedClaims.f1).toBeGreaterThanOrEqual(0.9);
    expect(all.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(all.viaAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(all.events.f1).toBeGreaterThanOrEqual(0.8);
    expect(all.eventParticipants).toBeGreaterThanOrEqual(0.85);
    expect(all.eventDates).toBeGreaterThanOrEqual(0.85);
    expect(all.overall).toBeGreaterThanOrEqual(0.92);
  });
  // Our own articles stand in for the held-out set (16 a language, 4 of them written by someone
  // who never ran the extractor): both languages meet the 0.85 for actors, countries and
  // overall (Arabic 0.864, English 0.92 when this was written).
  const floors = {
    ar: { overall: 0.85, actors: 0.85, countries: 0.95 },
    en: { overall: 0.85, actors: 0.85, countries: 0.95 },
  };
  for (const lang of ['ar', 'en'] as const) {
    const dir = join(root, 'tests/fixtures', lang);
    it.runIf(existsSync(join(dir, 'gold')))(`our own ${lang} articles stay above their floors`, { timeout: 60_000 }, () => {
      const all = scoreDir(join(dir, 'articles'), join(dir, 'gold'));
      expect(all.actors.f1).toBeGreaterThanOrEqual(floors[lang].actors);
      expect(all.countries.f1).toBeGreaterThanOrEqual(floors[lang].countries);
      expect(all.overall).toBeGreaterThanOrEqual(floors[lang].overall);
    });
  }
});
