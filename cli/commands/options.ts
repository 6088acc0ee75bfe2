import { UserInputError } from '../io';

/** The first argument that is neither a flag nor the value of one of `valued` flags. */
export function positional(args: string[], valued: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
}

/** The value after `name`, checked as YYYY-MM-DD; undefined when the flag is absent. */
export function dateOption(args: string[], name: string, usage: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new UserInputError([`Thiếu giá trị sau ${name}.`, usage]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UserInputError([`${name} «${v}»: cần ngày dạng YYYY-MM-DD.`]);
  return v;
}
