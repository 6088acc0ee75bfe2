import { UserInputError, type CliCommand } from '../io';

/** Placeholder until the export command is implemented. */
export const exportCommand: CliCommand = () => {
  throw new UserInputError(['Lệnh «export» chưa được cài đặt.']);
};
