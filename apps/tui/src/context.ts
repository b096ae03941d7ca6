import type { Dataset } from "@inzet/data";
import { type Command, InvalidArgumentError } from "commander";
import type { Translate } from "./i18n/messages.js";
import type { Io } from "./io.js";
import type { View } from "./output/view.js";

/** A commander argument parser accepting only `values`, with the error in the user's language. */
export function choice<T extends string>(values: readonly T[], t: Translate): (value: string) => T {
  return (value) => {
    const found = values.find((v) => v === value);
    if (found === undefined)
      throw new InvalidArgumentError(t("error.choice", { value, values: values.join(", ") }));
    return found;
  };
}

export type Context = {
  io: Io;
  t: Translate;
  /** The view for the options the command was given (language, colour). */
  viewOf: (cmd: Command) => View;
  /** Uses the dataset at `path` (--data), else INZET_DATA's, else the bundled one. */
  useData: (path: string | undefined) => void;
  /** The dataset, or an "invalid data" error when it cannot be loaded. */
  dataset: (view: View) => Dataset;
  setExitCode: (code: number) => void;
  /**
   * Opens the interactive UI, with the assessment file at `assessment` if given; a usage error
   * when standard input or output is not a terminal.
   */
  openTui: (cmd: Command, assessment?: string) => Promise<void>;
};
