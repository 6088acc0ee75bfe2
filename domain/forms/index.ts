/**
 * Form-model helpers shared by every rulebook: builders (build.ts, regrade-decision.ts) and the draft's text slots
 * (units.ts). The form models themselves live in each rulebook's folder and are listed by the rulebook
 * (`getFormModel` / `listFormModels` in domain/rulebooks).
 */
export { unitComposeFrom, unitNeedsFigures, unitRequired, writableUnits, type WritableUnit } from './units';
export { EXAMPLE_DEADLINE, exampleDeadline, withExampleDates } from './example-dates';
