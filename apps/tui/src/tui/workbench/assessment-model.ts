// The Assessment view: contributions × the letter's six considerations. Each cell shows the
// indicators that inform the consideration and, with an assessment file, the analyst's rating.
import { type Assessment, assessmentOf, formatInterval } from "@inzet/analysis";
import type { Consideration, Dataset, UiLang } from "@inzet/data";
import type { MessageKey } from "../../i18n/messages.js";
import type { LoadedAssessment } from "../../io.js";
import { local } from "../../output/format.js";
import { inert } from "../../output/inert.js";
import { textView } from "../lib/view-text.js";
import { basePortfolioOf, indicatorsOf } from "./base.js";
import { indicatorCell } from "./indicator-text.js";

export type MatrixRow = { key: string; label: string; cells: string[] };

export type MatrixModel = {
  /** The first column's header, then one per consideration (and the weighted score). */
  headers: string[];
  rows: MatrixRow[];
  /** The contribution of each row. */
  ids: string[];
  /** What the cells mean, in short lines. */
  legend: string[];
  /** The assessment file and who made it, or how to start one. */
  source: string;
};

// The matrix's column headers: the letter's six considerations by their order, in a word.
const SHORT: Record<number, MessageKey> = {
  1: "tui.assess.short1",
  2: "tui.assess.short2",
  3: "tui.assess.short3",
  4: "tui.assess.short4",
  5: "tui.assess.short5",
  6: "tui.assess.short6",
};

export const considerationsOf = (ds: Dataset): Consideration[] =>
  [...ds.considerations].sort((a, b) => a.order - b.order);

/** "4 12–14 y": the rating first (· not rated), then the indicators. */
function cell(rating: number | null | undefined, text: string): string {
  if (rating === undefined) return text;
  return `${rating === null ? "·" : rating} ${text}`;
}

function sourceLine(loaded: LoadedAssessment | undefined, lang: UiLang): string {
  const { t } = textView(lang);
  if (!loaded) return t("tui.assess.none");
  const { meta } = loaded.assessment;
  return t("tui.assess.file", {
    file: loaded.file,
    author: meta.author ?? t("common.unknown"),
    date: meta.date ?? t("common.unknown"),
  });
}

export function assessmentModel(
  ds: Dataset,
  lang: UiLang,
  loaded: LoadedAssessment | undefined,
): MatrixModel {
  const view = textView(lang);
  const { t } = view;
  const considerations = considerationsOf(ds);
  const assessment: Assessment | undefined = loaded?.assessment;
  const weighted = assessment?.meta.weights !== undefined;
  const indicators = indicatorsOf(ds);
  const rows: MatrixRow[] = [];
  const ids: string[] = [];
  for (const c of basePortfolioOf(ds).contributions) {
    const ci = indicators.get(c.id);
    if (!ci) continue;
    const rated = assessment ? assessmentOf(assessment, ds, c.id) : undefined;
    const cells = considerations.map((k, i) =>
      cell(rated?.ratings[i]?.rating, indicatorCell(ci, k.order, lang)),
    );
    if (weighted) {
      const s = rated?.weightedScore;
      cells.push(s ? `${formatInterval(s, { lang, digits: 1 })}${s.complete ? "" : "?"}` : "—");
    }
    rows.push({ key: c.id, label: inert(c.label), cells: cells.map(inert) });
    ids.push(c.id);
  }
  const short = (k: Consideration) => {
    const key = SHORT[k.order];
    return `${k.order} ${key ? t(key) : local(k.name, view)}`;
  };
  return {
    headers: [
      t("tui.assess.contribution"),
      ...considerations.map(short),
      ...(weighted ? [t("tui.assess.score")] : []),
    ],
    rows,
    ids,
    legend: [t("tui.assess.legend"), ...(assessment ? [t("tui.assess.legendRated")] : [])],
    source: inert(sourceLine(loaded, lang)),
  };
}
