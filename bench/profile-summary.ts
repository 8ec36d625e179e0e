/**
 * `node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top 30]`: where a CPU profile's
 * time went, as two Markdown tables: self time by function, and total time (self + callees) by
 * function, each with its share of the sampled time. Reads profiles from `node --cpu-prof` and
 * from `npm run bench:browser -- --profile`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: bench/profile-summary.ts FILE.cpuprofile [--top N]');
  process.exit(1);
}
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1) {
  console.error(`--top must be a positive whole number, not "${values.top}"`);
  process.exit(1);
}

const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const name = (n: ProfileNode): string => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const leaf = byId.get(id)!;
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
  // Each function counts once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = name(byId.get(at)!);
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
});

function table(title: string, times: Map<string, number>): void {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms sampled)\n`);
  console.log('| function | ms | share |');
  console.log('| --- | ---: | ---: |');
  for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${key.replace(/\|/g, '\\|')} | ${(us / 1000).toFixed(0)} | ${((100 * us) / all).toFixed(1)} % |`);
  }
}

table('Self time', self);
table('Total time', total);
