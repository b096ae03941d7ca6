// The workbench's commands (issues 13 and 16): portfolio metrics and what-ifs, the assessment
// file, and the longer view.
import { type Command, Option } from "commander";
import {
  assessReport,
  checkAssessmentFile,
  readAssessment,
  templateText,
} from "./commands/assess.js";
import { portfolioView } from "./commands/portfolio.js";
import {
  asOfOption,
  countOption,
  portfolioOperations,
  type RawPortfolioOptions,
} from "./commands/portfolio-args.js";
import { portfolioCsv, portfolioJson } from "./commands/portfolio-data.js";
import { trendView } from "./commands/trend.js";
import { trendCsv, trendJson } from "./commands/trend-data.js";
import { type Context, choice } from "./context.js";
import { EXIT, usageError } from "./errors.js";
import { basePortfolio } from "./workbench/portfolio-base.js";
import { portfolioReport } from "./workbench/portfolio-report.js";

const PRESETS = ["token"] as const;

export function registerWorkbenchCommands(program: Command, ctx: Context): void {
  const { t, io, viewOf, dataset } = ctx;

  program
    .command("portfolio")
    .description(t("command.portfolio"))
    .option("--as-of <date>", t("option.asOf"))
    .option("--drop <id...>", t("option.drop"))
    .option("--move <id=group...>", t("option.move"))
    .option("--resize <id=quantity...>", t("option.resize"))
    .addOption(new Option("--preset <name>", t("option.preset")).argParser(choice(PRESETS, t)))
    .option("--threshold <n>", t("option.threshold"))
    .option("--keep <n>", t("option.keep"))
    .option("--assessment <file>", t("option.assessment"))
    .addOption(new Option("--json", t("option.json")).conflicts("csv"))
    .addOption(new Option("--csv", t("option.csv")))
    .action((options: RawPortfolioOptions, cmd: Command) => {
      const view = viewOf(cmd);
      const ds = dataset(view);
      if (options.keep !== undefined && options.preset === undefined)
        throw usageError(view.t("error.keepNeedsPreset"));
      const threshold = countOption("--threshold", options.threshold, 5, 0, view);
      const keep = countOption("--keep", options.keep, 2, 1, view);
      const baseline = basePortfolio(ds, asOfOption(ds, options.asOf, view));
      const operations = portfolioOperations(baseline, options, view);
      const assessment =
        options.assessment === undefined
          ? undefined
          : readAssessment(options.assessment, ds, io, view).assessment;
      const result = portfolioReport(baseline, {
        operations,
        token: options.preset === "token",
        threshold,
        keep,
        assessment,
      });
      if (!result.ok)
        throw usageError(
          result.issues.map((i) => `${i.message[view.lang]} ${i.hint[view.lang]}`).join("\n"),
        );
      const report = result.report;
      if (options.json) io.stdout(portfolioJson(report, view));
      else if (options.csv) io.stdout(portfolioCsv(report, view));
      else io.stdout(portfolioView(ds, report, view));
    });

  program
    .command("assess")
    .description(t("command.assess"))
    .option("--template", t("option.template"))
    .option("--check <file>", t("option.check"))
    .action((options: { template?: boolean; check?: string }, cmd: Command) => {
      const view = viewOf(cmd);
      if ((options.template === true) === (options.check !== undefined))
        throw usageError(view.t("error.assessOneOf"));
      const ds = dataset(view);
      if (options.check === undefined) return io.stdout(templateText(ds));
      const report = assessReport(
        checkAssessmentFile(options.check, ds, io, view),
        options.check,
        view,
      );
      io.stdout(report.text);
      if (!report.ok) ctx.setExitCode(EXIT.data);
    });

  program
    .command("trend")
    .description(t("command.trend"))
    .addOption(new Option("--json", t("option.json")).conflicts("csv"))
    .addOption(new Option("--csv", t("option.csv")))
    .action((options: { json?: boolean; csv?: boolean }, cmd: Command) => {
      const view = viewOf(cmd);
      const ds = dataset(view);
      if (options.json) io.stdout(trendJson(ds, view));
      else if (options.csv) io.stdout(trendCsv(ds, view));
      else io.stdout(trendView(ds, view));
    });
}
