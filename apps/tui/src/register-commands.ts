import { CSV_TABLES, type CsvTable, listMissions, MissionType } from "@inzet/data";
import { type DataFile, loadFiles } from "@inzet/data/files";
import { type Command, Option } from "commander";
import { clustersView } from "./commands/clusters.js";
import { EXPORT_FORMATS, type ExportFormat, exportText } from "./commands/export.js";
import { listCsv, listJson, listView } from "./commands/list.js";
import { parseListFilter, type RawListOptions } from "./commands/list-filter.js";
import { qualityJson, qualityView } from "./commands/quality.js";
import { resolveMission } from "./commands/resolve-mission.js";
import { showJson, showView } from "./commands/show.js";
import { sourcesView } from "./commands/sources.js";
import { dataFileNames, validateReport } from "./commands/validate.js";
import { type Context, choice } from "./context.js";
import { dataError, EXIT, usageError } from "./errors.js";
import { fsReason } from "./io.js";
import type { View } from "./output/view.js";

type Json = { json?: boolean };

export function registerCommands(program: Command, ctx: Context): void {
  const { t, io, viewOf, dataset } = ctx;

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
      const files = readDataFiles(paths, ctx, view);
      // Files without meta (one edited mission, say) are checked as changes to the bundled dataset.
      const base = {
        name: view.t("validate.base"),
        // Loaded only when the files turn out to need it.
        get dataset() {
          return io.dataset();
        },
      };
      const report = validateReport(loadFiles(files, base), files.length, view);
      io.stdout(report.text);
      if (!report.ok) ctx.setExitCode(EXIT.data);
    });

  program
    .command("tui")
    .description(t("command.tui"))
    .action((_o: unknown, cmd: Command) => ctx.openTui(cmd));
}

/** Every named file, and every data file under each named directory; any unreadable one is an error. */
function readDataFiles(paths: readonly string[], { io }: Context, { t }: View): DataFile[] {
  const problems: string[] = [];
  const files: DataFile[] = [];
  for (const path of paths) {
    try {
      const { directory, files: found } = io.expandPath(path);
      const names = directory ? dataFileNames(found) : found;
      if (names.length === 0) problems.push(t("error.noDataFiles", { path }));
      for (const file of names) files.push({ file, bytes: io.readBytes(file) });
    } catch (error) {
      const file =
        typeof error === "object" && error !== null && "path" in error ? String(error.path) : path;
      problems.push(t("error.read", { file, reason: fsReason(error, t) }));
    }
  }
  if (problems.length > 0) throw dataError(problems.join("\n"));
  return files;
}
