import { UserInputError, type CliCommand } from '../io';

/** Placeholder until the guide command is implemented. */
export const guideCommand: CliCommand = () => {
  throw new UserInputError(['Lệnh «guide» chưa được cài đặt.']);
};
