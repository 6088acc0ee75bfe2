import { checkGrade, caseRulebookId } from '../../domain/grading';
import { buildCheckCase } from '../../domain/grading/from-draft';
import { gradingRulebook } from '../../domain/grading/rulebooks';
import { CheckCaseSchema, type CheckCase } from '../../domain/schemas/case';
import { DraftSchema } from '../../domain/schemas/draft';
import { emptyGradeFacts } from '../../domain/schemas/grade-facts';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';
import { dateOption, positional } from './options';

const USAGE = 'Cách dùng: check <case.json | bản-kiểm-điểm.json> [--today YYYY-MM-DD]';

/** A draft file (as the app exports it) is recognised by its form code and sections. */
const looksLikeDraft = (v: unknown): boolean => typeof v === 'object' && v !== null && 'formCode' in v && 'sections' in v;

/**
 * check <case.json | draft.json>: the grade check of one person or collective (domain/grading), printed as JSON.
 * A draft gives the same facts the app holds (scores, tasks, carry-over, proposed grade, profile).
 * Bad input: Vietnamese lines naming the field on stderr, exit 2.
 */
export const checkCommand: CliCommand = (args) => {
  const path = positional(args, ['--today']);
  if (!path) throw new UserInputError(['Thiếu đường dẫn tệp.', USAGE]);
  const today = dateOption(args, '--today', USAGE);
  const raw = readJsonFile(path, 'tệp hồ sơ kiểm tra');
  let input: CheckCase;
  if (looksLikeDraft(raw)) {
    const draft = validate(DraftSchema, raw, 'Bản kiểm điểm');
    const built = buildCheckCase(draft, emptyGradeFacts());
    if (!built.value) throw new UserInputError(['Bản kiểm điểm chưa đủ để kiểm tra mức xếp loại:', ...built.errors]);
    input = built.value;
  } else {
    input = validate(CheckCaseSchema, raw, 'Tệp hồ sơ kiểm tra');
  }
  const id = caseRulebookId(input);
  if (!id || !gradingRulebook(id))
    throw new UserInputError([`Trường «profile.reviewYear»: năm ${input.profile.reviewYear} chưa được hỗ trợ (chỉ hỗ trợ từ năm 2023).`]);
  return checkGrade(input, today ? { today } : {});
};
