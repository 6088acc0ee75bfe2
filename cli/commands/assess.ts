import { ROLE_LABELS } from '../../domain/guide/labels';
import { ProfileSchema } from '../../domain/schemas/profile';
import { assessProfile, REFERENCE_BASIS_LABELS } from '../../domain/subject/index';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';
import { dateOption, positional } from './options';

const USAGE = 'Cách dùng: assess <hồ-sơ.json> [--today YYYY-MM-DD]';

/**
 * assess <profile.json>: the one subject assessment every screen reads (domain/subject): role, posts held at the
 * reference date, status (exempt / reviewed, not graded / graded on time worked / graded / unknown and what is
 * missing), the year's form with its clause, and the reasons as rule records.
 */
export const assessCommand: CliCommand = (args) => {
  const path = positional(args, ['--today']);
  if (!path) throw new UserInputError(['Thiếu đường dẫn tệp hồ sơ.', USAGE]);
  const profile = validate(ProfileSchema, readJsonFile(path, 'tệp hồ sơ'), 'Hồ sơ');
  const today = dateOption(args, '--today', USAGE);
  const a = assessProfile(profile, today ? { today } : {});
  if (!a) throw new UserInputError([`Trường «reviewYear»: năm ${profile.reviewYear} chưa được hỗ trợ (chỉ từ năm 2018).`]);
  return {
    rulebook: a.rulebookId,
    reviewYear: a.reviewYear,
    referenceDate: a.reference.date,
    referenceBasis: REFERENCE_BASIS_LABELS[a.reference.basis],
    role: a.role,
    roleLabel: ROLE_LABELS[a.role],
    posts: a.posts.map((p) => p.title),
    isHead: a.isHead,
    civilServant: a.civilServant,
    status: a.status,
    mustReview: a.mustReview,
    graded: a.graded,
    form: a.form ? { code: a.form.code, codeLabel: a.form.codeLabel, clause: a.form.rule.clause } : null,
    reasons: a.reasons.map((r) => ({ text: r.text, clause: r.rule.clause, certainty: r.rule.certainty })),
    notes: a.notes.map((r) => ({ text: r.text, clause: r.rule.clause })),
    missing: a.missing.map((m) => ({ field: m.field, question: m.question, clause: m.rule.clause })),
  };
};
