/**
 * The one scale of strength (client/src/introductions/strength.ts): ranges of the absolute score,
 * the date of old evidence, the calculation, "already know them" — and that every page that puts a
 * word on a score gets it from this scale, so the same score reads the same everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import teamsFeature from '../../client/src/i18n/features/teams.json' with { type: 'json' };
import type { IntroEvidence, IntroHop } from '../../client/src/introductions/intro-text.ts';
import {
  STRENGTH_SCALE,
  knownDirectly,
  scoreCalculation,
  staleYear,
  strengthLabel,
  strengthMeter,
  strengthWord,
} from '../../client/src/introductions/strength.ts';
import { cohesionInWords, introductionsInWords } from '../../client/src/pages/teams/team-score.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: {
    ja: { translation: { ...ja, teams: teamsFeature.ja } },
    en: { translation: { ...en, teams: teamsFeature.en } },
  },
  lng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const TODAY = '2026-12-06';
const none = {
  strength: 0.5,
  tieStrength: null,
  lastContact: null,
  context: null,
  contextEn: null,
  projectEnd: null,
  size: null,
  project: null,
  organisation: null,
};
const declared = (lastContact: string | null): IntroEvidence => ({ ...none, kind: 'DECLARED', lastContact });
const project = (projectEnd: string | null): IntroEvidence => ({ ...none, kind: 'PROJECT', projectEnd });
const organisation: IntroEvidence = { ...none, kind: 'ORGANISATION' };
const hop = (strength: number, evidence: IntroEvidence[]): IntroHop => ({
  strength,
  from: { key: 'Person:a', id: 'a' },
  to: { key: 'Person:b', id: 'b' },
  evidence,
});

describe('the one scale of strength', () => {
  it('puts words on ranges of the absolute score', () => {
    expect([0.55, 0.4, 0.39, 0.2, 0.19, 0.08, 0.079, 0].map(strengthWord)).toEqual([
      'strong',
      'strong',
      'good',
      'good',
      'fair',
      'fair',
      'weak',
      'weak',
    ]);
    expect(STRENGTH_SCALE.map((b) => b.word)).toEqual(['strong', 'good', 'fair', 'weak']);
    expect([0.6, 0.3, 0.1, 0.01].map(strengthMeter)).toEqual([1, 0.75, 0.5, 0.25]);
  });

  it('says the year of old evidence, and nothing for a current organisation or a running project', () => {
    expect(staleYear({ hops: [hop(0.9, [declared('2019-10-12')])] }, TODAY)).toBe(2019);
    expect(staleYear({ hops: [hop(0.9, [declared('2024-10-12')])] }, TODAY)).toBeNull();
    expect(staleYear({ hops: [hop(0.9, [declared('2019-10-12'), organisation])] }, TODAY)).toBeNull();
    expect(staleYear({ hops: [hop(0.9, [project('2020-03-31')])] }, TODAY)).toBe(2020);
    expect(staleYear({ hops: [hop(0.9, [project(null)])] }, TODAY)).toBeNull();
    // The stalest hop speaks for the path; undated evidence has no year to say.
    const twoOld = { hops: [hop(0.9, [declared('2021-01-01')]), hop(0.8, [declared('2018-05-01')])] };
    expect(staleYear(twoOld, TODAY)).toBe(2018);
    expect(staleYear({ hops: [hop(0.9, [declared(null)])] }, TODAY)).toBeNull();
  });

  it('shows its calculation from the hops', () => {
    const p = { hops: [hop(0.9, []), hop(0.62, [])], hopFactor: Math.exp(-0.5), score: 0.9 * 0.62 * Math.exp(-1) };
    expect(scoreCalculation(p)).toBe('0.90 × 0.62 × e^(−0.5×2) = 0.21');
  });

  it('calls someone known directly only when a declared tie backs the one hop', () => {
    expect(knownDirectly({ hops: [hop(0.5, [declared('2025-01-01')])] })).toBe(true);
    expect(knownDirectly({ hops: [hop(0.5, [organisation])] })).toBe(false);
    expect(knownDirectly({ hops: [hop(0.5, [declared(null)]), hop(0.5, [declared(null)])] })).toBe(false);
  });
});

describe('every page maps the same score to the same word', () => {
  // Not on a bound: e^(ln x) may differ from x in the last bit.
  const scores = [0.02, 0.07, 0.1, 0.19, 0.21, 0.37, 0.41, 0.46, 0.55, 0.9];

  it('the team composer’s figures use the scale', () => {
    for (const score of scores) {
      const team = { introductionCost: -Math.log(score) * 2, experts: [{ covers: [1] }, { covers: [1] }] };
      const intro = introductionsInWords(team as never)!;
      expect(intro.word).toBe(strengthWord(score));
      const cohesion = cohesionInWords({ cohesion: -Math.log(score), experts: team.experts } as never)!;
      expect(cohesion.word).toBe(strengthWord(score));
    }
  });

  it('the labels are the same words in each language', () => {
    for (const score of scores) {
      expect(strengthLabel(score, i18n.getFixedT('ja'))).toBe(ja.intro.strength[strengthWord(score)]);
      expect(strengthLabel(score, i18n.getFixedT('en'))).toBe(en.intro.strength[strengthWord(score)]);
    }
  });

  it('no page turns a score into a word by itself', () => {
    // Every page, export and proposal must go through strength.ts: no other file names the
    // words' translation keys or compares a score with the scale's bounds.
    const root = path.resolve(import.meta.dirname, '../../client/src');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'gql') walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !file.endsWith(path.join('introductions', 'strength.ts'))) {
          const text = fs.readFileSync(file, 'utf8');
          if (/intro\.strength\./.test(text) || /score\s*>=?\s*0\.(4|2|08)\b/.test(text))
            offenders.push(path.relative(root, file));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
