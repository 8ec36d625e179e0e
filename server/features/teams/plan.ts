/** The team question turned into a plan: the core, the reach of every person, the candidates per skill. */
import type { Network } from '../../graph/network.ts';
import type { Holding } from '../../graph/skills.ts';
import type { PersonFields } from '../../graph/snapshot.ts';
import type { ShortestPaths } from '../../graph/traverse.ts';
import type { TeamQuestion } from './question.ts';

export interface SkillPlan {
  index: number;
  skillId: string;
  minLevel: number;
  weight: number;
  core: Holding | undefined;
  /** Candidate experts' holdings, nearest first; empty when nobody reachable holds the skill. */
  candidates: Holding[];
}

export interface Plan {
  q: TeamQuestion;
  network: Network;
  core: number[];
  paths: ShortestPaths;
  skills: SkillPlan[];
  fields: (personId: string) => PersonFields;
}
