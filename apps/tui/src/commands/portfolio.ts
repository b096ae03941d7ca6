// `inzet portfolio` for people: the metrics as intervals before and after, the groups' personnel,
// the token question's answer, and what the analyst's assessment says about each contribution
// the changes touch.
import { formatInterval } from "@inzet/analysis";
import type { Dataset } from "@inzet/data";
import { formatBounds, formatQuantity } from "@inzet/data/queries";
import { type Footnotes, footnotes } from "../output/footnotes.js";
import { formatDate, joinList, local } from "../output/format.js";
import { inert } from "../output/inert.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";
import { metricText } from "../workbench/metric-text.js";
import { baseScope } from "../workbench/portfolio-base.js";
import type { Affected, Change, PortfolioReport } from "../workbench/portfolio-report.js";
import { ratingLines } from "./portfolio-ratings.js";

/** The columns' names: before, after the changes, the token question's two ends. */
export const columnNames = (r: PortfolioReport, { t }: View) =>
  r.kinds.map((kind) => t(`portfolio.column.${kind}`));

function title(ds: Dataset, r: PortfolioReport, view: View): string {
  const { edition } = baseScope(ds);
  const date = formatDate(r.baseline.asOf, view);
  const count = r.baseline.contributions.length;
  return edition
    ? view.t("portfolio.title", { date, count, edition: local(edition.title, view) })
    : view.t("portfolio.titleAll", { date, count });
}

/** "end KFOR · move UNTSO to Balkans · resize EUFOR Althea to ≈ 10". */
export function changeText(r: PortfolioReport, change: Change, view: View): string {
  const { t, lang } = view;
  switch (change.kind) {
    case "end":
      return t("portfolio.change.end");
    case "move": {
      const group = r.comparison.columns.at(-1)?.portfolio.groups.get(change.to);
      return t("portfolio.change.move", { group: group ? local(group.name, view) : change.to });
    }
    case "resize":
      return t("portfolio.change.resize", { figure: formatQuantity(change.quantity, { lang }) });
    case "tokenEnd":
      return t("portfolio.change.tokenEnd");
    case "tokenIndeterminate":
      return t("portfolio.change.tokenIndeterminate", {
        because: joinList(
          change.because.map((b) => t(`portfolio.because.${b}`)),
          view,
        ),
      });
  }
}

function metricsTable(r: PortfolioReport, view: View): string {
  const { lang } = view;
  const columns = r.comparison.columns;
  const rows = r.comparison.rows.map((row) => [
    local(row.name, view),
    ...columns.map((c, i) => `${metricText(c, row.id, lang)}${row.changed[i] ? " *" : ""}`),
  ]);
  return renderTable([view.t("portfolio.metric"), ...columnNames(r, view)], rows, view);
}

function groupsTable(r: PortfolioReport, notes: Footnotes, view: View): string {
  const rows = r.comparison.groups.map((g) => {
    const figure = r.baseline.groupFigures.get(g.key)?.figure;
    return [
      `${inert(local(g.name, view))}${notes.cite(figure ? [figure.citation] : [])}`,
      ...g.values.map((b) => (b ? formatBounds(b, { lang: view.lang }) : "—")),
    ];
  });
  return renderTable([view.t("portfolio.group"), ...columnNames(r, view)], rows, view);
}

function tokenLines(r: PortfolioReport, view: View): string[] {
  const { t, lang, style } = view;
  const token = r.token;
  if (!token) return [];
  const who = (list: typeof token.ended) =>
    list.length === 0
      ? t("portfolio.token.nobody")
      : joinList(
          list.map((c) => `${inert(c.label)} (${formatBounds(c.personnel, { lang })})`),
          view,
        );
  const ranks = token.plan.ranks.map(
    (g) => `${inert(local(g.name, view))}: ${t(`portfolio.rank.${g.rank}`, { keep: r.keep })}`,
  );
  const { remaining } = token;
  const before = r.comparison.columns[0]?.metrics;
  const of = (id: "contributions" | "groups" | "regions") =>
    formatInterval(before?.[id].value ?? null, { lang });
  return [
    style.bold(t("portfolio.token.title", { threshold: r.threshold, keep: r.keep })),
    t("portfolio.token.ranks", { list: joinList(ranks, view) }),
    t("portfolio.token.ended", { list: who(token.ended) }),
    t("portfolio.token.indeterminate", { list: who(token.indeterminate) }),
    t("portfolio.token.remaining", {
      contributions: formatInterval(remaining.contributions, { lang }),
      contributionsBefore: of("contributions"),
      groups: formatInterval(remaining.groups, { lang }),
      groupsBefore: of("groups"),
      regions: formatInterval(remaining.regions, { lang }),
      regionsBefore: of("regions"),
      concentration: formatInterval(remaining.concentration, { lang, digits: 2 }),
      concentrationBefore: formatInterval(before?.concentration.value ?? null, {
        lang,
        digits: 2,
      }),
    }),
    "",
  ];
}

function affectedLines(r: PortfolioReport, notes: Footnotes, view: View): string[] {
  const { t, lang, style } = view;
  if (r.affected.length === 0) return [];
  const line = (a: Affected) => {
    const facts = [
      a.group ? local(a.group, view) : t("portfolio.noGroup"),
      a.personnel
        ? formatBounds(a.personnel, { lang }) + notes.cite(a.personnelCitations)
        : t("common.unknown"),
      t(`portfolio.isToken.${a.token}`, { threshold: r.threshold }),
    ];
    const changes = joinList(
      a.changes.map((c) => changeText(r, c, view)),
      view,
    );
    return `${style.bold(inert(a.label))} — ${inert(facts.join(" · "))}: ${changes}`;
  };
  return [
    style.bold(t("portfolio.affected")),
    ...r.affected.flatMap((a) => [line(a), ...ratingLines(a.assessment, notes, view)]),
    "",
  ];
}

/** Everything `inzet portfolio` prints for a person. */
export function portfolioView(ds: Dataset, r: PortfolioReport, view: View): string {
  const { t, style } = view;
  const notes = footnotes(ds, view, { compact: true });
  const lines = [style.bold(title(ds, r, view)), ""];
  lines.push(metricsTable(r, view));
  if (r.comparison.rows.some((row) => row.changed.some(Boolean)))
    lines.push(style.dim(t("portfolio.changedNote")));
  lines.push("", groupsTable(r, notes, view), "");
  lines.push(...tokenLines(r, view), ...affectedLines(r, notes, view));
  lines.push(style.dim(t("portfolio.note", { threshold: r.threshold })));
  const sources = notes.render();
  if (sources.length > 0) lines.push("", style.bold(t("common.sources")), ...sources);
  return `${lines.join("\n")}\n`;
}
