/** Small timing helpers for the benchmark: warm-up, then percentiles over repeated runs. */
export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  note: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function timeRuns(name: string, runs: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await work(1000 + i); // warm the page cache and query plans
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const result = (await work(i)) as { nodes?: unknown[]; truncated?: boolean; note?: string };
    times.push(performance.now() - t);
    if (i === 0 && result && Array.isArray(result.nodes)) {
      note = `${result.nodes.length} nodes${result.truncated ? ', truncated' : ''}`;
    } else if (i === 0 && typeof result?.note === 'string') {
      note = result.note;
    }
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1)!,
    note,
  };
}

export function summarise(rows: Timing[]): string {
  const ms = (x: number) => x.toFixed(1);
  return [
    '| operation | runs | p50 ms | p95 ms | p99 ms | max ms | first answer |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) => `| ${r.name} | ${r.runs} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.note} |`,
    ),
  ].join('\n');
}
