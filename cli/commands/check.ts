import { checkGrade, caseRulebookId } from '../../domain/grading';
import { gradingRulebook } from '../../domain/grading/rulebooks';
import { CheckCaseSchema } from '../../domain/schemas/case';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';

/**
 * check <case.json>: the grade check of one person or collective (domain/grading), printed as JSON.
 * Bad input: Vietnamese lines naming the field on stderr, exit 2.
 */
export const checkCommand: CliCommand = (args) => {
  if (args.length !== 1) throw new UserInputError(['Cách dùng: check <case.json> (một tệp hồ sơ kiểm tra mức xếp loại).']);
  const input = validate(CheckCaseSchema, readJsonFile(args[0], 'tệp hồ sơ kiểm tra'), 'Tệp hồ sơ kiểm tra');
  const id = caseRulebookId(input);
  if (!id || !gradingRulebook(id))
    throw new UserInputError([`Trường «profile.reviewYear»: năm ${input.profile.reviewYear} chưa được hỗ trợ (chỉ hỗ trợ từ năm 2023).`]);
  return checkGrade(input);
};
