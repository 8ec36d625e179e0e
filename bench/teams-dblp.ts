/**
 * `npm run bench:teams`: the team composer's algorithms on the DBLP team-formation benchmark
 * (../shared/data/dblp-teams/, or DBLP_TEAMS_DIR), with the reference results' cost model
 * (edge cost max(1 − cc, 1e-9), shortest-path distances, no introduction cost from a core).
 *
 * - Cohesive team: composeTeam with λ = 1 and zero reach, i.e. it minimises Kargar & An's sum of
 *   distances; compared with RarestFirst, SDGreedy and the exact optimum (exact_min_sd).
 * - Core as leader: per skill, distances to the nearest holder from every node (one multi-source
 *   Dijkstra per skill); the best leader minimises their sum. Compared with LeaderExact.
 * Times include every shortest-path computation (the reference times exclude them). Prints a
 * Markdown table for docs/benchmarks.md. Never a test: timings depend on the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeTeam, score, type TeamProblem } from '../server/features/teams/engine/index.ts';
import { distanceOracle, shortestPaths } from '../server/graph/traverse.ts';
import { DBLP_DIR, readGml, readResults, readTasks, type DblpGraph, type Reference } from './dblp-data.ts';

const DATASETS = [
  { tag: 'vldb', graph: 'vldb.gml' },
  { tag: 'vldb_sup10', graph: 'vldb.gml' },
  { tag: 'icdt', graph: 'icdt.gml' },
];

/** A team minimising the sum of distances or the diameter; returns both measures of it. */
function cohesiveTeam(
  graph: DblpGraph,
  task: string[],
  measure: 'sum' | 'diameter',
  distance = distanceOracle(graph, null),
) {
  const problem: TeamProblem = {
    skills: task.map((s) => ({ weight: 1, holders: graph.holders.get(s) ?? [] })),
    reach: () => 0,
    distance,
    cohesionWeight: 1,
    maxExperts: Infinity,
    cohesionMeasure: measure,
  };
  const team = composeTeam(problem);
  return {
    sumDist: score({ ...problem, cohesionMeasure: 'sum' }, team).cohesion,
    diameter: score({ ...problem, cohesionMeasure: 'diameter' }, team).cohesion,
  };
}

function leaderDistance(graph: DblpGraph, task: string[]): number {
  const total = new Float64Array(graph.labels.length);
  for (const s of task) {
    const { dist } = shortestPaths(graph, graph.holders.get(s) ?? [], null);
    for (let v = 0; v < total.length; v++) total[v] += dist[v];
  }
  return Math.min(...total);
}

const ratio = (ours: number, ref: number) => (ref === 0 ? (ours === 0 ? 1 : Infinity) : ours / ref);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const f = (x: number, d = 3) => (Number.isNaN(x) ? '—' : x.toFixed(d));

interface Row {
  sdVsRf: number[];
  sdVsSdg: number[];
  sdVsExact: number[];
  diaVsRf: number[];
  minDiaVsRf: number[];
  minDiaVsExact: number[];
  leaderVsExact: number[];
  ms: number[];
  diaMs: number[];
}

function runTask(graph: DblpGraph, task: string[], ref: (algo: string) => Reference, row: Row) {
  const t = performance.now();
  const cohesive = cohesiveTeam(graph, task, 'sum');
  const leader = leaderDistance(graph, task);
  row.ms.push(performance.now() - t);
  const t2 = performance.now();
  const narrow = cohesiveTeam(graph, task, 'diameter');
  row.diaMs.push(performance.now() - t2);
  const rf = ref('RarestFirst');
  row.sdVsRf.push(ratio(cohesive.sumDist, rf.sumDist));
  row.sdVsSdg.push(ratio(cohesive.sumDist, ref('SDGreedy').sumDist));
  if (!Number.isNaN(rf.exactMinSd)) row.sdVsExact.push(ratio(cohesive.sumDist, rf.exactMinSd));
  row.diaVsRf.push(ratio(cohesive.diameter, rf.diameter));
  row.minDiaVsRf.push(ratio(narrow.diameter, rf.diameter));
  if (!Number.isNaN(rf.exactMinDiameter)) row.minDiaVsExact.push(ratio(narrow.diameter, rf.exactMinDiameter));
  row.leaderVsExact.push(ratio(leader, ref('LeaderExact').leaderDist));
}

/** The Markdown table; null when the DBLP data is not there (it is not part of the repository). */
export function benchTeamsDblp(dir = DBLP_DIR): string | null {
  if (!fs.existsSync(path.join(dir, 'vldb.gml'))) return null;
  const lines = [
    '| data | k | sum_dist ÷ RarestFirst (mean / max) | ÷ SDGreedy (mean) | ÷ exact optimum (mean / max, tasks) | its diameter ÷ RarestFirst (mean / max) | leader_dist ÷ LeaderExact (max) | ms per task (mean / max) | diameter mode: diameter ÷ RarestFirst (mean / max) | ÷ exact optimum (mean / max, tasks) | ms (mean / max) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { tag, graph: file } of DATASETS) {
    const graph = readGml(path.join(dir, file));
    const tasks = readTasks(path.join(dir, `tasks_${tag}.json`));
    const results = readResults(path.join(dir, `results_${tag}.csv`));
    for (const [k, list] of tasks) {
      const row: Row = {
        ...{ sdVsRf: [], sdVsSdg: [], sdVsExact: [], diaVsRf: [], minDiaVsRf: [], minDiaVsExact: [] },
        ...{ leaderVsExact: [], ms: [], diaMs: [] },
      };
      list.forEach((task, i) => runTask(graph, task, (algo) => results.get(`${k}/${i}/${algo}`)!, row));
      lines.push(
        `| ${tag} | ${k} | ${f(mean(row.sdVsRf))} / ${f(max(row.sdVsRf))} | ${f(mean(row.sdVsSdg))} | ` +
          `${f(mean(row.sdVsExact))} / ${f(max(row.sdVsExact))}, ${row.sdVsExact.length} | ` +
          `${f(mean(row.diaVsRf))} / ${f(max(row.diaVsRf))} | ${f(max(row.leaderVsExact), 4)} | ` +
          `${f(mean(row.ms), 0)} / ${f(max(row.ms), 0)} | ${f(mean(row.minDiaVsRf))} / ${f(max(row.minDiaVsRf))} | ` +
          `${f(mean(row.minDiaVsExact))} / ${f(max(row.minDiaVsExact))}, ${row.minDiaVsExact.length} | ` +
          `${f(mean(row.diaMs), 0)} / ${f(max(row.diaMs), 0)} |`,
      );
      console.error(`${tag} k=${k} done`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = benchTeamsDblp(process.env.DBLP_TEAMS_DIR ?? DBLP_DIR);
  if (table === null) throw new Error('no DBLP benchmark data: set DBLP_TEAMS_DIR to the dblp-teams folder');
  console.log(table);
}
