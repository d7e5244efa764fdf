// The end-of-run report of an ingest, as people read it.
import type { IngestSummary } from './pipeline.ts';

export function formatSummary(s: IngestSummary, limit = 50): string {
  const rate = s.seconds > 0 ? s.read / s.seconds : 0;
  const lines = [
    `${s.read} articles read in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s): ` +
      `${s.ingested} ingested, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed.`,
  ];
  if (s.failed > 0) {
    lines.push('Failed:');
    for (const f of s.failures.slice(0, limit)) lines.push(`  ${f.origin}: ${f.reason}`);
    if (s.failed > limit) lines.push(`  … and ${s.failed - limit} more`);
  }
  return lines.join('\n');
}
