import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDocx } from '../../domain/document/pack';
import { exportFileName } from '../../domain/document/file-name';
import { unprintedSectionKeys } from '../../domain/document/units';
import { getFormModel } from '../../domain/rulebooks';
import { DraftSchema } from '../../domain/schemas/draft';
import { readJsonFile, UserInputError, validate, type CliCommand } from '../io';

/**
 * npm run -s cli -- export <draft.json> [-o <file.docx>]
 * Validates the draft, fills its year's official form and writes the Word file (default name: exportFileName).
 * Prints { "file", "bytes", "form" }.
 */
function parseArgs(args: string[]): { input: string | undefined; output: string | undefined } {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') {
      output = args[++i];
      if (!output) throw new UserInputError(['Thiếu đường dẫn tệp Word sau «-o».']);
    } else if (a?.startsWith('-')) {
      throw new UserInputError([`Tùy chọn không hợp lệ: ${a}. Cách dùng: export <draft.json> -o <file.docx>`]);
    } else if (input === undefined) {
      input = a;
    } else {
      throw new UserInputError([`Thừa tham số: ${a}. Cách dùng: export <draft.json> -o <file.docx>`]);
    }
  }
  return { input, output };
}

export const exportCommand: CliCommand = async (args) => {
  const { input, output } = parseArgs(args);
  const draft = validate(DraftSchema, readJsonFile(input, 'tệp bản nháp'), 'Bản nháp');
  const form = getFormModel(draft.rulebookId, draft.formCode);
  if (!form)
    throw new UserInputError([
      `Trường «formCode»: mẫu ${draft.formCode} không có trong bộ quy định ${draft.rulebookId}.`,
    ]);
  if (output !== undefined && !/\.docx$/i.test(output))
    throw new UserInputError([`Tệp đầu ra «${output}» phải có đuôi .docx.`]);
  const file = resolve(output ?? exportFileName(draft));
  const bytes = await buildDocx(draft, form);
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new UserInputError([`Không ghi được tệp «${file}»: ${(e as Error).message}`]);
  }
  const unprinted = unprintedSectionKeys(draft, form);
  if (unprinted.length > 0)
    process.stderr.write(`Cảnh báo: nội dung của các mục sau không có trong ${form.codeLabel} nên không được in: ${unprinted.join(', ')}.\n`);
  return { file, bytes: bytes.byteLength, form: form.id };
};
