import type { DatedRule } from '../core/form-model';
import { ref, src } from './build';

/**
 * The party layout guidance (thể thức và kỹ thuật trình bày văn bản của Đảng) a Word file follows, by its date:
 * HD 36-HD/VPTW (03/4/2018) until HD 05-HD/VPTW (27/5/2026) replaced it. The summaries of both give the same
 * page, margins and sizes (domain/document/layout.ts), so only the citation changes with the date.
 */
export const HD05_FROM = '2026-05-27';

export const PARTY_LAYOUT_RULES: readonly DatedRule[] = [
  {
    rule: ref('vptw.hd36.the-thuc', 'HD 36-HD/VPTW (thể thức văn bản của Đảng)', src('hd36-vptw-2018', 'thể thức, kỹ thuật trình bày'), 'secondary'),
    until: HD05_FROM,
  },
  {
    rule: ref('vptw.hd05.the-thuc', 'HD 05-HD/VPTW (thể thức văn bản của Đảng)', src('hd05-vptw-2026', 'thể thức, kỹ thuật trình bày'), 'uncertain'),
    from: HD05_FROM,
  },
];
