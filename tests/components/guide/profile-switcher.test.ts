import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import GuideScreen from '../../../components/guide/GuideScreen.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { ProfileSchema } from '../../../domain/schemas/profile';
import { profileLabel, sortProfiles } from '../../../domain/guide/index';
import { freshDb } from '../../stores/fixtures';
import { until } from '../../helpers/until';

/** Several profiles kept side by side in the guide, switched in one tap (no wizard again). */
let db: KiemDiemDB;
let pinia: Pinia;
let w: VueWrapper | undefined;
const year = new Date().getFullYear();
const mine = ProfileSchema.parse({ id: 'p-mine', reviewYear: year, subject: { kind: 'individual', fullName: 'Lê Thị Hoa', occupation: 'cong-chuc', partyStatus: 'chinh-thuc', leadershipPosts: [], sickLeaveMonths: 0, maternityLeave: false, movedUnitThisYear: false, temporaryMembership: false } });
const cell = ProfileSchema.parse({ id: 'p-cell', reviewYear: year, subject: { kind: 'collective', name: 'Chi bộ Văn phòng', collectiveKind: 'chi-bo-truc-thuoc', memberCount: 14, hasCommittee: false } });
const board = ProfileSchema.parse({ id: 'p-board', reviewYear: year, subject: { kind: 'collective', name: 'Ban Giám đốc Sở', collectiveKind: 'tap-the-lanh-dao-quan-ly', memberCount: 4 } });

beforeEach(async () => {
  pinia = createPinia();
  setActivePinia(pinia);
  db = useDatabase(freshDb('profile-switcher'));
  await db.open();
});
afterEach(async () => {
  w?.unmount();
  w = undefined;
  await db.delete();
});

describe('profile labels', () => {
  it.each([
    [mine, 'Lê Thị Hoa', 'Cá nhân'],
    [cell, 'Chi bộ Văn phòng', 'Chi bộ trực thuộc'],
    [board, 'Ban Giám đốc Sở', 'Tập thể lãnh đạo, quản lý cơ quan, đơn vị'],
    [ProfileSchema.parse({ reviewYear: year, subject: { kind: 'collective' } }), 'Tập thể (chưa ghi tên)', 'Tập thể'],
    [ProfileSchema.parse({ reviewYear: year, subject: { kind: 'individual' } }), 'Cá nhân (chưa ghi họ tên)', 'Cá nhân'],
  ])('%# → %s · %s', (p, name, what) => expect(profileLabel(p)).toEqual({ name, what }));

  it('individuals first, then collectives by name', () => {
    const list = [board, cell, mine].map((profile) => ({ id: profile.id!, profile }));
    expect(sortProfiles(list).map((p) => p.id)).toEqual(['p-mine', 'p-board', 'p-cell']);
  });
});

describe('GuideScreen profile switcher', () => {
  async function open(active: string) {
    for (const p of [mine, cell, board]) await db.profiles.put({ id: p.id!, updatedAt: 1, profile: p });
    await db.settings.put({ key: 'active-profile', value: active });
    w = mount(GuideScreen, { global: { plugins: [pinia], stubs: { OverlayScreen: true } }, attachTo: document.body });
    await until(() => w!.findAll('[data-testid="profile-switcher"] button[aria-pressed]').length === 3, 'the switcher');
  }
  const pressed = () => w!.findAll('[aria-pressed="true"]').map((b) => b.find('.name').text());

  it('shows the three profiles side by side, the active one pressed, and switches in one tap', async () => {
    await open('p-mine');
    expect(w!.findAll('[data-testid="profile-switcher"] .name').map((n) => n.text())).toEqual(['Lê Thị Hoa', 'Ban Giám đốc Sở', 'Chi bộ Văn phòng']);
    expect(pressed()).toEqual(['Lê Thị Hoa']);
    await until(() => w!.find('[data-testid="guide-form-code"]').exists(), 'the guide of the first profile');

    const cellButton = w!.findAll('[data-testid="profile-switcher"] button').find((b) => b.text().includes('Chi bộ Văn phòng'))!;
    await cellButton.trigger('click');
    await until(() => pressed()[0] === 'Chi bộ Văn phòng', 'the switch');
    await until(() => (w!.find('[data-testid="guide-form-code"]').exists() ? w!.get('[data-testid="guide-form-code"]').text() : '').includes('Mẫu 01'), 'the collective form');
    expect(w!.find('[data-testid="wizard-progress"]').exists()).toBe(false);
    expect((await db.settings.get('active-profile'))?.value).toBe('p-cell');
    expect(await db.profiles.count()).toBe(3);
  });

  it('«Thêm hồ sơ» opens the wizard for a new profile and keeps the others', async () => {
    await open('p-board');
    await until(() => w!.find('[data-testid="guide-form-code"]').exists(), 'the guide');
    await w!.findAll('button').find((b) => b.text().startsWith('+ Thêm hồ sơ'))!.trigger('click');
    await until(() => w!.find('[data-testid="wizard-progress"]').exists(), 'the wizard');
    expect(w!.get('[data-testid="wizard-progress"]').text()).toBe('Câu 1');
    expect(w!.findAll('[data-testid="profile-switcher"] button[aria-pressed]')).toHaveLength(3);
    expect(pressed()).toEqual([]);
  });
});
