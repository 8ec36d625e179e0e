/**
 * The introductions engine's public surface, for the database and GraphQL layers: build a graph
 * once from plain input (evidence.ts describes it), then ask it questions. brute-force.ts is a
 * test reference and deliberately not exported here.
 */
export { DEFAULT_CONFIG, makeConfig, type IntroductionConfig } from '../../../graph/config.ts';
export type { IntroductionInput, TieVisibility } from '../../../graph/evidence.ts';
export {
  explainHop,
  explainPath,
  type EvidenceExplanation,
  type HopExplanation,
  type PathExplanation,
} from '../../../graph/explain.ts';
export { inputFromDataset } from '../../../../test/reference/introductions-input.ts';
export { indicesOf, type IntroductionGraph } from '../../../graph/people-graph.ts';
export { buildIntroductionGraph } from '../../../graph/compile.ts';
export {
  bestPathsToPerson,
  bestTargets,
  type IntroductionPath,
  type PersonAnswer,
  type Reach,
  type SearchOptions,
  type Sources,
  type TargetAnswer,
  type TargetResult,
} from './search.ts';
