import { buildGuide } from '../../domain/guide/index';
import { getOverlay, listOverlays, parseOverlayImport } from '../../domain/overlays/index';
import type { Overlay } from '../../domain/schemas/overlay';
import { ProfileSchema } from '../../domain/schemas/profile';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';

const USAGE = 'Cách dùng: guide <hồ-sơ.json> [--overlay <hướng-dẫn-địa-phương.json>] [--today YYYY-MM-DD]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new UserInputError([`Thiếu giá trị sau ${name}.`, USAGE]);
  return v;
}

/**
 * npm run -s cli -- guide <profile.json>: prints the role guide (domain/guide buildGuide) as JSON.
 * The overlay comes from --overlay <file> or the profile's overlayId (a shipped overlay).
 */
export const guideCommand: CliCommand = (args) => {
  const path = args.find((a, i) => !a.startsWith('--') && !['--overlay', '--today'].includes(args[i - 1] ?? ''));
  if (!path) throw new UserInputError(['Thiếu đường dẫn tệp hồ sơ.', USAGE]);
  const profile = validate(ProfileSchema, readJsonFile(path, 'tệp hồ sơ'), 'Hồ sơ');
  const today = option(args, '--today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UserInputError([`--today «${today}»: cần ngày dạng YYYY-MM-DD.`]);
  let overlay: Overlay | undefined;
  const overlayPath = option(args, '--overlay');
  if (overlayPath) {
    const r = parseOverlayImport(readJsonFile(overlayPath, 'tệp hướng dẫn địa phương'));
    if (!r.ok) throw new UserInputError(['Hướng dẫn địa phương không hợp lệ:', ...r.errors]);
    overlay = r.value;
  } else if (profile.overlayId) {
    overlay = getOverlay(profile.overlayId);
    if (!overlay) {
      const ids = listOverlays().map((o) => o.id).join(', ');
      throw new UserInputError([`Trường «overlayId»: không có hướng dẫn địa phương «${profile.overlayId}»; các mã có sẵn: ${ids}.`]);
    }
  }
  return buildGuide(profile, overlay, today);
};
