import type { FormModel } from '../core/form-model';
import type { RuleRef } from '../core/rule';
import type { SourceId } from '../core/source-ids';
import type { RulebookId } from '../core/rulebook-id';
import { formId } from '../core/form-code';
import { item, ref, section, signature, src } from './build';
import { PARTY_LAYOUT_RULES } from './layout-rules';

/**
 * Mẫu 03 (both 2023 and 2025): the upper party committee's decision that cancels a grade and records the new
 * one ("hủy bỏ kết quả xếp loại cũ và công nhận kết quả xếp loại mới"). Only the title and use are sourced;
 * the body below is a plain decision skeleton (căn cứ, Điều 1–3), all 'uncertain'.
 * Section ids: "CC" (căn cứ), "D1", "D2", "D3".
 */
export function regradeDecisionForm(opts: {
  rulebookId: RulebookId;
  codeLabel: string;
  title: string;
  legalBasis: string;
  rule: RuleRef;
  /** The guidance the form belongs to (its Mẫu 03 is cited by code label). */
  doc: SourceId;
  tag: string;
}): FormModel {
  const r = (key: string) => ref(`${opts.tag}.${key}`, `${opts.codeLabel} (bố cục tạm dựng)`, src(opts.doc, 'Mẫu 03'), 'uncertain');
  return {
    id: formId(opts.rulebookId, '03'),
    rulebookId: opts.rulebookId,
    code: '03',
    codeLabel: opts.codeLabel,
    title: opts.title,
    audience: 'Cấp ủy cấp trên: quyết định đánh giá, xếp loại lại tổ chức đảng, đảng viên',
    headerFields: ['collectiveName'],
    parts: [
      {
        id: '',
        heading: '',
        sections: [
          section('CC', '', 'Căn cứ', `Ghi các căn cứ: ${opts.legalBasis}; quyết định kỷ luật (số, ngày) hoặc kết luận làm phát sinh việc xếp loại lại.`, r('cc'), {
            items: [
              item('CC.1', 'Căn cứ quy định, hướng dẫn', `Ví dụ: ${opts.legalBasis}.`, r('cc.1')),
              item('CC.2', 'Căn cứ quyết định kỷ luật hoặc kết luận', 'Ghi số, ngày của quyết định kỷ luật, kết luận kiểm tra và thời điểm xảy ra vi phạm.', r('cc.2')),
            ],
          }),
          section('D1', 'Điều 1', 'Hủy bỏ kết quả xếp loại cũ', 'Ghi tên tập thể, cá nhân, năm xếp loại và mức xếp loại bị hủy bỏ.', r('d1')),
          section('D2', 'Điều 2', 'Công nhận kết quả xếp loại mới', 'Ghi mức xếp loại mới được công nhận cho năm đó (ví dụ: "Không hoàn thành nhiệm vụ").', r('d2')),
          section('D3', 'Điều 3', 'Trách nhiệm thi hành', 'Ghi các cơ quan, tổ chức, cá nhân thi hành quyết định, kể cả việc hủy bỏ kết quả thi đua, khen thưởng liên quan (nếu có).', r('d3'), {
            required: false,
          }),
        ],
      },
    ],
    assessment: 'none',
    signatureBlocks: [signature('issuer', 'T/M BAN THƯỜNG VỤ (ĐẢNG ỦY)', '(Ký tên, đóng dấu)', true)],
    rule: opts.rule,
    layoutRules: PARTY_LAYOUT_RULES,
    caveats: [
      'Chưa tìm được nguyên văn Mẫu 03: chỉ có tên và công dụng; bố cục căn cứ, Điều 1–3 là tạm dựng theo thể thức quyết định thông thường.',
    ],
  };
}
