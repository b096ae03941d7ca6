import { type Dataset, UiLang } from "@inzet/data";
import { Command, CommanderError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { readAssessment } from "./commands/assess.js";
import { overviewView } from "./commands/overview.js";
import { suggestNames } from "./commands/suggest-names.js";
import { type Context, choice } from "./context.js";
import { datasetAt } from "./data-path.js";
import { CliError, dataError, EXIT, usageError } from "./errors.js";
import { translator } from "./i18n/messages.js";
import type { Io } from "./io.js";
import { shouldColour } from "./output/colour.js";
import { makeView } from "./output/view.js";
import { registerCommands } from "./register-commands.js";

/** The language asked for on the command line, read before parsing so help is in it too. */
export function detectLang(argv: readonly string[]): UiLang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    const value =
      arg === "--lang" ? argv[i + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    const parsed = UiLang.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return "en";
}

function createProgram(ctx: Context): Command {
  const { t, io } = ctx;
  const titles: Record<string, string> = {
    "Usage:": t("help.usage"),
    "Options:": t("help.options"),
    "Commands:": t("help.commands"),
    "Arguments:": t("help.arguments"),
    "Global Options:": t("help.globalOptions"),
  };
  const program = new Command("inzet")
    .description(t("help.description"))
    .version(packageJson.version, "-V, --version", t("help.version"))
    .helpOption("-h, --help", t("help.help"))
    .helpCommand("help [command]", t("help.helpCommand"))
    .addOption(
      new Option("--lang <lang>", t("option.lang"))
        .default("en")
        .argParser(choice(UiLang.options, t)),
    )
    .option("--no-color", t("option.noColor"))
    .option("--data <path>", t("option.data"))
    .addHelpText("afterAll", `\n${t("help.exitCodes")}`)
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => titles[title] ?? title })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride();
  // The dataset to use is known once the command line is parsed, before any command runs.
  program.hook("preAction", (_program, command) => {
    ctx.useData(command.optsWithGlobals<{ data?: string }>().data);
  });
  registerCommands(program, ctx);
  // Set after the subcommands exist, so only the bare program takes a (checked) stray word.
  program.allowExcessArguments(true).action(async (_options: unknown, cmd: Command) => {
    const view = ctx.viewOf(cmd);
    const [name] = cmd.args;
    if (name !== undefined) {
      const commands = program.commands.map((c) => c.name());
      const lines = [view.t("error.unknownCommand", { name, commands: commands.join(", ") })];
      const near = suggestNames(name, commands);
      if (near.length > 0) lines.push(view.t("error.didYouMean", { names: near.join(", ") }));
      throw usageError(lines.join("\n"));
    }
    // A person at a terminal gets the interactive UI; a pipe or a script gets the plain overview.
    if (io.stdinIsTTY && io.stdoutIsTTY) return ctx.openTui(cmd);
    io.stdout(overviewView(ctx.dataset(view), view));
  });
  return program;
}

/** Runs `inzet` with these arguments and returns the exit code: 0 ok, 1 invalid data, 2 usage. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const t = translator(detectLang(argv));
  let exitCode: number = EXIT.ok;
  let dataPath: string | undefined;
  let loaded: Dataset | undefined;
  const ctx: Context = {
    io,
    t,
    viewOf: (cmd) => {
      const { lang, color } = cmd.optsWithGlobals<{ lang: UiLang; color: boolean }>();
      const colour = shouldColour({ flag: color, isTTY: io.stdoutIsTTY, env: io.env });
      return makeView(lang, colour, io.stdoutColumns);
    },
    useData: (path) => {
      dataPath = path ?? (io.env.INZET_DATA || undefined);
    },
    dataset: (view) => {
      // --data (or INZET_DATA): validated first, with the same located errors as validate.
      if (dataPath !== undefined) {
        loaded ??= datasetAt(dataPath, io, view);
        return loaded;
      }
      try {
        return io.dataset();
      } catch (error) {
        throw dataError(
          view.t("error.bundled", {
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    },
    setExitCode: (code) => {
      exitCode = code;
    },
    openTui: async (cmd, assessmentPath) => {
      const view = ctx.viewOf(cmd);
      if (!(io.stdinIsTTY && io.stdoutIsTTY)) throw usageError(view.t("error.needsTerminal"));
      const { color } = cmd.optsWithGlobals<{ color: boolean }>();
      const colour = shouldColour({ flag: color, isTTY: true, env: io.env });
      const dataset = ctx.dataset(view);
      // Checked before the UI takes the screen, so its problems print as `assess --check` does.
      const assessment =
        assessmentPath === undefined
          ? undefined
          : readAssessment(assessmentPath, dataset, io, view);
      await io.openTui({ dataset, lang: view.lang, colour, ...(assessment ? { assessment } : {}) });
    },
  };
  try {
    await createProgram(ctx).parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    // Commander has already printed its message; its usage errors mean exit 2, not its default 1.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      io.stderr(`${t("error.prefix")} ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`${t("error.prefix")} ${t("error.internal", { reason: String(error) })}\n`);
    return EXIT.data;
  }
}
