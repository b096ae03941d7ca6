import { type Citation, type Dataset, formatCitation, getSource } from "@inzet/data/queries";
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
  const numbers = new Map<string, number>();
  const entries: Citation[] = [];
  const keyOf = (c: Citation) =>
    JSON.stringify(
      compact
        ? [c.source, c.locator]
        : [c.source, c.locator, c.quote, c.translation, c.asOf, c.accessed],
    );
  const cite = (citations: readonly Citation[]) => {
    const markers = new Set<number>();
    for (const c of citations) {
      const key = keyOf(c);
      let n = numbers.get(key);
      if (n === undefined) {
        entries.push(c);
        n = entries.length;
        numbers.set(key, n);
      }
      markers.add(n);
    }
    return markers.size === 0 ? "" : ` ${[...markers].map((n) => `[${n}]`).join("")}`;
  };
  const render = () =>
    entries.flatMap((c, i) => describeCitation(ds, c, `[${i + 1}]`, view, !compact));
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
  const url = getSource(ds, c.source)?.url;
  if (url) lines.push(style.dim(`${pad}${inert(url)}`));
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
