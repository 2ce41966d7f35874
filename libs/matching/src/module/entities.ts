import { MatchPlan } from './match-plan.entity';
import { MatchSuggestion } from './match-suggestion.entity';

/** Matching's tables, for the schema. */
export const MATCHING_ENTITIES = [MatchSuggestion, MatchPlan];
