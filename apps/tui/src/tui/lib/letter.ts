import type { Citation, Dataset, StatementKind, UiLang } from "@inzet/data";
import { LABELS } from "@inzet/data/queries";
import { local } from "../../output/format.js";
import { citationLines } from "./cited.js";
import { blank, heading, type Line, paragraph } from "./lines.js";
import { type ListModel, listBuilder } from "./list.js";
import { textView } from "./view-text.js";

/** One of the letter's considerations or other statements, as an item of the list. */
export type LetterItem = { title: string; text: string; tier: string; citation: Citation };

export type LetterModel = ListModel & { items: LetterItem[] };

const KINDS: readonly StatementKind[] = [
  "motive",
  "benefit",
  "principle",
  "capability",
  "intention",
  "context",
];

/** The six considerations under their two tiers of emphasis, then motives, benefits and the rest. */
export function letterModel(ds: Dataset, lang: UiLang): LetterModel {
  const view = textView(lang);
  const { t } = view;
  const list = listBuilder();
  const items: LetterItem[] = [];
  const considerations = [...ds.considerations].sort((a, b) => a.order - b.order);
  for (const emphasis of ["moreThanBefore", "evenMoreExplicit"] as const) {
    const tier = LABELS.emphasis[emphasis][lang];
    const members = considerations.filter((c) => c.emphasis === emphasis);
    if (members.length === 0) continue;
    list.header(emphasis, t("tui.tier", { tier }));
    for (const c of members) {
      list.item(c.id, `${c.order}. ${local(c.name, view)}`);
      items.push({
        title: `${c.order}. ${local(c.name, view)}`,
        text: local(c.description, view),
        tier: t("tui.tier", { tier }),
        citation: c.citation,
      });
    }
  }
  for (const kind of KINDS) {
    const members = ds.statements.filter((s) => s.kind === kind).sort((a, b) => a.order - b.order);
    if (members.length === 0) continue;
    list.header(kind, t(`tui.kind.${kind}`));
    for (const s of members) {
      list.item(s.id, local(s.text, view));
      items.push({
        title: LABELS.statementKind[kind][lang],
        text: local(s.text, view),
        tier: "",
        citation: s.citation,
      });
    }
  }
  return { ...list.done(), items };
}

export function letterDetail(ds: Dataset, item: LetterItem, lang: UiLang, width: number): Line[] {
  return [
    ...heading(item.title, width),
    ...(item.tier ? paragraph(item.tier, width, "accent") : []),
    blank,
    ...paragraph(item.text, width),
    blank,
    ...citationLines(ds, item.citation, lang, width),
  ];
}
