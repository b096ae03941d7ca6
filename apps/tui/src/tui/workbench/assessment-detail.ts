// The Assessment view's detail pane: for the selected contribution, each consideration with the
// indicators that inform it and the analyst's rating, rationale and evidence; then the sources.
import { assessmentOf, INDICATOR_IDS, type RatingView, TOKEN_THRESHOLD } from "@inzet/analysis";
import type { Dataset, UiLang } from "@inzet/data";
import { ratingText, rationaleText, scoreText } from "../../commands/portfolio-ratings.js";
import type { LoadedAssessment } from "../../io.js";
import { footnotes } from "../../output/footnotes.js";
import { local } from "../../output/format.js";
import { citationText } from "../lib/cited.js";
import { blank, heading, type Line, labelled, labelWidthFor, paragraph } from "../lib/lines.js";
import { textView } from "../lib/view-text.js";
import { considerationsOf, type MatrixModel } from "./assessment-model.js";
import { basePortfolioOf, indicatorsOf } from "./base.js";
import { indicatorValue } from "./indicator-text.js";

export function assessmentDetail(
  ds: Dataset,
  m: MatrixModel,
  cursor: number,
  lang: UiLang,
  width: number,
  loaded: LoadedAssessment | undefined,
): Line[] {
  const view = textView(lang);
  const { t } = view;
  const id = m.ids[cursor];
  const ci = id ? indicatorsOf(ds).get(id) : undefined;
  if (!id || !ci) return [];
  const notes = footnotes(ds, view, { compact: true });
  const c = ci.contribution;
  const group = c.group === null ? undefined : basePortfolioOf(ds).groups.get(c.group);
  const rated = loaded ? assessmentOf(loaded.assessment, ds, id) : undefined;
  const names = INDICATOR_IDS.map((k) => local(ci[k].name, view));
  const lw = labelWidthFor([...names, t("tui.rating"), t("tui.rationale")], width);
  const lines: Line[] = [
    ...heading(`${c.label} — ${c.mission ? local(c.mission.name, view) : c.label}`, width),
    ...paragraph(group ? local(group.name, view) : t("portfolio.noGroup"), width, "dim"),
  ];
  considerationsOf(ds).forEach((k, i) => {
    lines.push(blank, ...heading(`${k.order}. ${local(k.name, view)}`, width));
    const informing = INDICATOR_IDS.filter((key) => ci[key].consideration === k.order);
    if (informing.length === 0) lines.push(...paragraph(t("tui.assess.judgement"), width, "dim"));
    for (const key of informing) {
      const indicator = ci[key];
      const value = `${indicatorValue(indicator, lang, TOKEN_THRESHOLD)}${notes.cite(indicator.citations)}`;
      lines.push(...labelled(local(indicator.name, view), value, width, lw));
    }
    const r = rated?.ratings[i];
    if (r) lines.push(...ratingLines(r, notes, lang, width, lw));
  });
  if (rated?.weightedScore)
    lines.push(
      blank,
      ...paragraph(
        t("assessment.score", { value: scoreText(rated.weightedScore, view) }),
        width,
        "accent",
      ),
    );
  lines.push(blank, ...heading(t("common.sources"), width));
  lines.push(...notes.render().flatMap((line) => paragraph(line, width, "dim")));
  return lines;
}

function ratingLines(
  r: RatingView,
  notes: ReturnType<typeof footnotes>,
  lang: UiLang,
  width: number,
  lw: number,
): Line[] {
  const view = textView(lang);
  const { t } = view;
  const who = [r.author, r.date].filter(Boolean).join(", ");
  const lines = labelled(
    t("tui.rating"),
    `${ratingText(r, view)}${who ? ` (${who})` : ""}`,
    width,
    lw,
  );
  const why = rationaleText(r, view);
  if (why) lines.push(...labelled(t("tui.rationale"), why, width, lw));
  if (r.evidence.length > 0)
    lines.push(...labelled(t("tui.evidence"), notes.cite(r.evidence).trim(), width, lw));
  return lines;
}

/** What `y` copies: the source of the selected contribution's figure, else where it is named. */
export function assessmentCopy(ds: Dataset, m: MatrixModel, cursor: number, lang: UiLang) {
  const id = m.ids[cursor];
  const ci = id ? indicatorsOf(ds).get(id) : undefined;
  const c = ci?.personnel.citations[0] ?? ci?.contribution.mission?.citations[0];
  return c ? citationText(ds, c, lang) : undefined;
}
