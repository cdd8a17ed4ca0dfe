// A small timing loop: warm up, then run batches for a time budget and report the median
// batch (the machine is shared and noisy; medians are what we quote).
export interface Measurement {
  msPerRun: number;
  perSecond: number;
  samples: number;
}

export function measure(fn: () => void, budgetMs = 2000): Measurement {
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT, lazy tables
  const times: number[] = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs || times.length < 5) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const msPerRun = times[Math.floor(times.length / 2)]!;
  return { msPerRun, perSecond: 1000 / msPerRun, samples: times.length };
}
