import {
  type AccessedVia,
  canonicalUrl,
  type Dataset,
  PUBLISHER_KINDS,
  type Source,
  type SourceIdentifier,
  SourceKind,
} from "@inzet/data";
import {
  enumField,
  idField,
  langField,
  localizedFields,
  partialDateField,
  positionField,
  refField,
  textField,
  urlField,
} from "./fields.js";
import {
  defined,
  foreignKey,
  groupBy,
  localized,
  type Row,
  readLocalized,
  str,
  type TableSpec,
} from "./table.js";

const SCHEMES = ["kamerstuk", "celex", "unSymbol", "doi"] as const;

function identifierCells(id: SourceIdentifier | undefined): Row {
  return {
    identifier_scheme: id?.scheme ?? null,
    kamerstuk_dossier: id?.scheme === "kamerstuk" ? id.dossier : null,
    kamerstuk_number: id?.scheme === "kamerstuk" ? id.number : null,
    celex: id?.scheme === "celex" ? id.celex : null,
    eli: id?.scheme === "celex" ? (id.eli ?? null) : null,
    un_symbol: id?.scheme === "unSymbol" ? id.symbol : null,
    doi: id?.scheme === "doi" ? id.doi : null,
  };
}

export const sourcesTable: TableSpec = {
  name: "sources",
  title: { en: "Sources", nl: "Bronnen" },
  description: "Every document or page that states a fact in the dataset.",
  fields: [
    idField("id", "The source's id."),
    enumField("kind", SourceKind.options, "What the source is, as a document.", true),
    enumField("publisher_kind", PUBLISHER_KINDS, "Who published it (docs/source-policy.md).", true),
    textField("title", "Title in the source's own language.", true),
    textField("title_en", "Working English translation of the title."),
    textField("publisher", "Who published it."),
    partialDateField("date", "The source's date."),
    langField("language", "ISO 639-1 code of the source's language.", true),
    enumField("identifier_scheme", SCHEMES, "The scheme of its canonical identifier, if any."),
    textField("kamerstuk_dossier", 'Dutch parliamentary paper: dossier ("29 521").'),
    textField("kamerstuk_number", 'Dutch parliamentary paper: number ("291").'),
    textField("celex", "EU act: CELEX number."),
    urlField("eli", "EU act: European Legislation Identifier."),
    textField("un_symbol", "UN document symbol."),
    textField("doi", "Digital Object Identifier."),
    urlField("url", "The address as the dataset gives it (may be empty where derived)."),
    urlField("canonical_url", "Derived: the identifier's official address, else the url."),
    refField("part_of", "The larger document this one is part of."),
    ...localizedFields("note", "A note on the source"),
  ],
  primaryKey: ["id"],
  foreignKeys: [foreignKey("part_of", "sources")],
  rows: (ds) =>
    ds.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      publisher_kind: s.publisherKind,
      title: s.title,
      title_en: s.titleEn ?? null,
      publisher: s.publisher ?? null,
      date: s.date ?? null,
      language: s.language,
      ...identifierCells(s.identifier),
      url: s.url ?? null,
      canonical_url: canonicalUrl(s) ?? null,
      part_of: s.partOf ?? null,
      ...localized("note", s.note),
    })),
};

export const accessedViaTable: TableSpec = {
  name: "accessed_via",
  title: { en: "Copies read", nl: "Geraadpleegde kopieën" },
  description: "Copies of a source where it was read (a mirror, an archive): never the reference.",
  fields: [
    refField("source", "The source.", true),
    positionField(),
    urlField("url", "Where the copy is."),
    textField("publisher", "Who keeps the copy."),
    partialDateField("accessed", "When it was read."),
    ...localizedFields("note", "A note on the copy"),
  ],
  primaryKey: ["source", "position"],
  foreignKeys: [foreignKey("source", "sources")],
  rows: (ds: Dataset) =>
    ds.sources.flatMap((s) =>
      (s.accessedVia ?? []).map((a, position) => ({
        source: s.id,
        position,
        url: a.url,
        publisher: a.publisher ?? null,
        accessed: a.accessed ?? null,
        ...localized("note", a.note),
      })),
    ),
};

function readIdentifier(row: Row): Record<string, unknown> | undefined {
  switch (row.identifier_scheme) {
    case "kamerstuk":
      return {
        scheme: "kamerstuk",
        dossier: str(row, "kamerstuk_dossier"),
        number: str(row, "kamerstuk_number"),
      };
    case "celex":
      return defined({ scheme: "celex", celex: str(row, "celex"), eli: str(row, "eli") });
    case "unSymbol":
      return { scheme: "unSymbol", symbol: str(row, "un_symbol") };
    case "doi":
      return { scheme: "doi", doi: str(row, "doi") };
    default:
      return undefined;
  }
}

/** Sources (as plain input for loadDataset) from the sources and accessed_via rows. */
export function readSources(sources: Row[], copies: Row[]): Record<string, unknown>[] {
  const copiesOf = groupBy(copies, "source");
  return sources.map((row) => {
    const via = copiesOf.get(String(row.id)) ?? [];
    return defined({
      id: str(row, "id"),
      kind: str(row, "kind"),
      publisherKind: str(row, "publisher_kind"),
      title: str(row, "title"),
      titleEn: str(row, "title_en"),
      publisher: str(row, "publisher"),
      date: str(row, "date"),
      language: str(row, "language"),
      identifier: readIdentifier(row),
      url: str(row, "url"),
      accessedVia: via.length > 0 ? via.map(readCopy) : undefined,
      partOf: str(row, "part_of"),
      note: readLocalized(row, "note"),
    } satisfies Partial<Record<keyof Source, unknown>>);
  });
}

function readCopy(row: Row): Record<string, unknown> {
  return defined({
    url: str(row, "url"),
    publisher: str(row, "publisher"),
    accessed: str(row, "accessed"),
    note: readLocalized(row, "note"),
  } satisfies Partial<Record<keyof AccessedVia, unknown>>);
}
