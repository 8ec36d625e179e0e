import { generateSynthetic } from '../seed/synthetic/index.ts';
import { snapshotFromDataset } from '../test/reference/snapshot.ts';
import { compileNetwork } from '../server/graph/network.ts';
import { overlayFor } from '../server/graph/sight.ts';
import { applyIncrementally } from '../server/graph/delta.ts';
import { Session } from 'node:inspector/promises';
import fs from 'node:fs';

const data = generateSynthetic({ people: 100_000, seed: 1 });
const snapshot = snapshotFromDataset(data, '2026-12-04');
let t = performance.now();
let network = compileNetwork(snapshot);
console.log('compile', (performance.now() - t).toFixed(0), 'restricted', network.restricted.length);
const admin = { person: -1, allOrganisationTies: true, organisations: [] };
for (let i = 0; i < 3; i++) {
  t = performance.now();
  overlayFor(network, admin);
  console.log('admin overlay (cached after first)', (performance.now() - t).toFixed(0));
}
const session = new Session();
session.connect();
if (process.env.PROF) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
let snap = snapshot;
for (let w = 0; w < 6; w++) {
  const a = data.people[w * 7]!.id, b = data.people[w * 7 + 50_000]!.id;
  const touched = new Set([a, b]);
  const rows = [...snap.ties].filter((x) => touched.has(x.a) || touched.has(x.b));
  rows.push({ a, b, strength: 5, visibility: w % 2 ? 'organisation' : 'public' });
  const delta = { people: touched, rows: { people: snap.people.filter((p) => touched.has(p.id)), fields: {}, ties: rows, memberships: snap.memberships.filter((m) => touched.has(m.personId)), holdings: snap.holdings.filter((h) => touched.has(h[0])) } };
  t = performance.now();
  const applied = applyIncrementally(snap, network, delta);
  const t1 = performance.now();
  overlayFor(applied.network!, admin);
  const t2 = performance.now();
  console.log(`write ${w}: delta ${(t1 - t).toFixed(0)} ms, admin overlay ${(t2 - t1).toFixed(0)} ms`);
  snap = applied.snapshot; network = applied.network!;
}
if (process.env.PROF) { const { profile } = await session.post('Profiler.stop'); fs.writeFileSync('/tmp/w/overlay.cpuprofile', JSON.stringify(profile)); }
