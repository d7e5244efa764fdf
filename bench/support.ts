// Small helpers the benchmark scripts share.
import fs from 'node:fs';

/** mulberry32: a small seeded PRNG, the same sequence on every machine, so every run draws the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); null elsewhere
 * or when the process is gone. Lets a benchmark tell its own CPU from a server's on a machine
 * whose other jobs make wall-clock time noisy. */
export function processCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

// USER_HZ: 100 on every Linux that Node supports.
const CLOCK_TICKS = 100;
