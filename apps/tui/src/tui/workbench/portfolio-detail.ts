// The Portfolio view's detail pane: the metrics before and after, the groups' personnel as bars,
// the token preset, and the selected contribution.
import { assessmentOf, formatInterval } from "@inzet/analysis";
import type { Dataset, UiLang } from "@inzet/data";
import { formatBounds } from "@inzet/data/queries";
import { joinList, local } from "../../output/format.js";
import { displayWidth } from "../../output/width.js";
import { metricText } from "../../workbench/metric-text.js";
import { barSegments, chartScale } from "../lib/bars.js";
import { citationLines, citationText } from "../lib/cited.js";
import {
  blank,
  heading,
  type Line,
  labelled,
  labelWidthFor,
  type Part,
  paragraph,
  part,
} from "../lib/lines.js";
import { textView } from "../lib/view-text.js";
import { fit } from "../lib/wrap.js";
import { indicatorsOf } from "./base.js";
import { type PortfolioModel, portfolioTitle } from "./portfolio-model.js";

/** Name, before and after, each column fitted; an asterisk where the value changed. */
function metricRows(m: PortfolioModel, lang: UiLang, width: number): Line[] {
  const { t } = textView(lang);
  const [before, after] = m.report.comparison.columns;
  if (!before) return [];
  const rows = m.report.comparison.rows;
  const names = rows.map((r) => local(r.name, textView(lang)));
  // Without a change there is no second column: "after" is the same portfolio.
  const values = rows.map((r) => [
    metricText(before, r.id, lang),
    metricText(after ?? before, r.id, lang),
  ]);
  const nameWidth = Math.min(Math.max(...names.map(displayWidth)), Math.max(10, width - 26));
  const valueWidth = Math.max(8, Math.floor((width - nameWidth - 2) / 2));
  const head: Line = [
    part(`${fit(t("portfolio.metric"), nameWidth)}  `, "label"),
    part(fit(t("portfolio.column.before"), valueWidth), "label"),
    part(t("portfolio.column.after"), "label"),
  ];
  return [
    head,
    ...rows.map((r, i): Line => {
      const changed = r.changed[1] === true;
      const [a = "", b = ""] = values[i] ?? [];
      return [
        part(`${fit(names[i] ?? "", nameWidth)}  `),
        part(`${fit(a, valueWidth - 1)} `),
        part(changed ? `${b} *` : b, changed ? "accent" : "plain"),
      ];
    }),
  ];
}

/** Each group's personnel before and after, and a bar of the after on one scale. */
function groupRows(m: PortfolioModel, lang: UiLang, width: number): Line[] {
  const { t } = textView(lang);
  const groups = m.report.comparison.groups;
  const scale = chartScale(groups.flatMap((g) => g.values.filter((v) => v !== null)));
  const nameWidth = Math.min(18, Math.max(8, Math.floor(width * 0.3)));
  const cell = 9;
  const barWidth = Math.max(4, width - nameWidth - 2 * cell - 1);
  const text = (b: (typeof groups)[number]["values"][number]) =>
    b ? formatBounds(b, { lang }) : "—";
  return [
    [part(t("portfolio.group"), "label")],
    ...groups.map((g): Line => {
      const [before = null, after = before] = g.values;
      const bar = after ? barSegments(after, scale, barWidth) : undefined;
      const parts: Part[] = [
        part(`${fit(local(g.name, textView(lang)), nameWidth)} `),
        part(fit(text(before), cell)),
        part(fit(text(after), cell), before === after ? "plain" : "accent"),
      ];
      for (const s of bar ?? []) parts.push(part(s.text, s.kind === "span" ? "dim" : "accent"));
      return parts;
    }),
  ];
}

/** What the token preset ends and cannot tell, and what would remain. */
function tokenLines(m: PortfolioModel, lang: UiLang, width: number, preset: boolean): Line[] {
  const view = textView(lang);
  const { t } = view;
  const { token } = m;
  const who = (list: typeof token.ended) =>
    list.length === 0
      ? t("portfolio.token.nobody")
      : joinList(
          list.map((c) => `${c.label} (${formatBounds(c.personnel, { lang })})`),
          view,
        );
  const before = m.report.comparison.columns[0]?.metrics;
  const of = (id: "contributions" | "groups" | "regions") =>
    formatInterval(before?.[id].value ?? null, { lang });
  const r = token.remaining;
  const words = { threshold: token.plan.threshold, keep: token.plan.keep };
  if (!preset) return paragraph(t("tui.portfolio.presetOff", words), width, "dim");
  return [
    ...paragraph(t("tui.portfolio.presetOn", words), width, "accent"),
    ...paragraph(t("tui.portfolio.presetEnds", { list: who(token.ended) }), width),
    ...paragraph(t("tui.portfolio.presetOpen", { list: who(token.indeterminate) }), width),
    ...paragraph(
      t("portfolio.token.remaining", {
        contributions: formatInterval(r.contributions, { lang }),
        contributionsBefore: of("contributions"),
        groups: formatInterval(r.groups, { lang }),
        groupsBefore: of("groups"),
        regions: formatInterval(r.regions, { lang }),
        regionsBefore: of("regions"),
        concentration: formatInterval(r.concentration, { lang, digits: 2 }),
        concentrationBefore: formatInterval(before?.concentration.value ?? null, {
          lang,
          digits: 2,
        }),
      }),
      width,
    ),
  ];
}

/** The selected contribution: kept or ended, its group, personnel, token answer, ratings. */
function selectedLines(
  ds: Dataset,
  m: PortfolioModel,
  id: string,
  lang: UiLang,
  width: number,
): Line[] {
  const view = textView(lang);
  const { t } = view;
  const indicators = indicatorsOf(ds).get(id);
  if (!indicators) return [];
  const c = indicators.contribution;
  const group = c.group === null ? undefined : m.baseline.groups.get(c.group);
  const personnel = indicators.personnel;
  const tokenAnswer = indicators.token.value?.answer ?? "indeterminate";
  const rows: [string, string][] = [
    [t("tui.group"), group ? local(group.name, view) : t("portfolio.noGroup")],
    [
      t("tui.personnel"),
      personnel.value
        ? formatBounds(personnel.value.bounds, { lang })
        : (personnel.unknown?.[lang] ?? t("common.unknown")),
    ],
    [t("tui.token"), t(`portfolio.isToken.${tokenAnswer}`, { threshold: m.token.plan.threshold })],
  ];
  const notes = personnel.notes.map((n) => n[lang]);
  if (m.assessment) {
    const ratings = assessmentOf(m.assessment, ds, id).ratings;
    rows.push([
      t("tui.ratings"),
      ratings.map((r) => `${r.consideration.order}: ${r.rating ?? "·"}`).join("  "),
    ]);
  }
  const lw = labelWidthFor(
    rows.map(([label]) => label),
    width,
  );
  const state = m.ended.has(id) ? t("tui.portfolio.ended") : t("tui.portfolio.kept");
  return [
    ...heading(`${c.label} — ${state}`, width),
    ...rows.flatMap(([label, value]) => labelled(label, value, width, lw)),
    ...notes.flatMap((n) => paragraph(n, width, "dim")),
    ...paragraph(t("tui.portfolio.keys"), width, "dim"),
    ...personnel.citations.slice(0, 1).flatMap((x) => citationLines(ds, x, lang, width)),
  ];
}

/** The whole detail pane for the contribution at `cursor`. */
export function portfolioDetail(
  ds: Dataset,
  m: PortfolioModel,
  cursor: number,
  lang: UiLang,
  width: number,
  preset: boolean,
): Line[] {
  const id = m.ids[cursor];
  return [
    ...heading(portfolioTitle(m, lang), width),
    ...metricRows(m, lang, width),
    blank,
    ...groupRows(m, lang, width),
    ...tokenLines(m, lang, width, preset),
    blank,
    ...(id ? selectedLines(ds, m, id, lang, width) : []),
  ];
}

/** What `y` copies: the source of the selected contribution's figure. */
export function portfolioCopy(ds: Dataset, m: PortfolioModel, cursor: number, lang: UiLang) {
  const id = m.ids[cursor];
  const c = id ? indicatorsOf(ds).get(id)?.personnel.citations[0] : undefined;
  return c ? citationText(ds, c, lang) : undefined;
}
