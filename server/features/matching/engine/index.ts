/** STO–NPO matching (pure): the exact assignment (assign.ts). docs/teams.md explains it. */
export { assignStos, organisationLimit, pairValue, type MatchingInput, type MatchingResult } from './assign.ts';
