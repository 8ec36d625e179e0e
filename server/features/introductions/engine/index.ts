/**
 * The introductions engine's public surface: searches over the compiled people graph
 * (server/graph/). brute-force references live in test/reference/.
 */
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
} from './best-paths.ts';
