import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import OverlayImport from '../../../components/overlays/OverlayImport.vue';
import { MAX_OVERLAY_FILE_BYTES, overlayFileName, slugify } from '../../../components/overlays/overlay-file';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useOverlaysStore } from '../../../stores/overlays';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** Importing a unit's overlay file: errors in Vietnamese naming the field, nothing saved on any error. */
let db: KiemDiemDB;
let pinia: Pinia;
let wrapper: VueWrapper | undefined;


const rule = (id: string) => ({ id, clause: 'Hướng dẫn 01-HD/ĐU', source: 'tệp thử', certainty: 'secondary' });
const good = {
  v: 1,
  id: 'dang-uy-phuong-thu-2025',
  name: 'Hướng dẫn của Đảng ủy phường Thử',
  issuer: 'Ban Thường vụ Đảng ủy phường Thử',
  appliesTo: { rulebookIds: ['qd366-2025'], reviewYears: [2025] },
  rule: rule('dang-uy-phuong-thu-2025'),
  deadlines: [{ id: 'han-1', date: '2025-12-05', what: 'Hoàn thành kiểm điểm', who: 'Các chi bộ', rule: rule('x.han-1') }],
};
const json = (o: unknown) => JSON.stringify(o);
/** A valid file padded with spaces to exactly `size` bytes. */
const padded = (size: number) => json(good) + ' '.repeat(size - new TextEncoder().encode(json(good)).length);

async function importFile(content: string, name = 'ban-huong-dan.json') {
  wrapper = mount(OverlayImport, { global: { plugins: [pinia] } });
  const input = wrapper.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await input.trigger('change');
  await until(() => wrapper!.find('[role="alert"]').exists() || wrapper!.emitted('imported') !== undefined, 'the import finishes');
  return wrapper;
}
const errorText = () => wrapper!.find('[data-testid="overlay-import-errors"]').text();

beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
  db = useDatabase(freshDb('overlay-import'));
});
afterEach(async () => {
  wrapper?.unmount();
  wrapper = undefined;
  await db.delete();
});

describe('OverlayImport: the error path saves nothing', () => {
  it.each([
    ['not JSON', '{ "v": 1, ', 'không đọc được nội dung JSON'],
    ['empty name', json({ ...good, name: '' }), 'Trường «name»: không được để trống.'],
    ['bad deadline date', json({ ...good, deadlines: [{ ...good.deadlines[0], date: '05/12/2025' }] }), 'Trường «deadlines[0].date»: cần ngày dạng YYYY-MM-DD.'],
    ['unknown rulebook', json({ ...good, appliesTo: { rulebookIds: ['qd999'] } }), 'Trường «appliesTo.rulebookIds[0]»'],
    ['id of a built-in overlay', json({ ...good, id: 'ha-tinh-2023' }), 'Trường «id»: mã «ha-tinh-2023» trùng với một hướng dẫn có sẵn'],
    ['one byte over the size limit', padded(MAX_OVERLAY_FILE_BYTES + 1), 'tối đa 1 MB'],
  ])('%s', async (_case, content, message) => {
    await importFile(content, 'hong.json');
    expect(errorText()).toContain('Không nhập được tệp «hong.json»; chưa lưu gì.');
    expect(errorText()).toContain(message);
    expect(wrapper!.emitted('imported')).toBeUndefined();
    expect(await db.overlays.count()).toBe(0);
  });
});

describe('OverlayImport: a valid file is stored', () => {
  it.each([
    ['small file', json(good)],
    ['exactly at the size limit', padded(MAX_OVERLAY_FILE_BYTES)],
  ])('%s', async (_case, content) => {
    await importFile(content);
    expect(wrapper!.emitted('imported')![0]![0]).toMatchObject({ id: good.id, name: good.name });
    expect(wrapper!.text()).toContain(`Đã nhập «${good.name}».`);
    const { valid, broken } = await useOverlaysStore().listStored();
    expect(valid.map((v) => v.overlay.deadlines[0]?.date)).toEqual(['2025-12-05']);
    expect(broken).toEqual([]);
  });

  it('a stored record that no longer validates is reported, not dropped', async () => {
    await db.overlays.put({ id: 'cu', updatedAt: 1, data: { v: 1, id: 'cu' } });
    const { valid, broken } = await useOverlaysStore().listStored();
    expect(valid).toEqual([]);
    expect(broken[0]?.id).toBe('cu');
    expect(broken[0]?.errors.join(' ')).toContain('Trường «name»');
  });
});

describe('export file name', () => {
  it.each([
    ['Hướng dẫn của Đảng ủy phường Bến Nghé', 'ban-huong-dan-huong-dan-cua-dang-uy-phuong-ben-nghe.json'],
    ['Kế hoạch 12-KH/ĐU (2025)', 'ban-huong-dan-ke-hoach-12-kh-du-2025.json'],
    ['!!!', 'ban-huong-dan-don-vi.json'],
  ])('%s', (name, file) => {
    expect(overlayFileName({ name })).toBe(file);
    expect(slugify(name).length).toBeLessThanOrEqual(60);
  });
});
