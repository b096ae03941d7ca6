import type { DatasetMeta } from "../../model/dataset.js";
import type { RuleContext } from "./context.js";

/** Sources must exist, be findable by a reader, and not be part of themselves. */
export function checkSources(
  { parsed, report, reference }: RuleContext,
  meta: DatasetMeta | undefined,
): void {
  if (meta) reference(() => ["meta", "primarySource"], "sources", meta.primarySource);
  const parents = new Map<string, string>();
  for (const { index, item } of parsed.sources) {
    if (item.partOf !== undefined) {
      reference(() => ["sources", index, "partOf"], "sources", item.partOf as string);
      parents.set(item.id, item.partOf);
    }
    if (item.url === undefined && item.identifier === undefined && item.partOf === undefined) {
      report(
        "unlocatableSource",
        ["sources", index],
        {
          en: `Source "${item.id}" cannot be found by a reader.`,
          nl: `Bron "${item.id}" is voor een lezer niet te vinden.`,
        },
        {
          en: "Give a url, an identifier (Kamerstuk, CELEX, UN symbol, DOI) or the document it is partOf.",
          nl: "Geef een url, een identificatie (Kamerstuk, CELEX, VN-symbool, DOI) of het document waarvan hij deel is (partOf).",
        },
      );
    }
  }
  for (const { index, item } of parsed.sources) {
    const chain = new Set<string>([item.id]);
    for (let at = parents.get(item.id); at !== undefined; at = parents.get(at)) {
      if (chain.has(at)) {
        report(
          "sourceCycle",
          ["sources", index, "partOf"],
          {
            en: `Source "${item.id}" is part of itself.`,
            nl: `Bron "${item.id}" is deel van zichzelf.`,
          },
          {
            en: "Point partOf at the larger document.",
            nl: "Laat partOf naar het grotere document wijzen.",
          },
        );
        break;
      }
      chain.add(at);
    }
  }
}

/** Every figure, cluster, consideration and statement cites a source that exists. */
export function checkItemCitations({ parsed, citation }: RuleContext): void {
  for (const collection of [
    "clusters",
    "figures",
    "missionCounts",
    "considerations",
    "statements",
  ] as const) {
    for (const { index, item } of parsed[collection])
      citation(() => [collection, index, "citation"], item.citation);
  }
}
