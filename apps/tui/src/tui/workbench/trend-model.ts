// The Trend view: the missions per year, the evaluation editions and the UN's monthly Dutch
// totals as one list under three headings; the detail shows the selected item with its sources.
import type { Dataset, UiLang } from "@inzet/data";
import { getSource, identifierLabel, type MissionCountRow } from "@inzet/data/queries";
import { monthValues } from "../../commands/trend.js";
import { sparkline } from "../../output/sparkline.js";
import { type EditionRow, type Trend, trendOf } from "../../workbench/trend.js";
import type { MonthlyTotals } from "../../workbench/un-monthly.js";
import { perDataset } from "../lib/cache.js";
import { type ListModel, listBuilder } from "../lib/list.js";
import { textView } from "../lib/view-text.js";

export type TrendItem =
  | { kind: "year"; row: MissionCountRow }
  | { kind: "edition"; row: EditionRow }
  | { kind: "monthly"; series: MonthlyTotals };

export type TrendModel = ListModel & { trend: Trend; items: TrendItem[] };

export const trendDataOf = perDataset(trendOf);

/** At most `cells` glyphs (each showing the last figure of its months). */
export function compactSpark(values: readonly (number | null)[], cells: number): string {
  return sparkline(values, cells).text;
}

export function letterShort(ds: Dataset, row: EditionRow, lang: UiLang): string {
  const source = getSource(ds, row.edition.letter);
  return source?.identifier ? identifierLabel(source.identifier, lang) : row.edition.letter;
}

/** "Kamerstuk no. 244": the letter's number within the dossier, for a narrow list. */
function letterNumber(ds: Dataset, row: EditionRow, lang: UiLang): string {
  const id = getSource(ds, row.edition.letter)?.identifier;
  return id?.scheme === "kamerstuk"
    ? textView(lang).t("tui.trend.letterNumber", { number: id.number })
    : letterShort(ds, row, lang);
}

/** A count for the list: the number, or the source's own word for unknown ("N/A"), else "?". */
function countShort(count: MissionCountRow["civilian"]): string {
  if (!count) return "?";
  const q = count.count;
  if (q.qualifier === "exact") return String(q.value);
  return q.qualifier === "unknown" ? (q.wording?.text ?? "?") : "?";
}

export function trendModel(ds: Dataset, lang: UiLang): TrendModel {
  const view = textView(lang);
  const { t } = view;
  const trend = trendDataOf(ds);
  const list = listBuilder();
  const items: TrendItem[] = [];
  if (trend.years.length > 0) {
    list.header("years", t("tui.trend.years"));
    for (const row of trend.years) {
      list.item(
        `year-${row.year}`,
        t("tui.trend.yearRow", {
          year: row.year,
          civilian: countShort(row.civilian),
          military: countShort(row.military),
        }),
      );
      items.push({ kind: "year", row });
    }
  }
  if (trend.editions.length > 0) {
    list.header("editions", t("tui.trend.editions"));
    for (const row of trend.editions) {
      const missions = row.metrics.missions;
      list.item(
        row.edition.id,
        `${row.edition.reportingYear}  ${letterNumber(ds, row, lang)}`,
        missions === null ? "?" : t("tui.trend.missionsShort", { count: missions }),
      );
      items.push({ kind: "edition", row });
    }
  }
  if (trend.monthly.length > 0) {
    list.header("monthly", t("tui.trend.monthly"));
    for (const series of trend.monthly) {
      const first = series.months[0]?.slice(0, 4) ?? "";
      const last = series.months.at(-1)?.slice(0, 4) ?? "";
      list.item(
        `monthly-${series.mission.id}-${series.source}`,
        `${series.mission.acronym.padEnd(8)} ${compactSpark(monthValues(series), 12)}`,
        first === last ? first : `${first}–${last}`,
      );
      items.push({ kind: "monthly", series });
    }
  }
  return { ...list.done(), trend, items };
}
