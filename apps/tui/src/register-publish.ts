// The commands that publish: cite a source, a mission or the dataset; diff two versions.
import { CITATION_FORMATS, type CitationFormat } from "@inzet/publish";
import { type Command, Option } from "commander";
import { citeText } from "./commands/cite.js";
import { diffOutput } from "./commands/diff.js";
import { type Context, choice } from "./context.js";
import { datasetAt } from "./data-path.js";
import { CliError, EXIT } from "./errors.js";

export function registerPublishCommands(program: Command, ctx: Context): void {
  const { t, io, viewOf, dataset } = ctx;

  program
    .command("cite")
    .description(t("command.cite"))
    .argument("<what>", t("argument.citeTarget"))
    .addOption(
      new Option("--format <format>", t("option.citeFormat"))
        .default("bibtex")
        .argParser(choice(CITATION_FORMATS, t)),
    )
    .option("--site-url <url>", t("option.siteUrl"))
    .action((key: string, options: { format: CitationFormat; siteUrl?: string }, cmd: Command) => {
      const view = viewOf(cmd);
      const siteUrl = options.siteUrl ?? io.env.INZET_SITE_URL;
      io.stdout(citeText(dataset(view), key, view, { format: options.format, siteUrl }));
    });

  program
    .command("diff")
    .description(t("command.diff"))
    .argument("<old>", t("argument.diffOld"))
    .argument("<new>", t("argument.diffNew"))
    .option("--json", t("option.json"))
    .action((oldPath: string, newPath: string, options: { json?: boolean }, cmd: Command) => {
      const view = viewOf(cmd);
      const load = (path: string) => {
        try {
          return datasetAt(path, io, view);
        } catch (error) {
          // 1 means "they differ" here, as for diff(1): a dataset that cannot be read is 3.
          if (error instanceof CliError && error.exitCode === EXIT.data)
            throw new CliError(error.message, EXIT.diffTrouble);
          throw error;
        }
      };
      const before = load(oldPath);
      const after = load(newPath);
      const { same, text } = diffOutput(before, after, options.json === true, view.lang);
      io.stdout(text);
      if (!same) ctx.setExitCode(EXIT.differ);
    });
}
