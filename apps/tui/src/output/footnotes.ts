import type { Citation, Dataset } from "@inzet/data";
import {
  canonicalUrl,
  formatCitation,
  getSource,
  LABELS,
  footnotes as numberCitations,
} from "@inzet/data/queries";
import { formatDate } from "./format.js";
import { inert } from "./inert.js";
import type { View } from "./view.js";

export type Footnotes = {
  /** Registers the citations and returns their markers, e.g. " [1][2]"; "" for none. */
  cite: (citations: readonly Citation[]) => string;
  /** The numbered list, one entry per distinct citation, in order of first use. */
  render: () => string[];
};

/** compact: one entry per source and place, without quotes (for overviews). */
export function footnotes(ds: Dataset, view: View, { compact = false } = {}): Footnotes {
  const notes = numberCitations(compact ? "place" : "citation");
  const cite = (citations: readonly Citation[]) => {
    const markers = [...new Set(notes.refs(citations))];
    return markers.length === 0 ? "" : ` ${markers.map((n) => `[${n}]`).join("")}`;
  };
  const render = () =>
    notes
      .list()
      .flatMap(({ n, citation }) => describeCitation(ds, citation, `[${n}]`, view, !compact));
  return { cite, render };
}

function describeCitation(
  ds: Dataset,
  c: Citation,
  marker: string,
  view: View,
  withQuote: boolean,
): string[] {
  const { t, style } = view;
  const pad = " ".repeat(marker.length + 1);
  const when = [
    c.asOf ? t("show.asOf", { date: formatDate(c.asOf, view) }) : "",
    c.accessed ? t("show.accessed", { date: formatDate(c.accessed, view) }) : "",
  ]
    .filter(Boolean)
    .join("; ");
  const lines = [
    `${marker} ${inert(formatCitation(ds, c, view.lang))}${when && withQuote ? ` (${when})` : ""}`,
  ];
  const source = getSource(ds, c.source);
  const url = source && canonicalUrl(source);
  const kind = source ? LABELS.publisherKind[source.publisherKind][view.lang] : undefined;
  if (url || kind)
    lines.push(style.dim(`${pad}${[kind, url && inert(url)].filter(Boolean).join(" · ")}`));
  for (const copy of withQuote ? (source?.accessedVia ?? []) : [])
    lines.push(style.dim(`${pad}${t("show.accessedVia", { url: inert(copy.url) })}`));
  if (!withQuote) return lines;
  if (c.quote)
    lines.push(`${pad}${t("common.quoted", { text: c.quote.text })} (${inert(c.quote.lang)})`);
  if (c.translation) {
    lines.push(
      style.dim(
        `${pad}${t("show.translation", { text: t("common.quoted", { text: c.translation.text }) })}`,
      ),
    );
  }
  return lines;
}
