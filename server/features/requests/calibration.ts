/**
 * Learning from what happened to introduction requests (docs/introductions.md, "Calibration").
 *
 * Each request keeps the evidence of every hop as it was when asked (kinds, declared strength,
 * ages, sizes — no names, no tie contexts). Each person on the path who was asked gives one
 * observation about the hop that reached them (from the person before): accepted (1), or
 * declined, suggested someone else, or let it expire (0). The engine's model says that a hop is
 * passed with probability p = s·e^(−α), s the noisy-OR of its evidence strengths — the same terms
 * whose product is the path score. `refit` finds the parameters (α, the recency half-life and
 * floor, β_project, β_org) that make the observed decisions most likely, by coordinate-wise
 * golden-section search of the log-likelihood inside the bounds config.ts allows. Pure.
 */
import { DEFAULT_CONFIG, type IntroductionConfig } from '../../graph/config.ts';
import { declaredStrength, noisyOr, organisationStrength, projectStrength } from '../../graph/evidence.ts';

export interface HopEvidence {
  kind: 'declared' | 'project' | 'organisation';
  /** Declared: the strength 1–5. */
  strength?: number;
  /** Declared: days since last contact; project: days since it ended (null: unknown / ongoing). */
  ageDays?: number | null;
  /** Project or organisation: participants or current members. */
  size?: number;
}

export interface HopDecision {
  evidence: HopEvidence[];
  accepted: boolean;
}

export const PARAMETERS = ['alpha', 'halfLifeYears', 'recencyFloor', 'betaProject', 'betaOrg'] as const;
export type Parameters = Record<(typeof PARAMETERS)[number], number>;

const BOUNDS: Record<keyof Parameters, [number, number]> = {
  alpha: [0.01, 3],
  halfLifeYears: [0.1, 20],
  recencyFloor: [0.01, 1],
  betaProject: [0.01, 1],
  betaOrg: [0.01, 1],
};

export const currentParameters = (config: IntroductionConfig = DEFAULT_CONFIG): Parameters =>
  Object.fromEntries(PARAMETERS.map((k) => [k, config[k]])) as Parameters;

/** s of one hop under these parameters, as the engine computes it (evidence.ts). */
export function hopStrength(evidence: readonly HopEvidence[], p: Parameters): number {
  const config: IntroductionConfig = { ...DEFAULT_CONFIG, ...p };
  // Ages are kept relative: "today" is day `age`, the dated event day 0.
  return noisyOr(
    evidence.map((e) => {
      const age = e.ageDays ?? undefined;
      if (e.kind === 'declared')
        return declaredStrength(config, age ?? 0, e.strength ?? 3, age === undefined ? undefined : 0);
      if (e.kind === 'project')
        return projectStrength(config, age ?? 0, age === undefined ? undefined : 0, e.size ?? 1);
      return organisationStrength(config, e.size ?? 1);
    }),
  );
}

/** The probability that a hop is passed on: s·e^(−α). */
export const passProbability = (evidence: readonly HopEvidence[], p: Parameters): number =>
  hopStrength(evidence, p) * Math.exp(-p.alpha);

/** Mean log-likelihood of the decisions (per decision; higher is better). */
export function logLikelihood(decisions: readonly HopDecision[], p: Parameters): number {
  if (decisions.length === 0) return 0;
  let sum = 0;
  for (const d of decisions) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, passProbability(d.evidence, p)));
    sum += d.accepted ? Math.log(q) : Math.log(1 - q);
  }
  return sum / decisions.length;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

function goldenMax(f: (x: number) => number, lo: number, hi: number, steps = 40): number {
  let [a, b] = [lo, hi];
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let [fc, fd] = [f(c), f(d)];
  for (let i = 0; i < steps; i++) {
    if (fc >= fd) {
      [b, d, fd] = [d, c, fc];
      c = b - GOLDEN * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + GOLDEN * (b - a);
      fd = f(d);
    }
  }
  return fc >= fd ? c : d;
}

export interface Refit {
  params: Parameters;
  logLikelihood: number;
  startLogLikelihood: number;
}

/** The parameters that make the decisions most likely, starting from `start` (the current ones). */
export function refit(decisions: readonly HopDecision[], start: Parameters = currentParameters(), sweeps = 8): Refit {
  let params = { ...start };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (const key of PARAMETERS) {
      const [lo, hi] = BOUNDS[key];
      const best = goldenMax((x) => logLikelihood(decisions, { ...params, [key]: x }), lo, hi);
      // Keep a move only when it helps: the search must never end worse than it started.
      if (logLikelihood(decisions, { ...params, [key]: best }) > logLikelihood(decisions, params))
        params = { ...params, [key]: best };
    }
  }
  return {
    params,
    logLikelihood: logLikelihood(decisions, params),
    startLogLikelihood: logLikelihood(decisions, start),
  };
}

/** Kendall's τ-b between two scorings of the same items (1: the same order; −1: reversed). */
export function kendallTau(a: readonly number[], b: readonly number[]): number {
  let [concordant, discordant, tiesA, tiesB] = [0, 0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const x = Math.sign(a[i]! - a[j]!);
      const y = Math.sign(b[i]! - b[j]!);
      if (x === 0 && y === 0) continue;
      if (x === 0) tiesA++;
      else if (y === 0) tiesB++;
      else if (x === y) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
  return denominator === 0 ? 0 : (concordant - discordant) / denominator;
}

/** One stored request, as request-calibration.cypher reads it. */
export interface RequestRecord {
  score: number;
  /** Per hop, its evidence when asked (null for requests made before evidence was kept). */
  evidence: HopEvidence[][] | null;
  state: 'open' | 'accepted' | 'declined' | 'suggested' | 'expired';
  position: number;
  /** Per position (0 the asker), its decision. */
  decisions: (string | null)[];
  met: boolean;
}

/**
 * The observed hop decisions: the person at position i decided about the hop from i − 1 that
 * reached them. Accepted: 1; declined, suggested someone else or let it expire unanswered: 0; not
 * reached, or still waiting: not observed.
 */
export function decisionsOf(records: readonly RequestRecord[]): HopDecision[] {
  const out: HopDecision[] = [];
  for (const r of records) {
    if (!r.evidence) continue;
    for (let i = 1; i < r.decisions.length && i <= r.evidence.length; i++) {
      const decision = r.decisions[i];
      const evidence = r.evidence[i - 1]!;
      if (decision === 'accept') out.push({ evidence, accepted: true });
      else if (decision === 'decline' || decision === 'suggest') out.push({ evidence, accepted: false });
      else if (r.state === 'expired' && r.position === i) out.push({ evidence, accepted: false });
    }
  }
  return out;
}

export const SCORE_BUCKETS: readonly [number, number][] = [
  [0, 0.05],
  [0.05, 0.1],
  [0.1, 0.2],
  [0.2, 0.4],
  [0.4, 1.000001],
];

export interface ScoreBucket {
  from: number;
  to: number;
  /** Requests that ended (not open). */
  ended: number;
  introduced: number;
  met: number;
}

/** Acceptance and "met" by the path score when asked, over the requests that ended. */
export function byScore(records: readonly RequestRecord[]): ScoreBucket[] {
  return SCORE_BUCKETS.map(([from, to]) => {
    const ended = records.filter((r) => r.state !== 'open' && r.score >= from && r.score < to);
    return {
      from,
      to: Math.min(1, to),
      ended: ended.length,
      introduced: ended.filter((r) => r.state === 'accepted').length,
      met: ended.filter((r) => r.met).length,
    };
  });
}

/** Decisions needed before a re-fit is offered: fewer say more about chance than about people. */
export const MIN_DECISIONS = 50;
