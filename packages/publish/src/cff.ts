// CITATION.cff (https://citation-file-format.github.io/, version 1.2.0): how to cite the dataset,
// as GitHub and Zenodo read it. Generated from the dataset's meta, so the two cannot drift.
import { canonicalUrl, type Dataset, getSource, identifierLabel, sourceChain } from "@inzet/data";
import { licenceOf } from "./licence.js";

/** A YAML scalar: JSON's double-quoted string is valid YAML, and escapes whatever needs it. */
const q = (text: string | number) => JSON.stringify(String(text));

/** The primary source as a CFF reference: what the dataset rests on. */
function primaryReference(ds: Dataset): string[] {
  const primary = getSource(ds, ds.meta.primarySource);
  if (!primary) return [];
  const chain = sourceChain(ds, primary);
  const publisher = chain.find((s) => s.publisher)?.publisher ?? primary.title;
  const date = chain.find((s) => s.date)?.date;
  const url = canonicalUrl(primary);
  return [
    "references:",
    "  - type: report",
    `    title: ${q(primary.title)}`,
    "    authors:",
    `      - name: ${q(publisher)}`,
    ...(date ? [`    year: ${Number(date.slice(0, 4))}`] : []),
    ...(url ? [`    url: ${q(url)}`] : []),
    ...(primary.identifier ? [`    notes: ${q(identifierLabel(primary.identifier, "en"))}`] : []),
  ];
}

/** The CITATION.cff text for the dataset. */
export function citationCff(ds: Dataset, options: { url?: string } = {}): string {
  const { meta } = ds;
  const released = meta.modified ?? meta.issued;
  const lines = [
    "# Generated from the dataset's meta (packages/data/data/meta.yaml) by",
    "# `pnpm -F @inzet/publish cff`; a test fails when the two differ.",
    "cff-version: 1.2.0",
    `message: ${q("If you use this dataset, please cite it as below.")}`,
    "type: dataset",
    `title: ${q(meta.title.en)}`,
    `abstract: ${q(meta.description.en)}`,
    `version: ${q(meta.version)}`,
    `license: ${licenceOf(meta).id}`,
    "authors:",
    `  - name: ${q(meta.publisher?.name ?? meta.title.en)}`,
    ...(meta.publisher?.email ? [`    email: ${q(meta.publisher.email)}`] : []),
    ...(meta.publisher?.url ? [`    website: ${q(meta.publisher.url)}`] : []),
    ...(released?.length === 10 ? [`date-released: ${q(released)}`] : []),
    ...(options.url ? [`url: ${q(options.url)}`] : []),
    ...(meta.keywords ? ["keywords:", ...meta.keywords.map((k) => `  - ${q(k.en)}`)] : []),
    ...primaryReference(ds),
  ];
  return `${lines.join("\n")}\n`;
}
