import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import DraftSeasonDates from '../../../components/draft/DraftSeasonDates.vue';
import { useDatabase, type KiemDiemDB } from '../../../stores/db';
import { useProfilesStore } from '../../../stores/profiles';
import { freshDb } from '../../stores/fixtures';
import { ProfileSchema } from '../../../domain/schemas/profile';

/** The home screen's «Sắp đến hạn»: the season's next dates for the active profile, "còn N ngày". */
let db: KiemDiemDB;
beforeEach(async () => {
  setActivePinia(createPinia());
  db = useDatabase(freshDb('season-dates'));
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function shownAt(today: string, subject?: object) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${today}T09:00:00`));
  if (subject) await useProfilesStore().saveProfile(ProfileSchema.parse({ reviewYear: 2026, subject }));
  const w = mount(DraftSeasonDates);
  for (let i = 0; i < 20; i++) await flushPromises();
  const lines = w.findAll('li').map((l) => l.text().replace(/\s+/g, ' '));
  w.unmount();
  return lines;
}

describe('DraftSeasonDates', () => {
  it.each<[string, string, object | undefined, RegExp[]]>([
    ['a công chức on 03/12/2026', '2026-12-03', { kind: 'individual', occupation: 'cong-chuc' }, [/^15\/12\/2026 \(còn 12 ngày\): Hạn xếp loại chất lượng công chức/, /^31\/12\/2026 \(còn 28 ngày\): Hoàn thành kiểm điểm/]],
    ['a retiree on 03/12/2026 (no công chức date)', '2026-12-03', { kind: 'individual', occupation: 'huu-tri' }, [/^31\/12\/2026 \(còn 28 ngày\): Hoàn thành kiểm điểm/]],
    ['no profile, the last day', '2026-12-31', undefined, [/^31\/12\/2026 \(hôm nay\): Hoàn thành kiểm điểm/, /^01\/02\/2027 \(còn 32 ngày\): Gửi báo cáo/]],
  ])('%s', async (_name, today, subject, expected) => {
    const lines = await shownAt(today, subject);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(lines[i]).toMatch(re));
  });

  it('a leader sees the quarter end; nothing within 45 days in mid-year shows nothing', async () => {
    expect((await shownAt('2026-09-20', { kind: 'individual', occupation: 'cong-chuc', leadershipPosts: [{ title: 'Trưởng phòng', startDate: '2021-03-01' }] }))[0]).toMatch(/^30\/09\/2026 \(còn 10 ngày\): Hết quý III/);
  });

  it('mid-year with nothing due soon: the card is not shown', async () => {
    expect(await shownAt('2026-04-20', { kind: 'individual', occupation: 'huu-tri' })).toEqual([]);
  });
});
