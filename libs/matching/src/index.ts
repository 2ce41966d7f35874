/**
 * @crowdcomms/matching — the pure TypeScript matching engine (no Nest, no I/O).
 *
 * - {@link score}: explainable fit of one volunteer for one task, or a typed exclusion.
 * - {@link topCandidatesForTask} / {@link topTasksForVolunteer}: top-k through a skill inverted index.
 * - {@link optimiseAssignments}: organisation-wide plan under seats and hours.
 */
export * from './engine/types';
export {
  DEFAULT_FAIRNESS,
  DEFAULT_WEIGHTS,
  RELEVANT_LINKS,
  prepareContext,
  type PreparedContext,
  type PreparedTask,
  type PreparedVolunteer,
} from './engine/prepare';
export {
  BELOW_MINIMUM_FACTOR,
  NO_REQUIREMENT_SKILL_PART,
  RELATED_SKILL_FACTOR,
  isExclusion,
  isMatch,
  score,
} from './engine/score';
export { EXPLANATION_SEPARATOR } from './engine/explain';
export { buildSkillIndex, type SkillIndex } from './engine/skill-index';
export {
  bruteForceTopCandidates,
  bruteForceTopTasks,
  generateCandidateEdges,
  topCandidatesForTask,
  topTasksForVolunteer,
  type CandidateEdgeOptions,
  type TaskPool,
  type VolunteerPool,
} from './engine/rank';
export { greedyAssignments, optimiseAssignments, type OptimiseOptions } from './engine/optimise';
export { maxWeightBMatching } from './engine/b-matching';
export { suggestWorkshops, type LearnerInput, type WorkshopInput, type WorkshopSuggestion } from './engine/workshops';

// The Nest module around the engine (loads data, stores suggestions, serves GraphQL, runs in the worker).
export { MatchSuggestion } from './module/match-suggestion.entity';
export { MatchPlan, MatchPlanStatus, type MatchPlanLineData } from './module/match-plan.entity';
export { MatchingService, TOP_MATCHES } from './module/matching.service';
export { MatchingLoader, type MatchingInputs } from './module/matching.loader';
export { MatchingModule, MatchingWorkerModule } from './module/matching.module';
export { MatchingProcessor, MATCHING_WORKER_OPTIONS } from './module/matching.processor';
export { MATCHING_ENTITIES } from './module/entities';
