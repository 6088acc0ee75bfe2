import { defineStore } from 'pinia';
import { ref } from 'vue';
import { formatNumberVi } from '@/domain/core/text';
import { useDatabase, type KiemDiemDB } from './db';
import { describeStorageError } from './storage-errors';

/**
 * How safe the stored data is: persistent storage (the browser will not evict it under pressure), space used,
 * and whether IndexedDB opens at all (private windows, disabled storage).
 */
export interface StorageHealth {
  /** navigator.storage exists (StorageManager API). */
  supported: boolean;
  persisted?: boolean;
  usage?: number;
  quota?: number;
  /** undefined until checked. */
  databaseOk?: boolean;
  /** Vietnamese explanation when the database cannot be opened. */
  databaseError?: string;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

const storageOf = (nav: { storage?: StorageManagerLike } | undefined): StorageManagerLike | undefined => nav?.storage;

const defaultNavigator = (): { storage?: StorageManagerLike } | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator as { storage?: StorageManagerLike });

/** Asks the browser to keep our data under storage pressure; true when granted (or already granted). */
export async function requestPersistence(nav = defaultNavigator()): Promise<boolean> {
  const storage = storageOf(nav);
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export async function readStorageEstimate(nav = defaultNavigator()): Promise<Pick<StorageHealth, 'supported' | 'persisted' | 'usage' | 'quota'>> {
  const storage = storageOf(nav);
  if (!storage) return { supported: false };
  const result: Pick<StorageHealth, 'supported' | 'persisted' | 'usage' | 'quota'> = { supported: true };
  try {
    result.persisted = await storage.persisted();
  } catch {
    /* unknown */
  }
  try {
    const e = await storage.estimate();
    result.usage = e.usage;
    result.quota = e.quota;
  } catch {
    /* unknown */
  }
  return result;
}

/** Opens the database; a failure becomes the Vietnamese message of the storage banner. */
export async function checkDatabase(db: KiemDiemDB = useDatabase()): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await db.open();
    return { ok: true };
  } catch (e) {
    return { ok: false, message: describeStorageError(e) };
  }
}

/** 1536 → "1,5 KB"; 5_400_000 → "5,15 MB". */
export function formatBytesVi(bytes: number): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumberVi(value, unit === 0 ? 0 : value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** Vietnamese lines for the settings screen. */
export function describeStorageHealth(h: StorageHealth): { persistence: string; usage: string } {
  const persistence = !h.supported
    ? 'Giữ dữ liệu khi ổ đĩa gần đầy: trình duyệt không có tùy chọn này'
    : h.persisted
      ? 'Giữ dữ liệu khi ổ đĩa gần đầy: đã được trình duyệt đồng ý'
      : 'Giữ dữ liệu khi ổ đĩa gần đầy: chưa — trình duyệt có thể tự xóa dữ liệu của ứng dụng khi máy thiếu chỗ';
  const usage =
    h.usage === undefined
      ? 'Dung lượng đã dùng: không rõ'
      : h.quota
        ? `Dung lượng đã dùng: ${formatBytesVi(h.usage)} / ${formatBytesVi(h.quota)} cho phép`
        : `Dung lượng đã dùng: ${formatBytesVi(h.usage)}`;
  return { persistence, usage };
}

export const useStorageHealthStore = defineStore('storage-health', () => {
  const health = ref<StorageHealth>({ supported: false });

  async function refresh(): Promise<void> {
    const db = await checkDatabase();
    const estimate = await readStorageEstimate();
    health.value = { ...estimate, databaseOk: db.ok, databaseError: db.ok ? undefined : db.message };
  }

  async function askPersistence(): Promise<boolean> {
    const granted = await requestPersistence();
    await refresh();
    return granted;
  }

  return { health, refresh, askPersistence };
});
