import { UserInputError, type CliCommand } from '../io';

/** Placeholder until the check command is implemented. */
export const checkCommand: CliCommand = () => {
  throw new UserInputError(['Lệnh «check» chưa được cài đặt.']);
};
