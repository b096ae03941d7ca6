// `inzet diff` follows diff(1): 1 when the datasets differ, so an unreadable one is 3.
export const EXIT = { ok: 0, data: 1, usage: 2, differ: 1, diffTrouble: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with a message for the user (already translated) and the exit code it means. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);
export const dataError = (message: string): CliError => new CliError(message, EXIT.data);
