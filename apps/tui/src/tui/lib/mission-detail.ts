import type { Citation, Dataset, Mission, UiLang } from "@inzet/data";
import { figureForYear, formatCitation, getOrganisation } from "@inzet/data/queries";
import { contributionRows, missionRows } from "../../commands/show-facts.js";
import { figureRows, listedFigures } from "../../commands/show-figures.js";
import { groupRow } from "../../commands/show-group.js";
import { type MonthlyLine, monthlyLines } from "../../commands/show-monthly.js";
import { footnotes } from "../../output/footnotes.js";
import { figureText, formatPeriod, local } from "../../output/format.js";
import { blank, heading, type Line, labelled, labelWidthFor, paragraph, part } from "./lines.js";
import { summariesOf } from "./models.js";
import { textView } from "./view-text.js";

/** The citation `y` copies for a mission: its figure for the dataset's year, else where it is named. */
export function missionCitation(ds: Dataset, m: Mission): Citation | undefined {
  return figureForYear(ds, { mission: m.id }, ds.meta.year)?.citation ?? m.citations[0];
}

/** "UN · from 29 May 1948 (no end given)": who leads it and when it ran, as the sources date it. */
function summary(ds: Dataset, m: Mission, lang: UiLang): string {
  const view = textView(lang);
  const org = getOrganisation(ds, m.organisation)?.acronym[lang] ?? m.organisation;
  const start = m.start?.value;
  const period =
    start === undefined ? view.t("common.unknown") : formatPeriod(start, m.end?.value, view);
  return `${org} · ${period}`;
}

/**
 * A mission's facts for the detail pane, the Dutch figures first: the figure for the dataset's
 * year and the group's worded figure, every dated figure, the Dutch part, the mission's facts,
 * then the numbered sources with their quotes (the CLI's `show`, laid out for a pane).
 */
export function missionDetail(ds: Dataset, m: Mission, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const { t } = view;
  const year = ds.meta.year;
  const notes = footnotes(ds, view);
  const current = figureForYear(ds, { mission: m.id }, year);
  const yearLabel = t("tui.figureFor", { year });
  const currentText = current
    ? `${figureText(current.quantity, view)}${current.note ? ` — ${local(current.note, view)}` : ""}${notes.cite([current.citation])}`
    : t("common.unknown");
  const top: [string, string][] = [
    [yearLabel, currentText],
    groupRow(ds, m, notes, view, summariesOf(ds)),
  ];
  // figureRows lists listedFigures(ds, mission) in order: the same index is the same figure.
  const cited = listedFigures(ds, m).map((f) => f.citation);
  const figures = figureRows(ds, m, notes, view).map(
    ([when = "", amount = "", wording = "", details = ""]): [string, string] => [
      when,
      [amount, wording, details].filter(Boolean).join("  "),
    ],
  );
  // Each figure's source right under it, so nobody has to scroll to the list to see it.
  const source = (c: Citation | undefined) =>
    c ? paragraph(`  ${t("common.source")}: ${formatCitation(ds, c, lang)}`, width, "dim") : [];
  const monthly = monthlyLines(ds, m, notes, view, width).flatMap((l) => monthlyLine(l, width));
  const contribution = contributionRows(m, notes, view);
  const facts = missionRows(ds, m, notes, view);
  facts.push([t("show.namedIn"), notes.cite(m.citations).trim()]);
  const all = [...top, ...contribution, ...facts];
  const lw = labelWidthFor(
    all.map(([label]) => label),
    width,
  );
  const rows = (pairs: readonly (readonly [string, string])[]) =>
    pairs.flatMap(([label, value]) => labelled(label, value, width, lw));
  const section = (title: string, body: Line[]) => [blank, ...heading(title, width), ...body];
  return [
    ...heading(m.acronym, width),
    ...paragraph(local(m.name, view), width, "dim"),
    ...paragraph(summary(ds, m, lang), width),
    blank,
    ...labelled(yearLabel, currentText, width, lw),
    ...source(current?.citation),
    ...rows(top.slice(1)),
    ...section(
      t("show.figures"),
      figures.length > 0
        ? figures.flatMap(([when, text], i) => [
            ...labelled(when, text, width, 10),
            ...source(cited[i]),
          ])
        : paragraph(t("show.noFigures"), width),
    ),
    ...(monthly.length > 0 ? section(t("monthly.heading"), monthly) : []),
    ...section(t("show.contribution"), rows(contribution)),
    ...section(t("tui.facts"), rows(facts)),
    ...section(
      t("common.sources"),
      notes.render().flatMap((line) => paragraph(line, width)),
    ),
  ];
}

/** A sparkline keeps its columns (it is sized to fit); the words around it wrap. */
function monthlyLine({ text, kind, total }: MonthlyLine, width: number): Line[] {
  if (kind === "spark") return [[part(text, total ? "accent" : "plain")]];
  return paragraph(text, width, kind === "category" ? (total ? "heading" : "label") : "dim");
}
