/**
 * Ranking engine: score validation (0-5 in half points), threshold checks (unweighted), weighted
 * ranking with recorded tie-break rules, and the consensus helper for individual evaluations.
 */
export * from './config.js';
export * from './consensus.js';
export * from './issues.js';
export type { RankingProposal, TeamGender } from './proposal.js';
export { validateProposals } from './proposal.js';
export * from './rank.js';
export { DEFAULT_CRITERIA, MAX_SCORE, isValidScore, toHalfPoints } from './scores.js';
