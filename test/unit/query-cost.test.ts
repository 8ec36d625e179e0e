/**
 * Query cost control (issue 14): the explorer's own operations pass every limit; the known
 * abuse shapes (an alias bomb, nested connections, deep nesting) are refused before execution;
 * each client's budget refills over a minute.
 */
import { Kind, parse, specifiedRules, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as clientDocuments from '../../client/src/gql/graphql.ts';
import { Budgets } from '../../server/api/budget.ts';
import { aliasLimit, COST_LIMITS, estimateCost, resolvedFields } from '../../server/api/cost.ts';
import { depthLimit } from '../../server/api/depth-limit.ts';
import { resolvers } from '../../server/api/resolvers.ts';
import { fragmentsOf } from '../../server/api/selection.ts';
import { apiSchema } from '../helpers/select-all.ts';

const resolved = resolvedFields(resolvers);
const rules = [...specifiedRules, depthLimit(COST_LIMITS.depth), aliasLimit(COST_LIMITS.aliases)];

function costOf(document: DocumentNode, variables: Record<string, unknown> = {}) {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return estimateCost(apiSchema(), resolved, operation, fragmentsOf(document), variables);
}

const refusals = (source: string) => validate(apiSchema(), parse(source), rules).map((e) => e.message);

/** The largest values the explorer's own controls send (url-state.ts: depth 3, limit 5000; assets: hops 3). */
const UI_MAXIMA: Record<string, unknown> = {
  depth: 3,
  limit: 5000,
  hops: 3,
  ids: ['Person:p001'],
  org: 'o1',
  person: 'p1',
  k: 10,
  first: 50,
};

describe('the explorer’s own operations', () => {
  const documents = Object.entries(clientDocuments).filter(([name]) => name.endsWith('Document')) as [
    string,
    DocumentNode,
  ][];

  it('are all here to check', () => expect(documents.length).toBeGreaterThan(60));

  it.each(documents)('%s passes the depth and alias limits and costs at most one request’s budget', (_, document) => {
    expect(validate(apiSchema(), document, rules).map((e) => e.message)).toEqual([]);
    const { cost } = costOf(document, UI_MAXIMA);
    expect(cost).toBeLessThanOrEqual(COST_LIMITS.perRequest);
  });

  it('the largest view costs what its engine measures, not its node count', () => {
    const { cost } = costOf(clientDocuments.NeighbourhoodDocument, UI_MAXIMA);
    expect(cost).toBeGreaterThan(1000);
    const small = costOf(clientDocuments.NeighbourhoodDocument, { ...UI_MAXIMA, depth: 1, limit: 200 }).cost;
    expect(small).toBeLessThan(200);
  });
});

describe('abuse shapes', () => {
  it('fifty aliases of the largest neighbourhood are refused by cost', () => {
    const fields = Array.from(
      { length: 50 },
      (_, i) => `a${i}: neighbourhood(ids: ["Person:p001"], depth: 3, limit: 5000) { nodes { key } }`,
    );
    const source = `{ ${fields.join(' ')} }`;
    expect(refusals(source)).toEqual([]);
    const report = costOf(parse(source));
    expect(report.cost).toBeGreaterThan(50 * 1000);
    expect(report.heaviest).toBe('neighbourhood ×50');
  });

  it('two of the largest neighbourhoods in one request are over budget, one is not', () => {
    const one = 'neighbourhood(ids: ["Person:p001"], depth: 3, limit: 5000) { nodes { key } }';
    expect(costOf(parse(`{ ${one} }`)).cost).toBeLessThanOrEqual(COST_LIMITS.perRequest);
    expect(costOf(parse(`{ a: ${one} b: ${one} }`)).cost).toBeGreaterThan(COST_LIMITS.perRequest);
  });

  it('nested connections multiply: ties of ties, ten times over, is over budget within the depth and alias limits', () => {
    const tiesOfTies = (alias: string) =>
      `${alias}: person(id: "p001") { ties(first: 100) { nodes { other { ties(first: 100) { nodes { other { id } } } } } } }`;
    const once = `{ ${tiesOfTies('a')} }`;
    const tenTimes = `{ ${Array.from({ length: 10 }, (_, i) => tiesOfTies(`a${i}`)).join(' ')} }`;
    expect(refusals(tenTimes)).toEqual([]);
    expect(costOf(parse(once)).cost).toBeGreaterThan(500);
    expect(costOf(parse(once)).cost).toBeLessThanOrEqual(COST_LIMITS.perRequest);
    expect(costOf(parse(tenTimes)).cost).toBeGreaterThan(COST_LIMITS.perRequest);
    // The same shape one level deep is an ordinary details panel.
    expect(
      costOf(parse('{ person(id: "p001") { ties(first: 20) { nodes { other { id name } } } } }')).cost,
    ).toBeLessThan(20);
  });

  it('fragments are followed: a fragment spread fifty times costs fifty times', () => {
    const source = `fragment N on Query { neighbourhood(ids: ["Person:p001"], depth: 3, limit: 5000) { nodes { key } } }
      query { ...N }`;
    const once = costOf(parse(source)).cost;
    expect(once).toBeGreaterThan(1000);
    const twice = `fragment N on Query { neighbourhood(ids: ["Person:p001"], depth: 3, limit: 5000) { nodes { key } } }
      query { ... on Query { ...N } a: neighbourhood(ids: ["Person:p002"], depth: 3, limit: 5000) { nodes { key } } }`;
    expect(costOf(parse(twice)).cost).toBeGreaterThanOrEqual(2 * once - 1);
  });

  it('variables count: the same document is cheap or refused by what it is sent', () => {
    const document = parse(
      'query($l: Int) { neighbourhood(ids: ["Person:p001"], depth: 3, limit: $l) { nodes { key } } }',
    );
    expect(costOf(document, { l: 100 }).cost).toBeLessThan(100);
    expect(costOf(document, { l: 5000 }).cost).toBeGreaterThan(1000);
  });

  it('nine levels of nesting are refused; eight pass', () => {
    const eight = '{ person(id: "p") { ties { nodes { other { ties { nodes { other { id } } } } } } } }';
    expect(refusals(eight)).toEqual([]);
    const nine =
      '{ person(id: "p") { ties { nodes { other { ties { nodes { other { ties { totalCount } } } } } } } } }';
    expect(refusals(nine)).toEqual(['The operation is nested 9 levels deep; the limit is 8.']);
  });

  it('a hundred aliases pass the alias limit, 101 do not', () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: stats { people }`).join(' ')} }`;
    expect(refusals(aliased(100))).toEqual([]);
    expect(refusals(aliased(101))).toEqual(['The operation uses 101 aliases; the limit is 100.']);
  });
});

describe('per-client budgets', () => {
  it('spend, refuse with the wait until enough has refilled, and refill over a minute', () => {
    let now = 0;
    const budgets = new Budgets(600, () => now);
    expect(budgets.spend('a', 500)).toEqual({ ok: true });
    // 100 left; 300 more needs 200 points = 20 s at 10 points a second.
    expect(budgets.spend('a', 300)).toEqual({ ok: false, retryAfter: 20 });
    // A refusal takes nothing, and other clients are not affected.
    expect(budgets.spend('b', 600)).toEqual({ ok: true });
    now = 20_000;
    expect(budgets.spend('a', 300)).toEqual({ ok: true });
    now = 200_000;
    expect(budgets.spend('a', 600)).toEqual({ ok: true });
    expect(budgets.spend('a', 1)).toEqual({ ok: false, retryAfter: 1 });
  });
});
