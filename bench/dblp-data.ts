/**
 * Reads the DBLP team-formation benchmark (../shared/data/dblp-teams/, see its README.md): GML
 * graphs written by networkx, task lists and reference results. Edge cost = max(1 − cc, 1e-9),
 * exactly as the reference results use it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CostGraph } from '../server/graph/traverse.ts';

export interface DblpGraph extends CostGraph {
  labels: string[];
  /** skill id → node indices holding it (ascending). */
  holders: Map<string, number[]>;
}

export function readGml(file: string): DblpGraph {
  const text = readFileSync(file, 'utf8');
  const index = new Map<string, number>();
  const labels: string[] = [];
  const holders = new Map<string, number[]>();
  for (const block of text.matchAll(/node \[([\s\S]*?)\n {2}\]/g)) {
    const body = block[1]!;
    const id = /\bid (\d+)/.exec(body)![1]!;
    const v = labels.length;
    index.set(id, v);
    labels.push(/label "([^"]*)"/.exec(body)![1]!);
    const skills = /skills "([^"]*)"/.exec(body)?.[1];
    for (const s of new Set(skills ? skills.split(',') : [])) holders.set(s, [...(holders.get(s) ?? []), v]);
  }
  const adj = labels.map(() => new Map<number, number>());
  for (const block of text.matchAll(/edge \[([\s\S]*?)\n {2}\]/g)) {
    const body = block[1]!;
    const a = index.get(/source (\d+)/.exec(body)![1]!)!;
    const b = index.get(/target (\d+)/.exec(body)![1]!)!;
    const cost = Math.max(1 - Number(/cc ([-\d.eE+]+)/.exec(body)![1]), 1e-9);
    if (a === b) continue;
    adj[a]!.set(b, Math.min(cost, adj[a]!.get(b) ?? Infinity));
    adj[b]!.set(a, Math.min(cost, adj[b]!.get(a) ?? Infinity));
  }
  const offsets = new Int32Array(labels.length + 1);
  const neighbours: number[] = [];
  const costs: number[] = [];
  adj.forEach((m, v) => {
    for (const [u, c] of [...m].sort((x, y) => x[0] - y[0])) {
      neighbours.push(u);
      costs.push(c);
    }
    offsets[v + 1] = neighbours.length;
  });
  return { labels, holders, offsets, neighbours: Int32Array.from(neighbours), costs: Float64Array.from(costs) };
}

export function readTasks(file: string): Map<number, string[][]> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { tasks: Record<string, string[][]> };
  return new Map(Object.entries(json.tasks).map(([k, tasks]) => [Number(k), tasks]));
}

export interface Reference {
  diameter: number;
  sumDist: number;
  leaderDist: number;
  exactMinDiameter: number;
  exactMinSd: number;
  seconds: number;
}

/** `${k}/${task}/${algo}` → that row's numbers (NaN where the CSV cell is empty). */
export function readResults(file: string): Map<string, Reference> {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
  const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));
  return new Map(
    rows.map((r) => [
      `${r.k}/${r.task}/${r.algo}`,
      {
        diameter: num(r.diameter),
        sumDist: num(r.sum_dist),
        leaderDist: num(r.leader_dist),
        exactMinDiameter: num(r.exact_min_diameter),
        exactMinSd: num(r.exact_min_sd),
        seconds: num(r.seconds),
      },
    ]),
  );
}

export const DBLP_DIR = path.resolve(import.meta.dirname, '../../shared/data/dblp-teams');
