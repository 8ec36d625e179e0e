/**
 * The formulas of docs/introductions.md with numbers worked out by hand, and the rules a reader
 * of that page relies on: who may appear in a path, how an organisation searches, what an empty
 * answer says. The property tests compare the engine with brute force; these pin the formulas
 * themselves, which brute force shares by construction.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { DEFAULT_CONFIG, makeConfig } from '../../server/graph/config.ts';
import {
  dayNumber,
  declaredStrength,
  noisyOr,
  organisationStrength,
  projectStrength,
  recency,
  type PeopleGraphInput,
} from '../../server/graph/evidence.ts';
import { explainPath } from '../../server/graph/explain.ts';
import { edgeIndex, indicesOf, type PeopleGraph } from '../../server/graph/people-graph.ts';
import { compilePeopleGraph } from '../../server/graph/compile.ts';
import { bestPathsToPerson, bestTargets } from '../../server/features/introductions/engine/best-paths.ts';

const TODAY = '2026-10-31';
const today = dayNumber(TODAY);
const c = DEFAULT_CONFIG;
const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 12);

type Knows = PeopleGraphInput['knows'][number];
const tie = (
  a: string,
  b: string,
  strength: number,
  lastContact?: string,
  visibility: Knows['visibility'] = 'public',
) => ({ a, b, strength, lastContact, visibility }) as Knows;
const network = (people: string[], rest: Partial<PeopleGraphInput>, hidden: string[] = []): PeopleGraphInput => ({
  today: TODAY,
  people: people.map((id) => ({ id, discoverable: !hidden.includes(id) })),
  knows: [],
  projects: [],
  organisations: [],
  ...rest,
});
const strengthOf = (graph: PeopleGraph, a: string, b: string) => {
  const [i, j] = indicesOf(graph, [a, b]);
  const e = edgeIndex(graph, i, j);
  return e < 0 ? undefined : graph.pairStrength[graph.edgePair[e]];
};
const personQuery = (graph: PeopleGraph, from: string[], to: string, maxHops = 4, k = 5, exclude: string[] = []) =>
  bestPathsToPerson(graph, indicesOf(graph, from), graph.indexOf.get(to) as number, {
    k,
    maxHops,
    exclude: indicesOf(graph, exclude),
  });
const idsOf = (graph: PeopleGraph, people: number[]) => people.map((p) => graph.ids[p]);

describe('evidence formulas', () => {
  it('recency is 1 now, ρ + (1 − ρ)/2 at one half-life and ρ + (1 − ρ)/4 at two', () => {
    close(recency(c, today, today), 1);
    close(recency(c, 1000, 1000 - 2 * 365.25), 0.65); // H = 2 years: 0.3 + 0.7 × 0.5
    close(recency(c, today, dayNumber('2022-10-31')), 0.475); // 1,461 days = 4 years = 2H
    close(recency(c, today, undefined), 0.475); // a missing date counts as 2H old
    close(recency(c, today, dayNumber('2027-05-01')), 1); // the future is "now", never > 1
  });

  it('declared, project and organisation evidence', () => {
    close(declaredStrength(c, today, 4, today), 0.8);
    close(declaredStrength(c, today, 3, dayNumber('2022-10-31')), 0.6 * 0.475);
    close(projectStrength(c, today, undefined, 4), 0.6); // ongoing, small: full β_project
    close(projectStrength(c, today, dayNumber('2022-10-31'), 32), 0.6 * 0.475 * 0.5); // √(8/32) = ½
    close(organisationStrength(c, 10), 0.4);
    close(organisationStrength(c, 40), 0.2); // √(10/40) = ½
    close(organisationStrength(c, 100), 0.4 * Math.sqrt(0.1));
    expect(organisationStrength(c, 101)).toBe(0); // above orgCap: no evidence at all
  });

  it('combines two pieces of evidence for one pair by noisy-OR', () => {
    close(noisyOr([0.8, 0.6]), 1 - 0.2 * 0.4);
    const graph = compilePeopleGraph(
      network(['a', 'b', 'c', 'd'], {
        knows: [{ ...tie('a', 'b', 4, TODAY), context: '同じ NPO の理事' }],
        projects: [{ id: 'p', participants: ['a', 'b', 'c', 'd'] }],
      }),
    );
    close(strengthOf(graph, 'a', 'b') as number, 0.92);
    close(strengthOf(graph, 'c', 'd') as number, 0.6);
    const [hop] = explainPath(graph, indicesOf(graph, ['a', 'b'])).hops;
    expect(hop.evidence).toEqual([
      {
        kind: 'declared',
        strength: 4,
        lastContact: TODAY,
        context: '同じ NPO の理事',
        contextEn: null,
        evidenceStrength: 0.8,
      },
      { kind: 'project', projectId: 'p', end: null, size: 4, evidenceStrength: 0.6 },
    ]);
  });

  it('gives organisations above orgCap no edges at all', () => {
    const members = (n: number) => Array.from({ length: n }, (_, i) => `m${String(i).padStart(3, '0')}`);
    const org = (n: number) =>
      compilePeopleGraph(network(members(n), { organisations: [{ id: 'o', currentMembers: members(n) }] }));
    close(strengthOf(org(100), 'm000', 'm099') as number, 0.4 * Math.sqrt(0.1));
    expect(org(101).neighbours.length).toBe(0);
    const tight = makeConfig({ orgCap: 3 });
    const small = network(['a', 'b', 'c', 'd'], { organisations: [{ id: 'o', currentMembers: ['a', 'b', 'c', 'd'] }] });
    expect(compilePeopleGraph(small, tight).neighbours.length).toBe(0);
  });

  it('counts duplicated participants once and ignores self-ties and private declarations', () => {
    const graph = compilePeopleGraph(
      network(['a', 'b', 'c'], {
        knows: [tie('a', 'a', 5, TODAY), tie('a', 'c', 5, TODAY, 'private'), tie('b', 'c', 5, TODAY, 'private')],
        projects: [{ id: 'p', participants: ['a', 'b', 'a', 'b'] }],
      }),
    );
    close(strengthOf(graph, 'a', 'b') as number, 0.6); // n = 2, not 4
    expect(strengthOf(graph, 'a', 'c')).toBeUndefined(); // a private tie alone is no edge
    expect(strengthOf(graph, 'b', 'c')).toBeUndefined();
  });
});

describe('path scores', () => {
  // a–b declared 5 today (1.0), b–c shared ongoing project of 8 (0.6), c–d shared organisation of 40 (0.2).
  const filler = Array.from({ length: 38 }, (_, i) => `x${String(i).padStart(2, '0')}`);
  const input = network(['a', 'b', 'c', 'd', ...filler], {
    knows: [tie('a', 'b', 5, TODAY)],
    projects: [{ id: 'p', participants: ['b', 'c', 'y1', 'y2', 'y3', 'y4', 'y5', 'y6'] }],
    organisations: [{ id: 'o', currentMembers: ['c', 'd', ...filler] }],
  });
  input.people.push(...['y1', 'y2', 'y3', 'y4', 'y5', 'y6'].map((id) => ({ id, discoverable: true })));
  const graph = compilePeopleGraph(input);

  it('scores a 3-hop path as Π s × e^(−α·hops), as worked out by hand', () => {
    const answer = personQuery(graph, ['a'], 'd', 3);
    expect(answer.reach).toBe('found');
    expect(answer.paths).toHaveLength(1);
    const [path] = answer.paths;
    expect(idsOf(graph, path.people)).toEqual(['a', 'b', 'c', 'd']);
    expect(path.strengths.map((s) => Number(s.toFixed(12)))).toEqual([1, 0.6, 0.2]);
    close(path.score, 1 * 0.6 * 0.2 * Math.exp(-1.5)); // 0.026775619217811…
    close(path.score, 0.0267756192178116);
    const explanation = explainPath(graph, path.people);
    expect(explanation.hops.map((h) => h.evidence.map((e) => e.kind))).toEqual([
      ['declared'],
      ['project'],
      ['organisation'],
    ]);
    close(explanation.hopFactor, Math.exp(-0.5));
    expect(explanation.score).toBe(path.score);
  });

  it('says a target is beyond maxHops, or unreachable, when nothing is found', () => {
    const answer = personQuery(graph, ['a'], 'd', 2);
    expect(answer).toEqual({ paths: [], reach: 'beyondMaxHops' });
    const isolated = compilePeopleGraph(network(['a', 'b'], {}));
    expect(personQuery(isolated, ['a'], 'b')).toEqual({ paths: [], reach: 'unreachable' });
  });

  it('breaks equal scores by the ids along the path', () => {
    const twin = compilePeopleGraph(
      network(['s', 'q', 'p', 't'], {
        knows: ['q', 'p'].flatMap((m) => [tie('s', m, 3, TODAY), tie(m, 't', 3, TODAY)]),
      }),
    );
    const answer = personQuery(twin, ['s'], 't');
    expect(answer.paths.map((p) => idsOf(twin, p.people))).toEqual([
      ['s', 'p', 't'],
      ['s', 'q', 't'],
    ]);
    expect(answer.paths[0].score).toBe(answer.paths[1].score);
  });
});

describe('who may appear in a path', () => {
  const input = network(
    ['s', 'h', 'a', 'b', 't'],
    { knows: [tie('s', 'h', 5, TODAY), tie('h', 't', 5, TODAY), tie('s', 'a', 2), tie('a', 'b', 2), tie('b', 't', 2)] },
    ['h'],
  );
  const graph = compilePeopleGraph(input);

  it('never passes through or ends at a hidden person, but lets one start', () => {
    expect(personQuery(graph, ['s'], 't').paths.map((p) => idsOf(graph, p.people))).toEqual([['s', 'a', 'b', 't']]);
    expect(personQuery(graph, ['s'], 'h')).toEqual({ paths: [], reach: 'unreachable' });
    expect(personQuery(graph, ['h'], 't').paths.map((p) => idsOf(graph, p.people))).toEqual([
      ['h', 't'],
      ['h', 's', 'a', 'b', 't'],
    ]);
  });

  it('never uses an excluded person, and tells "unreachable" without saying why', () => {
    expect(personQuery(graph, ['s'], 't', 4, 5, ['a'])).toEqual({ paths: [], reach: 'unreachable' });
    expect(personQuery(graph, ['s'], 't', 4, 5, ['s'])).toEqual({ paths: [], reach: 'unreachable' });
  });
});

describe('searching from an organisation', () => {
  // Members m1, m2 both know x; x knows t. m2 also knows m1's contact y.
  const graph = compilePeopleGraph(
    network(['m1', 'm2', 'x', 'y', 't'], {
      knows: [tie('m1', 'x', 2, TODAY), tie('m2', 'x', 4, TODAY), tie('x', 't', 4, TODAY), tie('m1', 'y', 5, TODAY)],
      organisations: [{ id: 'o', currentMembers: ['m1', 'm2'] }],
    }),
  );

  it('starts from the member with the best first hop, one group per first intermediary', () => {
    const answer = personQuery(graph, ['m1', 'm2'], 't');
    expect(answer.paths.map((p) => idsOf(graph, p.people))).toEqual([['m2', 'x', 't']]);
    close(answer.paths[0].score, 0.8 * 0.8 * Math.exp(-1));
  });

  it('never targets or passes through a member of the source organisation', () => {
    expect(personQuery(graph, ['m1', 'm2'], 'm2').paths).toEqual([]);
    // y is reachable from m1 directly, never as m2 → m1 → y.
    expect(personQuery(graph, ['m1', 'm2'], 'y').paths.map((p) => idsOf(graph, p.people))).toEqual([['m1', 'y']]);
  });
});

describe('skill and organisation targets', () => {
  it('scores a candidate by the noisy-OR of its routes through distinct first intermediaries', () => {
    const graph = compilePeopleGraph(
      network(['s', 'a', 't', 'u'], {
        knows: [tie('s', 't', 4, TODAY), tie('s', 'a', 5, TODAY), tie('a', 't', 5, TODAY), tie('s', 'u', 5, TODAY)],
      }),
    );
    const answer = bestTargets(graph, graph.indexOf.get('s') as number, indicesOf(graph, ['t', 'u']), {
      k: 5,
      maxHops: 2,
    });
    const direct = 0.8 * Math.exp(-0.5);
    const viaA = Math.exp(-1);
    expect(answer.targets.map((t) => graph.ids[t.target])).toEqual(['t', 'u']);
    close(answer.targets[0].score, 1 - (1 - direct) * (1 - viaA)); // 0.65…, above u's single 0.61
    close(answer.targets[1].score, Math.exp(-0.5));
    expect(answer.targets[0].routes.map((r) => idsOf(graph, r.people))).toEqual([
      ['s', 't'],
      ['s', 'a', 't'],
    ]);
  });
});

describe('options and config', () => {
  const graph = compilePeopleGraph(network(['a', 'b'], { knows: [tie('a', 'b', 3)] }));

  it('rejects k and maxHops outside the configured range as bad user input', () => {
    for (const options of [
      { k: 0, maxHops: 2 },
      { k: 21, maxHops: 2 },
      { k: 1, maxHops: 7 },
      { k: 1.5, maxHops: 2 },
    ]) {
      expect(() => bestPathsToPerson(graph, 0, 1, options)).toThrow(AppError);
    }
  });

  it('refuses a config whose hops could cost nothing', () => {
    expect(() => makeConfig({ alpha: 0 })).toThrow(/alpha/);
    expect(() => makeConfig({ recencyFloor: 0 })).toThrow(/recencyFloor/);
    expect(makeConfig()).toEqual(DEFAULT_CONFIG);
  });

  it('rejects dates that are not calendar dates', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(/calendar date/);
    expect(() => compilePeopleGraph({ ...network(['a'], {}), today: '31/10/2026' })).toThrow(/calendar date/);
  });
});
