/**
 * Why a path scores what it does, hop by hop, in numbers a reader can recompute by hand: each
 * piece of evidence with its own strength, the hop's noisy-OR of them, the per-hop factor e^(−α),
 * and their product. Strengths are recomputed from the stored evidence with the same formulas the
 * projection used (evidence.ts), in the same order, so they match the search's numbers exactly.
 */
import { dateOfDay, declaredStrength, noisyOr, organisationStrength, projectStrength } from './evidence.ts';
import { decodeEvidence, edgeIndex, storedDay, type PeopleGraph } from './people-graph.ts';
import { unpackContext } from './snapshot.ts';

export type EvidenceExplanation =
  | {
      kind: 'declared';
      strength: number;
      lastContact: string | null;
      /** What the two people said the tie is about. */
      context: string | null;
      /** The same in English, when given. */
      contextEn: string | null;
      evidenceStrength: number;
    }
  | { kind: 'project'; projectId: string; end: string | null; size: number; evidenceStrength: number }
  | { kind: 'organisation'; organisationId: string; size: number; evidenceStrength: number };

export interface HopExplanation {
  from: string;
  to: string;
  /** Declared ties first, then shared projects, then shared organisations. */
  evidence: EvidenceExplanation[];
  /** s = 1 − Π (1 − evidenceStrength). */
  strength: number;
}

export interface PathExplanation {
  /** Person ids, source first. */
  people: string[];
  hops: HopExplanation[];
  /** e^(−α), the factor every hop costs on top of its strength. */
  hopFactor: number;
  /** Π hop strengths × hopFactor^hops. */
  score: number;
}

/**
 * Restricted ties a viewer may use on a hop (sight.ts), explained: they come first in the hop's
 * evidence, as the overlay combined them. Absent: the shared network only.
 */
export type RestrictedEvidence = (a: number, b: number) => EvidenceExplanation[];

export function explainPath(
  graph: PeopleGraph,
  people: readonly number[],
  restricted?: RestrictedEvidence,
): PathExplanation {
  const hops: HopExplanation[] = [];
  for (let i = 0; i + 1 < people.length; i++) hops.push(explainHop(graph, people[i], people[i + 1], restricted));
  const hopFactor = Math.exp(-graph.config.alpha);
  let product = 1;
  for (const hop of hops) product *= hop.strength;
  return {
    people: people.map((p) => graph.ids[p]),
    hops,
    hopFactor,
    // Computed as paths.ts does (e^(−α·hops) in one step), so the two agree to the last bit.
    score: product * Math.exp(-graph.config.alpha * hops.length),
  };
}

export function explainHop(graph: PeopleGraph, a: number, b: number, restricted?: RestrictedEvidence): HopExplanation {
  const evidence = restricted ? restricted(a, b) : [];
  const e = edgeIndex(graph, a, b);
  if (e < 0 && evidence.length === 0) {
    throw new RangeError(`introductions: ${graph.ids[a]} and ${graph.ids[b]} share no usable evidence`);
  }
  if (e >= 0) {
    const pair = graph.edgePair[e];
    for (let i = graph.pairEvidence[pair]; i < graph.pairEvidence[pair + 1]; i++) {
      evidence.push(explainEvidence(graph, graph.evidence[i]));
    }
  }
  return {
    from: graph.ids[a],
    to: graph.ids[b],
    evidence,
    strength: noisyOr(evidence.map((x) => x.evidenceStrength)),
  };
}

/** A declared tie as evidence on the graph's day. */
export function explainDeclared(
  graph: PeopleGraph,
  strength: number,
  day: number | undefined,
  /** The stored context, with its English version packed in (snapshot.ts `packContext`). */
  packedContext: string | null,
): EvidenceExplanation {
  return {
    kind: 'declared',
    strength,
    lastContact: day === undefined ? null : dateOfDay(day),
    ...unpackContext(packedContext),
    evidenceStrength: declaredStrength(graph.config, graph.todayDay, strength, day),
  };
}

/** One piece of the shared network's evidence (a reference into graph.evidence). */
export function explainEvidence(graph: PeopleGraph, ref: number): EvidenceExplanation {
  const { sources } = graph;
  const piece = decodeEvidence(sources, ref);
  const evidenceStrength = evidenceStrengthOf(graph, ref);
  switch (piece.kind) {
    case 'declared': {
      const day = storedDay(sources.tieContactDay[piece.index]);
      const context = sources.contexts[sources.tieContext[piece.index]] ?? null;
      return explainDeclared(graph, sources.tieStrength[piece.index], day, context);
    }
    case 'project': {
      const day = storedDay(sources.projectEndDay[piece.index]);
      const end = day === undefined ? null : dateOfDay(day);
      const size = sources.projectSize[piece.index];
      return { kind: 'project', projectId: sources.projectIds[piece.index], end, size, evidenceStrength };
    }
    case 'organisation': {
      const size = sources.organisationSize[piece.index];
      return { kind: 'organisation', organisationId: sources.organisationIds[piece.index], size, evidenceStrength };
    }
  }
}

/** The strength one piece of shared evidence gives on the graph's day, without building its explanation. */
export function evidenceStrengthOf(graph: PeopleGraph, ref: number): number {
  const { config, todayDay, sources } = graph;
  const ties = sources.tieStrength.length;
  const projects = sources.projectIds.length;
  if (ref < ties) {
    return declaredStrength(config, todayDay, sources.tieStrength[ref], storedDay(sources.tieContactDay[ref]));
  }
  if (ref < ties + projects) {
    const j = ref - ties;
    return projectStrength(config, todayDay, storedDay(sources.projectEndDay[j]), sources.projectSize[j]);
  }
  return organisationStrength(config, sources.organisationSize[ref - ties - projects]);
}
