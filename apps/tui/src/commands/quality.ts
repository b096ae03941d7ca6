import type { Dataset } from "@inzet/data";
import { LABELS, PUBLISHER_KINDS, type QualityReport, qualityReport } from "@inzet/data/queries";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";

const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${Math.round((100 * part) / whole)} %`;

/** What every claim stands on: overall, by source publisher, then per mission. */
export function qualityView(ds: Dataset, view: View): string {
  const { t, lang, style } = view;
  const report = qualityReport(ds);
  const { facts, figures } = report;
  const overall = [
    style.bold(t("quality.title")),
    "",
    t("quality.facts", {
      facts: facts.facts,
      quoted: facts.quoted,
      quotedShare: percent(facts.quoted, facts.facts),
      official: facts.official,
      officialShare: percent(facts.official, facts.facts),
      unverified: facts.unverified,
      planned: facts.planned,
    }),
    t("quality.figures", { ...figures }),
    t("quality.sources", {
      list: PUBLISHER_KINDS.filter((k) => report.sources[k] > 0)
        .map((k) => `${LABELS.publisherKind[k][lang]} ${report.sources[k]}`)
        .join(", "),
    }),
  ];
  const headers = [
    "quality.mission",
    "quality.factsColumn",
    "quality.quoted",
    "quality.official",
    "quality.unverified",
    "quality.planned",
    "quality.figuresColumn",
    "quality.unknown",
    "quality.weakSources",
  ] as const;
  const rows = report.missions.map(({ mission, facts: f, figures: g, sources }) => [
    mission.acronym,
    String(f.facts),
    String(f.quoted),
    String(f.official),
    String(f.unverified),
    String(f.planned),
    String(g.figures),
    String(g.unknown),
    String(sources.otherPress + sources.association + sources.mirror + sources.stateAffiliated),
  ]);
  const table = renderTable(
    headers.map((h) => t(h)),
    rows,
    view,
  );
  return `${overall.join("\n")}\n\n${table}\n\n${style.dim(t("quality.legend"))}\n`;
}

/** The report as JSON, missions by id: for scripts. */
export function qualityJson(ds: Dataset): string {
  const report: QualityReport = qualityReport(ds);
  return `${JSON.stringify(
    { ...report, missions: report.missions.map((m) => ({ ...m, mission: m.mission.id })) },
    null,
    2,
  )}\n`;
}
