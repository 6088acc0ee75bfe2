import { describe, expect, it } from 'vitest';
import { FillMessageSchema, FrameStatusSchema, InsertResponseSchema } from '../../../domain/schemas/fill-messages';
import { parseWith } from '../../../domain/schemas/errors';

describe('fill messages are validated on both sides', () => {
  it.each([
    [{ type: 'kd-fill:insert', text: 'Văn bản', mode: 'insert' }, true],
    [{ type: 'kd-fill:insert', text: 'Văn bản', mode: 'overwrite' }, false],
    [{ type: 'kd-fill:scan' }, true],
    [{ type: 'kd-fill:fill', entries: [{ fieldId: 'f1', text: 'x', mode: 'replace' }] }, true],
    [{ type: 'kd-fill:fill', entries: [{ fieldId: '', text: 'x', mode: 'replace' }] }, false],
    [{ type: 'kd-fill:read-database' }, false],
    ['kd-fill:scan', false],
  ])('%j -> %s', (msg, ok) => {
    expect(FillMessageSchema.safeParse(msg).success).toBe(ok);
  });

  it('a page answer that is not ours is rejected, naming the field in Vietnamese', () => {
    const r = parseWith(InsertResponseSchema, { ok: false, reason: 'hacked' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/Trường «reason»/);
    expect(FrameStatusSchema.safeParse({ lastFocusAt: -1, activeIsEditable: true, focusInForeignFrame: false, foreignFrames: 0 }).success).toBe(false);
  });
});
