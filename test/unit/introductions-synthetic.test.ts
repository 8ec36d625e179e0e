/**
 * The engine on the synthetic benchmark network (realistic degrees, organisations and projects)
 * rather than tiny random graphs: the adapter keeps the consent rules, the two searches agree with
 * each other on thousands of people, and both agree with brute force on a few hundred.
 */
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../seed/synthetic/index.ts';
import { bruteBestPathsToPerson, bruteBestTargets } from '../reference/introductions-brute-force.ts';
import { DEFAULT_CONFIG } from '../../server/graph/config.ts';
import { inputFromDataset } from '../reference/introductions-input.ts';
import { explainPath } from '../../server/graph/explain.ts';
import { decodeEvidence, indicesOf } from '../../server/graph/people-graph.ts';
import { compilePeopleGraph } from '../../server/graph/compile.ts';
import { bestPathsToPerson, bestTargets } from '../../server/features/introductions/engine/best-paths.ts';

const TODAY = '2026-10-31';

/** A small deterministic stream of indices, so the chosen queries are the same on every run. */
function picker(seed: number, n: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
}

describe('introductions on the synthetic network', () => {
  const dataset = generateSynthetic({ people: 2000, seed: 5 });
  const input = inputFromDataset(dataset, TODAY);
  const graph = compilePeopleGraph(input);
  const pick = picker(11, graph.ids.length);

  it('maps the dataset: current members only, only public ties shared, hidden people kept', () => {
    const ended = dataset.memberships.filter((m) => m.until !== undefined && m.until <= TODAY);
    expect(ended.length).toBeGreaterThan(0);
    for (const m of ended.slice(0, 50)) {
      const org = input.organisations.find((o) => o.id === m.organisationId);
      const stillThere = dataset.memberships.some(
        (n) => n !== m && n.personId === m.personId && n.organisationId === m.organisationId && n.until === undefined,
      );
      expect(org?.currentMembers.includes(m.personId)).toBe(stillThere);
    }
    const kept = dataset.ties.filter((t) => (t.visibility ?? 'public') === 'public').length;
    expect(kept).toBeLessThan(dataset.ties.length); // the generator makes organisation and private ties too
    expect(graph.sources.tieStrength.length).toBe(kept);
    const declared = Array.from(graph.evidence).filter((r) => decodeEvidence(graph.sources, r).kind === 'declared');
    expect(declared.length).toBe(kept);
    expect(graph.discoverable.reduce((n, d) => n + d, 0)).toBe(dataset.people.filter((p) => p.discoverable).length);
  });

  it('gives the same routes to one target whichever search asks', () => {
    let found = 0;
    for (let i = 0; i < 40; i++) {
      const [source, target] = [pick(), pick()];
      const options = { k: DEFAULT_CONFIG.shownRoutes, maxHops: 4 };
      const person = bestPathsToPerson(graph, source, target, options);
      const targets = bestTargets(graph, source, [target], options);
      const routes = targets.targets[0]?.routes ?? [];
      expect(routes.map((r) => r.score.toPrecision(12))).toEqual(person.paths.map((p) => p.score.toPrecision(12)));
      expect(targets.reach).toBe(person.reach);
      for (const path of person.paths) expect(explainPath(graph, path.people).score).toBe(path.score);
      found += person.paths.length;
    }
    expect(found).toBeGreaterThan(60); // most pairs are within 4 hops: this compared real routes
  });

  it('searches from a whole organisation and reaches skill holders', () => {
    const members = indicesOf(graph, input.organisations[3].currentMembers);
    const holders = indicesOf(
      graph,
      dataset.skillHoldings.filter((h) => h.skillId === dataset.skillHoldings[0].skillId).map((h) => h.personId),
    );
    const answer = bestTargets(graph, members, holders, { k: 5, maxHops: 4 });
    expect(answer.reach).toBe('found');
    expect(answer.targets).toHaveLength(5);
    for (const t of answer.targets) {
      expect(members).not.toContain(t.target);
      for (const route of t.routes) expect(members).toContain(route.people[0]);
    }
  });
});

describe('introductions on a small synthetic network, against brute force', () => {
  const dataset = generateSynthetic({ people: 150, seed: 9 });
  const input = inputFromDataset(dataset, TODAY);
  const graph = compilePeopleGraph(input);
  const pick = picker(7, graph.ids.length);
  const scores = (list: { score: number }[]) => list.map((x) => x.score.toPrecision(10));

  it('matches brute force for people and for sets of targets at maxHops 3', () => {
    let found = 0;
    for (let i = 0; i < 8; i++) {
      const [source, target] = [pick(), pick()];
      const ids = [graph.ids[source]];
      const exclude = [pick()];
      const options = { k: 5, maxHops: 3, exclude };
      const brute = { k: 5, maxHops: 3, exclude: [graph.ids[exclude[0]]] };
      const person = bestPathsToPerson(graph, source, target, options);
      expect(scores(person.paths)).toEqual(
        scores(bruteBestPathsToPerson(input, DEFAULT_CONFIG, ids, graph.ids[target], brute).paths),
      );
      const set = Array.from({ length: 15 }, pick);
      const targets = bestTargets(graph, source, set, options);
      const expected = bruteBestTargets(
        input,
        DEFAULT_CONFIG,
        ids,
        set.map((t) => graph.ids[t]),
        brute,
      );
      expect(scores(targets.targets)).toEqual(scores(expected.targets));
      found += person.paths.length + targets.targets.length;
    }
    expect(found).toBeGreaterThan(30);
  });
});
