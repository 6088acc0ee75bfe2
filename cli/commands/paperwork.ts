import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPaperworkDocx, DossierRulebookError, paperworkFileName } from '../../domain/document/paperwork/index';
import { missingFacts, PAPERWORK_KINDS, type PaperworkKind } from '../../domain/document/paperwork/missing';
import { emptyPaperworkFacts } from '../../domain/schemas/paperwork';
import { RosterSchema } from '../../domain/schemas/roster';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';

/**
 * npm run -s cli -- paperwork <roster.json> <minutes|summary|not-graded|dossier> [-o <file.docx>]
 * The unit's paperwork from a Roster v1 (its `paperwork` facts as typed). Prints { "file", "bytes", "kind",
 * "missing" }: the facts not given, printed as dots in the file (never guessed).
 */
const USAGE = `Cách dùng: paperwork <roster.json> <${PAPERWORK_KINDS.join('|')}> -o <file.docx>`;

function parseArgs(args: string[]): { input?: string; kind?: string; output?: string } {
  const out: { input?: string; kind?: string; output?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output') {
      out.output = args[++i];
      if (!out.output) throw new UserInputError(['Thiếu đường dẫn tệp Word sau «-o».']);
    } else if (a.startsWith('-')) throw new UserInputError([`Tùy chọn không hợp lệ: ${a}. ${USAGE}`]);
    else if (out.input === undefined) out.input = a;
    else if (out.kind === undefined) out.kind = a;
    else throw new UserInputError([`Thừa tham số: ${a}. ${USAGE}`]);
  }
  return out;
}

export const paperworkCommand: CliCommand = async (args) => {
  const { input, kind, output } = parseArgs(args);
  const roster = validate(RosterSchema, readJsonFile(input, 'tệp danh sách'), 'Danh sách');
  if (!kind || !(PAPERWORK_KINDS as readonly string[]).includes(kind))
    throw new UserInputError([`Loại giấy tờ «${kind ?? ''}» không hợp lệ; chọn một trong: ${PAPERWORK_KINDS.join(', ')}. ${USAGE}`]);
  const k = kind as PaperworkKind;
  if (output !== undefined && !/\.docx$/i.test(output)) throw new UserInputError([`Tệp đầu ra «${output}» phải có đuôi .docx.`]);
  const file = resolve(output ?? paperworkFileName(k, roster));
  let bytes: Uint8Array;
  try {
    bytes = await buildPaperworkDocx(k, roster);
  } catch (e) {
    if (e instanceof DossierRulebookError) throw new UserInputError([e.message]);
    throw e;
  }
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserInputError([`Không ghi được tệp «${file}»: ${(e as Error).message}`]);
  }
  const missing = missingFacts(k, roster, roster.paperwork ?? emptyPaperworkFacts()).map((m) => m.label);
  return { file, bytes: bytes.byteLength, kind: k, missing };
};
