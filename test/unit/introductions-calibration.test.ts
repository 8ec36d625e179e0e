/**
 * Calibration on a simulated history where the true acceptance rule is known: people pass a
 * request on with probability s·e^(−α) under TRUE parameters that differ from the defaults
 * (recency matters more, projects less, organisations more, length more). Re-fitting the
 * parameters from the simulated decisions must rank fresh paths closer to the truth than the
 * defaults do (Kendall's τ against each path's true chance of success), and recover the
 * likelihood. The figures are recorded in docs/introductions.md ("Calibration").
 */
import { describe, expect, it } from 'vitest';
import {
  currentParameters,
  decisionsOf,
  kendallTau,
  logLikelihood,
  passProbability,
  refit,
  type HopDecision,
  type HopEvidence,
  type Parameters,
  type RequestRecord,
} from '../../server/features/requests/calibration.ts';
import { createRandom, type Random } from '../../seed/demo/random.ts';

const TRUTH: Parameters = { alpha: 1.0, halfLifeYears: 0.7, recencyFloor: 0.05, betaProject: 0.25, betaOrg: 0.6 };

function hop(random: Random): HopEvidence[] {
  const evidence: HopEvidence[] = [];
  const kinds = random.sample(['declared', 'project', 'organisation'] as const, random.int(1, 2));
  for (const kind of kinds) {
    if (kind === 'declared')
      evidence.push({ kind, strength: random.int(1, 5), ageDays: random.chance(0.1) ? null : random.int(0, 3650) });
    else if (kind === 'project')
      evidence.push({ kind, size: random.int(2, 30), ageDays: random.chance(0.3) ? null : random.int(0, 3650) });
    else evidence.push({ kind, size: random.int(2, 80) });
  }
  return evidence;
}

const path = (random: Random) => Array.from({ length: random.int(2, 4) }, () => hop(random));

/** Requests along random paths, each person deciding by the true rule, hop after hop. */
function history(random: Random, requests: number): HopDecision[] {
  const decisions: HopDecision[] = [];
  for (let r = 0; r < requests; r++) {
    for (const evidence of path(random)) {
      const accepted = random.next() < passProbability(evidence, TRUTH);
      decisions.push({ evidence, accepted });
      if (!accepted) break;
    }
  }
  return decisions;
}

const successChance = (hops: HopEvidence[][], p: Parameters) =>
  hops.reduce((product, evidence) => product * passProbability(evidence, p), 1);

describe('calibration from outcomes', () => {
  it('re-fitted parameters rank paths closer to the truth than the defaults', () => {
    const random = createRandom('calibration-test');
    const decisions = history(random, 2000);
    const defaults = currentParameters();
    const fitted = refit(decisions, defaults);
    expect(fitted.logLikelihood).toBeGreaterThan(fitted.startLogLikelihood);
    // The true rule explains the data about as well as the fit (the fit may overfit a little).
    expect(fitted.logLikelihood).toBeGreaterThanOrEqual(logLikelihood(decisions, TRUTH) - 0.01);

    const fresh = Array.from({ length: 400 }, () => path(random));
    const truth = fresh.map((p) => successChance(p, TRUTH));
    const tauDefault = kendallTau(
      fresh.map((p) => successChance(p, defaults)),
      truth,
    );
    const tauFitted = kendallTau(
      fresh.map((p) => successChance(p, fitted.params)),
      truth,
    );
    console.info(
      `calibration: ${decisions.length} decisions; τ default ${tauDefault.toFixed(3)} → re-fit ${tauFitted.toFixed(3)}; ` +
        `log-likelihood/decision ${fitted.startLogLikelihood.toFixed(4)} → ${fitted.logLikelihood.toFixed(4)} ` +
        `(truth ${logLikelihood(decisions, TRUTH).toFixed(4)}); fitted ${JSON.stringify(
          Object.fromEntries(Object.entries(fitted.params).map(([k, v]) => [k, Number(v.toFixed(3))])),
        )}`,
    );
    expect(tauFitted).toBeGreaterThan(tauDefault + 0.05);
    expect(tauFitted).toBeGreaterThan(0.9);
  }, 60_000); // a numeric fit over 2,000 simulated decisions: ~5 s on an idle 2-core machine

  it('changes nothing when the defaults are already the truth', () => {
    const random = createRandom('calibration-null');
    const defaults = currentParameters();
    const decisions: HopDecision[] = [];
    for (let i = 0; i < 1500; i++) {
      const evidence = hop(random);
      decisions.push({ evidence, accepted: random.next() < passProbability(evidence, defaults) });
    }
    const fitted = refit(decisions, defaults);
    const fresh = Array.from({ length: 300 }, () => path(random));
    const tau = kendallTau(
      fresh.map((p) => successChance(p, fitted.params)),
      fresh.map((p) => successChance(p, defaults)),
    );
    expect(tau).toBeGreaterThan(0.9);
  }, 60_000);

  it('Kendall τ: identical orders 1, reversed −1', () => {
    expect(kendallTau([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it('reads one decision per person asked: accepted 1; declined, suggested or expired unanswered 0', () => {
    const e = (n: number): HopEvidence[] => [{ kind: 'organisation', size: n }];
    const hops = [e(1), e(2), e(3)];
    const sizes = (records: RequestRecord[]) =>
      decisionsOf(records).map((d) => `${d.evidence[0]!.size}:${d.accepted ? 1 : 0}`);
    const base = { score: 0.1, evidence: hops, met: false };
    expect(
      sizes([{ ...base, state: 'accepted', position: 3, decisions: [null, 'accept', 'accept', 'accept'] }]),
    ).toEqual(['1:1', '2:1', '3:1']);
    expect(sizes([{ ...base, state: 'declined', position: 2, decisions: [null, 'accept', 'decline', null] }])).toEqual([
      '1:1',
      '2:0',
    ]);
    expect(sizes([{ ...base, state: 'expired', position: 1, decisions: [null, null, null, null] }])).toEqual(['1:0']);
    // Still waiting: nothing observed yet. Made before evidence was kept: left out.
    expect(sizes([{ ...base, state: 'open', position: 1, decisions: [null, null, null, null] }])).toEqual([]);
    expect(sizes([{ ...base, evidence: null, state: 'declined', position: 1, decisions: [null, 'decline'] }])).toEqual(
      [],
    );
  });
});
