/** Where outlets disagree: names, numbers and dates that differ between aligned statements. */
export { findDiscrepancies, DEFAULT_TOPICAL_COSINE } from './find-discrepancies.js';
export type { DiscrepancyOptions } from './find-discrepancies.js';
export {
  findSubstitutions,
  slotTokens,
  properNounsOf,
  DEFAULT_MAX_SLOT_TOKENS,
  DEFAULT_SHOWN_CONTEXT,
} from './substitutions.js';
export type { Substitution, SubstitutionOptions, SlotKind, SlotToken } from './substitutions.js';
