/**
 * The team composer's algorithms (pure; no database, no GraphQL): the problem and its cost model
 * (problem.ts), constructions from the literature (construct.ts), local search (improve.ts), one
 * team (compose.ts) and k alternatives with load spreading (alternatives.ts); the shortest
 * introduction costs they run on come from server/graph/traverse.ts. docs/teams.md explains them.
 */
export { topTeams, type TopOptions } from './alternatives.ts';
export { composeTeam, rank, type ComposeOptions } from './compose.ts';
export { greedyCover, nearestPerSkill, rarestFirst, rarityOrder, sumOfDistancesGreedy } from './construct.ts';
export { improve } from './improve.ts';
export {
  compareScores,
  distinctExperts,
  isValid,
  score,
  UNCOVERED,
  type Assignment,
  type SkillSlot,
  type TeamProblem,
  type TeamScore,
} from './problem.ts';
