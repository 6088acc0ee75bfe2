/** Drafting: compose prose from facts, carry last year over, choose the form, check "thực chất". */
export { composeSection, clean, type ComposeContext, type Composed } from './compose';
export { hashText, shouldAskBeforeCompose, type SectionContent } from './hash';
export { carryOverFrom, duplicateDraftForYear, type CarryOver } from './carry-over';
export { newDraft, rulebookFor } from './new-draft';
export {
  chooseForm,
  formCodeForRole,
  roleForProfile,
  roleOfFormCode,
  type FormChoice,
  type FormRole,
} from './form-choice';
export { checkDraft, reviewDraft, hasFigureOrProduct, isDenial, type CheckOptions } from './check';
export { FLAG_KINDS, type Flag, type FlagKind, type FlagSeverity, type DismissedFlag, type DraftReview } from './flags';
export { CLICHES, findCliches, type Cliche } from './cliches';
export { causesRule, contentsRule, figuresRule, substanceRule } from './rules';
