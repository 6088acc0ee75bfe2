/** Public API of the grade check (issue 5). */
export { checkGrade, caseRulebookId } from './check';
export { draftProposalWarning, proposalWarning, type ProposalWarning } from './proposal-warning';
export { evaluate } from './evaluate';
export { gradingRulebook } from './rulebooks';
export { overlayGrading, overlayOptions } from './overlays';
export { computeScore } from '../conditions/score';
export { subjectKindOf } from './subject';
export type * from './types';
