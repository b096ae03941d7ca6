import type { Dataset, UiLang } from "@inzet/data";
import {
  canonicalUrl,
  getCluster,
  getMission,
  identifierLabel,
  LABELS,
  type SourceUsage,
  sourceLabel,
  sourceUsage,
} from "@inzet/data/queries";
import { figureText, formatAsOf, formatDate, joinList, local } from "../../output/format.js";
import { blank, heading, type Line, labelled, paragraph } from "./lines.js";
import { type ListModel, listBuilder } from "./list.js";
import { textView } from "./view-text.js";

export type SourcesModel = ListModel & { usage: SourceUsage[] };

const citedBy = (u: SourceUsage) =>
  u.missions.length + u.figures.length + u.clusters.length + u.statements.length;

/** Every source with how many items rest on it. */
export function sourcesModel(ds: Dataset): SourcesModel {
  const usage = sourceUsage(ds);
  const list = listBuilder();
  for (const u of usage) list.item(u.source.id, u.source.title, String(citedBy(u)));
  return { ...list.done(), usage };
}

/** A source, and what cites it: missions, figures, groups and the letter's statements. */
export function sourceDetail(ds: Dataset, u: SourceUsage, lang: UiLang, width: number): Line[] {
  const view = textView(lang);
  const { t } = view;
  const s = u.source;
  const lw = 12;
  const facts: [string, string | undefined][] = [
    [t("sources.date"), s.date && formatDate(s.date, view)],
    [t("sources.publisher"), s.publisher],
    [t("tui.englishTitle"), s.titleEn],
    [t("tui.publisherKind"), LABELS.publisherKind[s.publisherKind][lang]],
    [t("tui.identifier"), s.identifier && identifierLabel(s.identifier, lang)],
    [t("tui.url"), canonicalUrl(s)],
    [t("tui.accessedVia"), s.accessedVia?.map((v) => v.url).join(" · ")],
    [t("show.notes"), s.note ? local(s.note, view) : undefined],
  ];
  const lines: Line[] = [
    ...heading(sourceLabel(ds, s, lang), width),
    ...facts.flatMap(([label, value]) => (value ? labelled(label, value, width, lw) : [])),
    blank,
    ...heading(t("tui.citedBy", { count: citedBy(u) }), width),
  ];
  const byId = new Map(ds.statements.map((x) => [x.id as string, local(x.text, view)]));
  for (const c of ds.considerations) byId.set(c.id, local(c.name, view));
  const figures = new Set(u.figures);
  const figureTexts = ds.figures
    .filter((f) => figures.has(f.id))
    .map((f) => {
      const subject = f.mission
        ? (getMission(ds, f.mission)?.acronym ?? f.mission)
        : f.cluster
          ? local(getCluster(ds, f.cluster)?.name ?? { en: f.cluster, nl: f.cluster }, view)
          : "";
      return `${subject}, ${formatAsOf(f.asOf, view)}: ${figureText(f.quantity, view)}`;
    });
  const groups: [string, string[]][] = [
    [t("tui.missions"), u.missions.map((id) => getMission(ds, id)?.acronym ?? id)],
    [t("show.figures"), figureTexts],
    [
      t("tui.groups"),
      u.clusters.map((id) => local(getCluster(ds, id)?.name ?? { en: id, nl: id }, view)),
    ],
    [t("tui.statements"), u.statements.map((id) => byId.get(id) ?? id)],
  ];
  for (const [label, names] of groups) {
    if (names.length === 0) continue;
    if (label === t("tui.missions"))
      lines.push(...labelled(label, joinList(names, view), width, lw));
    else
      lines.push(
        ...paragraph(label, width, "label"),
        ...names.flatMap((n) => paragraph(`  • ${n}`, width)),
      );
  }
  return lines;
}
