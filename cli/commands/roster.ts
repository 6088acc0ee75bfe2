import { UserInputError, type CliCommand } from '../io';

/** Placeholder until the roster command is implemented. */
export const rosterCommand: CliCommand = () => {
  throw new UserInputError(['Lệnh «roster» chưa được cài đặt.']);
};
