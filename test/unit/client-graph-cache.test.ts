/**
 * The explorer's cache (client/src/apollo-client.ts) keeps each neighbourhood answer whole: a
 * node's `depth` is counted from the start nodes of the question that found it, so the ego
 * network's answer and an expansion's answer must not overwrite each other's copy of a node
 * (which arrived last would otherwise decide node sizes, and with them the picture).
 */
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../client/src/apollo-client.ts';
// The query's generated document (what neighbourhood-query.ts's graphql() call resolves to).
import { NeighbourhoodDocument as NeighbourhoodQuery } from '../../client/src/gql/graphql.ts';

const node = (key: string, depth: number) => ({
  __typename: 'GraphNode' as const,
  key,
  id: key.split(':')[1]!,
  kind: key.startsWith('Person') ? ('PERSON' as const) : ('ORGANISATION' as const),
  label: key,
  labelAlt: null,
  sector: null,
  depth,
});
const edge = {
  __typename: 'GraphEdge' as const,
  key: 'e1',
  source: 'Person:p001',
  target: 'Organisation:o01',
  type: 'MEMBER_OF' as const,
  strength: null,
  lastContact: null,
  level: null,
  priority: null,
  role: null,
};
const answer = (nodes: ReturnType<typeof node>[]) => ({
  neighbourhood: { __typename: 'Neighbourhood' as const, truncated: false, nodes, edges: [edge] },
});
const vars = (ids: string[]) => ({ ids, depth: 1, limit: 200, skills: null, organisation: null, asOf: null });

describe('the explorer cache', () => {
  it.each([
    ['the expansion last', false],
    ['the ego network last', true],
  ])('keeps each answer’s own depths whichever arrives last (%s)', (_name, egoLast) => {
    const { cache } = createApolloClient('http://localhost/graphql');
    const ego = { query: NeighbourhoodQuery, variables: vars(['Person:p001']) };
    const expansion = { query: NeighbourhoodQuery, variables: vars(['Organisation:o01']) };
    const writes = [
      () => cache.writeQuery({ ...ego, data: answer([node('Person:p001', 0), node('Organisation:o01', 1)]) }),
      () => cache.writeQuery({ ...expansion, data: answer([node('Organisation:o01', 0), node('Person:p001', 1)]) }),
    ];
    if (egoLast) writes.reverse();
    for (const write of writes) write();
    const depths = (q: typeof ego) =>
      Object.fromEntries(cache.readQuery(q)!.neighbourhood.nodes.map((n) => [n.key, n.depth]));
    expect(depths(ego)).toEqual({ 'Person:p001': 0, 'Organisation:o01': 1 });
    expect(depths(expansion)).toEqual({ 'Organisation:o01': 0, 'Person:p001': 1 });
  });
});
