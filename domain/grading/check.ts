import { GRADE_LABELS, gradeRank, type Grade } from '../core/grade';
import { RULEBOOK_LABELS, rulebookIdForYear, type RulebookId } from '../core/rulebook-id';
import { nfc } from '../core/text';
import type { CheckCase } from '../schemas/case';
import { evaluate, headConditions } from './evaluate';
import { overlayOptions } from './overlays';
import { gradingRulebook } from './rulebooks';
import { computeScore } from '../conditions/score';
import { getRulebook } from '../rulebooks/index';
import { assessSubject, gradingOutcomeOf, referenceDateFor } from '../subject/index';
import { gradingContext } from './subject';
import type { CheckOptions, CheckResult, GradingCondition } from './types';

/** The rulebook a case is checked against: the profile's override, else the one in force for the review year. */
export function caseRulebookId(c: CheckCase): RulebookId | undefined {
  return c.profile.rulebookId ?? rulebookIdForYear(c.profile.reviewYear);
}

const label = (g: Grade) => `"${GRADE_LABELS[g]}" (${g})`;

/**
 * Checks a proposed grade against the rulebook of the year: every condition with its clause and status
 * (met / unmet / unknown), the highest grade the known facts allow and the highest still possible.
 */
export function checkGrade(input: CheckCase, options?: CheckOptions): CheckResult {
  const id = caseRulebookId(input);
  options = { ...overlayOptions(input.overlayId ?? input.profile.overlayId, id), ...options };
  const proposed = input.proposedGrade ?? null;
  const book = id ? gradingRulebook(id) : undefined;
  if (!id || !book) {
    return {
      rulebook: id ?? 'qd132-2018',
      outcome: 'not-graded',
      score: null,
      highestAllowed: null,
      highestPossible: null,
      proposed,
      proposedAllowed: null,
      conditions: [],
      notes: [nfc(`Năm kiểm điểm ${input.profile.reviewYear}: ${id ? RULEBOOK_LABELS[id] : 'trước năm 2018'} chưa được hỗ trợ trong kiểm tra mức xếp loại.`)],
    };
  }

  const reviewDate = input.settings.referenceDate ?? input.profile.reviewDate;
  const reference = referenceDateFor(input.profile.reviewYear, { ...(reviewDate ? { reviewDate } : {}), ...(options.today ? { today: options.today } : {}) });
  const rb = getRulebook(id);
  const assessed = assessSubject(input.profile, rb, reference, { form: false });
  const outcome = gradingOutcomeOf(assessed);
  const subject = { role: assessed.role, status: assessed.status, referenceDate: reference.date, referenceBasis: reference.basis, missing: assessed.missing };
  const deciding = assessed.reasons[assessed.reasons.length - 1];
  if (outcome === 'exempt' || outcome === 'not-graded') {
    return {
      rulebook: id,
      outcome,
      ...(deciding ? { outcomeRule: deciding.rule.clause } : {}),
      subject,
      score: null,
      highestAllowed: null,
      highestPossible: null,
      proposed,
      proposedAllowed: null,
      conditions: [],
      notes: assessed.reasons.slice(-1).map((r) => nfc(`${r.rule.clause}: ${r.text}`)),
    };
  }
  const ctx = gradingContext(input, assessed);
  const notes: string[] = [];
  if (outcome === 'unknown')
    notes.push(`Chưa xác định được có đánh giá, xếp loại hay không: ${assessed.missing.map((m) => m.question).join(' ')} Các điều kiện dưới đây tính như khi được xếp loại.`);
  const onTime = Object.values(rb.subjects.gradedOnTimeWorked).map((r) => r.rule.id);
  const timeWorked = assessed.reasons.filter((r) => onTime.includes(r.rule.id));
  for (const r of timeWorked) notes.push(`${r.rule.clause}: ${r.text}`);

  const headMode = input.settings.headNotAboveCollective ?? book.headRule.defaultMode;
  const conditions: GradingCondition[] = [...book.conditions, ...(options.extraConditions ?? [])];
  if (headMode === 'rule') conditions.push(...headConditions(book.headRule.rule));
  const ev = evaluate(conditions, input.facts, ctx);

  const score = book.measure === 'points' ? computeScore(input.facts) : null;
  const band = score && book.bandFor ? book.bandFor(score.total) : undefined;
  if (book.measure === 'points' && !score) notes.push('Chưa có điểm tự chấm (nhóm tiêu chí chung /30, kết quả thực hiện nhiệm vụ /70): chưa xác định được khung điểm.');

  if (ev.gap)
    notes.push(
      'Trường hợp này không đáp ứng điều kiện của mức nào từ "Hoàn thành nhiệm vụ" trở lên và không thuộc trường hợp "Không hoàn thành nhiệm vụ" nào đã biết: văn bản chưa quy định. Không đề xuất mức cao hơn "Không hoàn thành nhiệm vụ"; để cấp có thẩm quyền xem xét, quyết định.',
    );
  if (ev.unknownTriggers.length > 0 && ev.highestAllowed !== 'KHTNV')
    notes.push(`Mức cao nhất được phép tính với giả định không thuộc các trường hợp "Không hoàn thành nhiệm vụ" chưa được trả lời (${ev.unknownTriggers.length} trường hợp).`);
  if (ev.mitigatedTriggers.length > 0)
    notes.push('Có vi phạm đã tự phát hiện, báo cáo và khắc phục xong hậu quả: cấp có thẩm quyền căn cứ hoàn cảnh, tính chất, mức độ để xem xét, quyết định mức xếp loại (không tự động miễn trừ).');

  const cs = input.facts.ownCollectiveGrade;
  if (headMode === 'warning' && ctx.isHead && cs && proposed && gradeRank(proposed) > gradeRank(cs) && !input.facts.newlyArrivedHead)
    notes.push(`Cảnh báo (${book.headRule.rule.clause}): mức đề xuất ${label(proposed)} cao hơn mức của tập thể do mình đứng đầu ${label(cs)}; năm nay chưa tìm thấy quy định bắt buộc, đơn vị có thể đặt thành quy định.`);
  notes.push(...book.notes(ctx, input.facts, proposed ?? undefined), ...(options.extraNotes ?? []));

  const proposedAllowed = proposed ? gradeRank(proposed) <= gradeRank(ev.highestAllowed) : null;
  if (proposed && !proposedAllowed)
    notes.push(
      gradeRank(proposed) <= gradeRank(ev.highestPossible)
        ? `Mức đề xuất ${label(proposed)} chưa đủ căn cứ: cần trả lời các điều kiện còn "chưa rõ".`
        : `Mức đề xuất ${label(proposed)} cao hơn mức cao nhất có thể đạt ${label(ev.highestPossible)}.`,
    );

  const result: CheckResult = {
    rulebook: id,
    outcome,
    subject,
    score,
    highestAllowed: ev.highestAllowed,
    highestPossible: ev.highestPossible,
    proposed,
    proposedAllowed,
    conditions: ev.conditions.map((c) => ({ ...c, text: nfc(c.text), ...(c.whatWouldChange ? { whatWouldChange: nfc(c.whatWouldChange) } : {}) })),
    notes: notes.map(nfc),
  };
  if (timeWorked[0]) result.outcomeRule = timeWorked[0].rule.clause;
  if (band) result.band = band;
  return result;
}
