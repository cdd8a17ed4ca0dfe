/**
 * Timing helpers for the linear-time tests: measure a function on inputs of growing size
 * and report how the time grows per doubling of the input. A small probe runs first so a
 * quadratic pattern fails in seconds instead of hanging the suite on a 2 MB input.
 *
 * Growth is judged on the process's CPU time (process.cpuUsage), which other jobs on a
 * shared machine barely disturb; the absolute bound is on wall time (performance.now()).
 * Every timed call starts after a full garbage collection: the CPU time of the collector's
 * threads counts, and without it a 2 MB call pays for the garbage of the calls before it
 * (a case linear alone, 1 → 2 MB in 1.2 → 2.9 s, read 1.1 → 5.6 s after the smaller sizes).
 */
import { collectGarbage } from '../../../src/core/full-gc.js';

/** Wall and CPU time (ms) of one call. */
export interface Timing {
  wall: number;
  cpu: number;
}

/** Best wall and best CPU time (ms) of `runs` calls. */
export function bestTime(fn: () => unknown, runs: number): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** Repeats `unit` until the string is `size` UTF-16 units long (the last copy cut). */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Growth factor of the time per doubling of the size between two measurements. */
function perDoubling(size1: number, ms1: number, size2: number, ms2: number): number {
  return (ms2 / ms1) ** (1 / Math.log2(size2 / size1));
}

/** What `measureGrowth` saw. */
export interface GrowthReport {
  /** Measurements in order: [size, timing]. */
  points: Array<[number, Timing]>;
  /** Why the measurement stopped, if it found a problem. */
  problem?: string;
  /**
   * CPU growth per doubling of the last step measured: after re-measuring, and over one more
   * doubling, when the first reading was over the bound (the raw ratio otherwise), whether or
   * not the step was above the floor.
   */
  lastGrowth?: number;
}

/**
 * Times `run(make(size))` on a probe (4K → 8K → 16K → 32K) and then at full size (1M, 2M).
 * Stops at the first step whose CPU time grows more than `maxRatio` times per doubling of
 * the input (after re-measuring both points, and then judging the growth over one more
 * doubling, to rule out noise), when a run takes more than
 * `maxMs` of CPU time (a fail-fast guard, not a speed target: wall time on a shared machine
 * says nothing), or when the probe's CPU time, extrapolated linearly, exceeds `maxMs` at
 * full size. Steps where either run takes less than `floorMs` are not judged
 * (timer and JIT noise dominate there).
 *
 * @example
 * const report = measureGrowth((n) => fill('“a” ', n), (x) => clean(x));
 * expect(report.problem).toBeUndefined();
 */
export function measureGrowth(
  make: (size: number) => string,
  run: (input: string) => unknown,
  {
    probe = [4_000, 8_000, 16_000, 32_000],
    full = [1_000_000, 2_000_000],
    maxRatio = 3,
    maxMs = 60_000,
    floorMs = 25,
  } = {},
): GrowthReport {
  const points: Array<[number, Timing]> = [];
  let lastGrowth: number | undefined;
  const largest = full[full.length - 1]!;
  run(make(probe[0]!)); // warm up the JIT and the regex compiler

  const measure = (sizes: readonly number[], runs: number): string | undefined => {
    for (const size of sizes) {
      const input = make(size);
      const timing = bestTime(() => run(input), runs);
      points.push([size, timing]);
      if (timing.cpu > maxMs) return `${timing.cpu.toFixed(0)} ms of CPU at ${size} chars (bound ${maxMs} ms)`;
      const previous = points[points.length - 2];
      if (previous) {
        const [before, was] = previous;
        let growth = perDoubling(before, was.cpu, size, timing.cpu);
        // A problem only with both points above the floor: a few milliseconds of CPU are at the
        // mercy of a GC pause or another test file's thread. Below it the step is still measured
        // again when over the bound, so `lastGrowth` is the same judgement either way.
        const judged = was.cpu > floorMs && timing.cpu > floorMs;
        if (growth > maxRatio) {
          // Re-measure both points to rule out a GC pause or a busy core.
          const again = bestTime(() => run(make(before)), 3);
          const now = size > 100_000 ? bestTime(() => run(input), 1) : bestTime(() => run(input), 3);
          const was2: Timing = { wall: Math.min(was.wall, again.wall), cpu: Math.min(was.cpu, again.cpu) };
          const now2: Timing = { wall: Math.min(timing.wall, now.wall), cpu: Math.min(timing.cpu, now.cpu) };
          points[points.length - 2] = [before, was2];
          points[points.length - 1] = [size, now2];
          growth = perDoubling(before, was2.cpu, size, now2.cpu);
          if (growth > maxRatio) {
            // Still over: one more doubling, judged over the whole span. A quadratic pattern
            // grows 4x per doubling at every step; noise on one step averages out over two.
            const further = bestTime(() => run(make(size * 2)), 1);
            growth = perDoubling(before, was2.cpu, size * 2, further.cpu);
            if (judged && growth > maxRatio) {
              points.push([size * 2, further]);
              return `CPU time grew ${growth.toFixed(2)}x per doubling of the input (${before} → ${size * 2} chars: ${was2.cpu.toFixed(1)} → ${further.cpu.toFixed(1)} ms)`;
            }
          }
        }
        lastGrowth = growth;
      }
      if (sizes === probe && size === probe[probe.length - 1] && timing.cpu * (largest / size) > maxMs) {
        return `${timing.cpu.toFixed(1)} ms of CPU at ${size} chars extrapolates to more than ${maxMs} ms at ${largest} chars`;
      }
    }
    return undefined;
  };

  const problem = measure(probe, 2) ?? measure(full, 1);
  return { points, ...(problem ? { problem } : {}), ...(lastGrowth !== undefined ? { lastGrowth } : {}) };
}

/**
 * Formats the measurements for an assertion message.
 *
 * @example
 * formatPoints(report.points); // '4000: 1.2 ms (cpu 1.1), ...'
 */
export function formatPoints(points: ReadonlyArray<[number, Timing]>): string {
  return points.map(([size, t]) => `${size}: ${t.wall.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)})`).join(', ');
}
