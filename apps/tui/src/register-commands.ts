import { CSV_TABLES, type CsvTable, listMissions, MissionType } from "@inzet/data";
import { loadFiles } from "@inzet/data/files";
import { type Command, Option } from "commander";
import { clustersView } from "./commands/clusters.js";
import {
  createdAt,
  EXPORT_FORMATS,
  type ExportFormat,
  exportText,
  packageFiles,
} from "./commands/export.js";
import { listCsv, listJson, listView } from "./commands/list.js";
import { parseListFilter, type RawListOptions } from "./commands/list-filter.js";
import { qualityJson, qualityView } from "./commands/quality.js";
import { readDataFiles } from "./commands/read-files.js";
import { resolveMission } from "./commands/resolve-mission.js";
import { showJson, showView } from "./commands/show.js";
import { sourcesView } from "./commands/sources.js";
import { validateReport } from "./commands/validate.js";
import { type Context, choice } from "./context.js";
import { dataError, EXIT, usageError } from "./errors.js";
import { fsReason } from "./io.js";
import type { View } from "./output/view.js";
import { registerPublishCommands } from "./register-publish.js";
import { registerWorkbenchCommands } from "./register-workbench.js";

type Json = { json?: boolean };

export function registerCommands(program: Command, ctx: Context): void {
  const { t, io, viewOf, dataset } = ctx;

  /** Writes the files into folder `dir` (made if missing), and says so on standard error. */
  const writeFolder = (view: View, dir: string, files: { name: string; text: string }[]) => {
    const current = { file: dir };
    try {
      io.makeDirectory(dir);
      for (const { name, text } of files) {
        current.file = `${dir.replace(/\/+$/, "")}/${name}`;
        io.writeText(current.file, text);
      }
    } catch (error) {
      throw dataError(
        view.t("error.write", { file: current.file, reason: fsReason(error, view.t) }),
      );
    }
    io.stderr(`${view.t("export.wroteFolder", { count: files.length, dir })}\n`);
  };

  program
    .command("clusters")
    .description(t("command.clusters"))
    .action((_o: unknown, cmd: Command) => {
      const view = viewOf(cmd);
      io.stdout(clustersView(dataset(view), view));
    });

  program
    .command("list")
    .description(t("command.list"))
    .option("--cluster <id>", t("option.cluster"))
    .option("--org <id>", t("option.org"))
    .option("--type <type>", t("option.type", { values: MissionType.options.join(", ") }))
    .option("--country <code>", t("option.country"))
    .option("--search <text>", t("option.search"))
    .addOption(new Option("--json", t("option.json")).conflicts("csv"))
    .addOption(new Option("--csv", t("option.csv")))
    .action((options: RawListOptions & Json & { csv?: boolean }, cmd: Command) => {
      const view = viewOf(cmd);
      const ds = dataset(view);
      const missions = listMissions(ds, parseListFilter(ds, options, view));
      if (options.json) io.stdout(listJson(missions));
      else if (options.csv) io.stdout(listCsv(ds, missions, view));
      else io.stdout(listView(ds, missions, view));
    });

  program
    .command("show")
    .description(t("command.show"))
    .argument("<mission>", t("argument.mission"))
    .option("--json", t("option.json"))
    .action((key: string, options: Json, cmd: Command) => {
      const view = viewOf(cmd);
      const ds = dataset(view);
      const mission = resolveMission(ds, key, view);
      io.stdout(options.json ? showJson(ds, mission) : showView(ds, mission, view));
    });

  program
    .command("sources")
    .description(t("command.sources"))
    .action((_o: unknown, cmd: Command) => {
      const view = viewOf(cmd);
      io.stdout(sourcesView(dataset(view), view));
    });

  program
    .command("quality")
    .description(t("command.quality"))
    .option("--json", t("option.json"))
    .action((options: Json, cmd: Command) => {
      const view = viewOf(cmd);
      const ds = dataset(view);
      io.stdout(options.json ? qualityJson(ds) : qualityView(ds, view));
    });

  program
    .command("export")
    .description(t("command.export"))
    .addOption(
      new Option("--format <format>", t("option.format"))
        .default("json")
        .argParser(choice(EXPORT_FORMATS, t)),
    )
    .addOption(new Option("--table <table>", t("option.table")).argParser(choice(CSV_TABLES, t)))
    .option("--out <file>", t("option.out"))
    .action((options: { format: ExportFormat; table?: CsvTable; out?: string }, cmd: Command) => {
      const view = viewOf(cmd);
      if (options.table !== undefined && options.format !== "csv")
        throw usageError(view.t("error.tableNeedsCsv"));
      if (options.format === "datapackage") {
        if (options.out === undefined) throw usageError(view.t("error.outNeeded"));
        return writeFolder(
          view,
          options.out,
          packageFiles(dataset(view), createdAt(io.env, io.now)),
        );
      }
      const text = exportText(dataset(view), {
        format: options.format,
        table: options.table ?? "missions",
        lang: view.lang,
      });
      if (options.out === undefined) return io.stdout(text);
      try {
        io.writeText(options.out, text);
      } catch (error) {
        throw dataError(
          view.t("error.write", { file: options.out, reason: fsReason(error, view.t) }),
        );
      }
      io.stderr(`${view.t("export.wrote", { file: options.out })}\n`);
    });

  program
    .command("validate")
    .description(t("command.validate"))
    .argument("<paths...>", t("argument.paths"))
    .action((paths: string[], _o: unknown, cmd: Command) => {
      const view = viewOf(cmd);
      const files = readDataFiles(paths, io, view);
      // Files without meta (one edited mission, say) are checked as changes to the bundled dataset.
      const base = {
        name: view.t("validate.base"),
        // Loaded only when the files turn out to need it: --data's dataset, else the bundled one.
        get dataset() {
          return dataset(view);
        },
      };
      const report = validateReport(loadFiles(files, base), files.length, view);
      io.stdout(report.text);
      if (!report.ok) ctx.setExitCode(EXIT.data);
    });

  registerPublishCommands(program, ctx);
  registerWorkbenchCommands(program, ctx);

  program
    .command("tui")
    .description(t("command.tui"))
    .option("--assessment <file>", t("option.tuiAssessment"))
    .action((options: { assessment?: string }, cmd: Command) =>
      ctx.openTui(cmd, options.assessment),
    );
}
