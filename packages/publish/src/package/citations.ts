import { type Citation, type Dataset, missionFacts } from "@inzet/data";
import { formatDataPath } from "../path.js";
import { coverageId } from "./editions.js";
import { editionFactId, editionFacts, factId } from "./facts.js";
import {
  integerField,
  langField,
  localizedFields,
  partialDateField,
  refField,
  textField,
} from "./fields.js";
import { defined, foreignKey, type Row, readLocalized, str, type TableSpec } from "./table.js";

type Owner = {
  fact?: string;
  coverage?: string;
  mission?: string;
  figure?: string;
  cluster?: string;
  consideration?: string;
  statement?: string;
  edition?: string;
  mission_count?: string;
};
/** The owner columns and the tables they name. */
const OWNERS = [
  ["mission", "missions"],
  ["figure", "figures"],
  ["cluster", "clusters"],
  ["consideration", "considerations"],
  ["statement", "statements"],
  ["edition", "editions"],
  ["mission_count", "mission_counts"],
] as const;

function citationRow(id: string, owner: Owner, position: number | null, c: Citation): Row {
  const locator = c.locator;
  return {
    id,
    fact: owner.fact ?? null,
    coverage: owner.coverage ?? null,
    mission: owner.mission ?? null,
    figure: owner.figure ?? null,
    cluster: owner.cluster ?? null,
    consideration: owner.consideration ?? null,
    statement: owner.statement ?? null,
    edition: owner.edition ?? null,
    mission_count: owner.mission_count ?? null,
    position,
    source: c.source,
    locator: typeof locator === "string" ? locator : null,
    locator_en: typeof locator === "object" ? locator.en : null,
    locator_nl: typeof locator === "object" ? locator.nl : null,
    quote: c.quote?.text ?? null,
    quote_lang: c.quote?.lang ?? null,
    translation: c.translation?.text ?? null,
    translation_lang: c.translation?.lang ?? null,
    as_of: c.asOf ?? null,
    accessed: c.accessed ?? null,
  };
}

/** Every citation in the dataset, in the dataset's order, with its owner and its path as id. */
function* citationRows(ds: Dataset): Generator<Row> {
  for (const m of ds.missions) {
    const at = formatDataPath(["missions", { id: m.id }]);
    for (const [i, c] of m.citations.entries())
      yield citationRow(`${at}.citations[${i}]`, { mission: m.id }, i, c);
    for (const { path, fact } of missionFacts(m)) {
      // A fact's id is its path, and its citations' ids continue it.
      const owner = { mission: m.id, fact: factId(m.id, path) };
      for (const [i, c] of fact.citations.entries())
        yield citationRow(`${owner.fact}.citations[${i}]`, owner, i, c);
    }
  }
  const single = (collection: string, key: keyof Owner, id: string, c: Citation) =>
    citationRow(formatDataPath([collection, { id }, "citation"]), { [key]: id }, null, c);
  for (const f of ds.figures) yield single("figures", "figure", f.id, f.citation);
  for (const c of ds.clusters) yield single("clusters", "cluster", c.id, c.citation);
  for (const c of ds.considerations)
    yield single("considerations", "consideration", c.id, c.citation);
  for (const s of ds.statements) yield single("statements", "statement", s.id, s.citation);
  for (const { edition, path, fact } of editionFacts(ds)) {
    const owner = { edition, fact: editionFactId(edition, path) };
    for (const [i, c] of fact.citations.entries())
      yield citationRow(`${owner.fact}.citations[${i}]`, owner, i, c);
  }
  for (const e of ds.editions)
    for (const [i, cover] of e.covers.entries()) {
      const owner = { edition: e.id, coverage: coverageId(e.id, i) };
      yield citationRow(`${owner.coverage}.citation`, owner, null, cover.citation);
    }
  for (const c of ds.missionCounts)
    yield single("missionCounts", "mission_count", c.id, c.citation);
}

export const citationsTable: TableSpec = {
  name: "citations",
  title: { en: "Citations", nl: "Bronvermeldingen" },
  description:
    "Every citation of every fact, figure, group, statement, edition and count: the source, where in it, and its own words. Exactly one of mission, figure, cluster, consideration, statement, edition and mission_count is set; fact names the mission's or edition's fact (empty: the mission itself is named there), coverage the mission an edition treats.",
  fields: [
    {
      ...textField("id", "The citation's id: its path in the dataset.", true),
      constraints: { required: true, unique: true },
    },
    textField("fact", "The fact cited (facts.id)."),
    textField("coverage", "The mission an edition treats, cited (edition_coverage.id)."),
    refField("mission", "The mission cited."),
    refField("figure", "The figure cited."),
    refField("cluster", "The group cited."),
    refField("consideration", "The consideration cited."),
    refField("statement", "The statement cited."),
    refField("edition", "The edition whose fact or coverage is cited."),
    refField("mission_count", "The count of missions cited."),
    integerField("position", "Place among the fact's citations, from 0 (empty: the only one).", {
      minimum: 0,
    }),
    refField("source", "The source.", true),
    textField("locator", "Where in the source, where it reads the same in both languages."),
    ...localizedFields("locator", "Where in the source"),
    textField("quote", "The supporting words, exactly as the source has them."),
    langField("quote_lang", "Language of the quote."),
    textField("translation", "A working translation of the quote (not an official one)."),
    langField("translation_lang", "Language of the translation."),
    partialDateField("as_of", "The date the cited statement speaks of."),
    partialDateField("accessed", "When the source was read."),
  ],
  primaryKey: ["id"],
  foreignKeys: [
    foreignKey("fact", "facts"),
    foreignKey("coverage", "edition_coverage"),
    ...OWNERS.map(([column, table]) => foreignKey(column, table)),
    foreignKey("source", "sources"),
  ],
  rows: (ds) => [...citationRows(ds)],
};

/** A citation (as plain input) from its row. */
export function readCitation(r: Row): Record<string, unknown> {
  const text = (name: string) =>
    r[name] === null ? undefined : { text: str(r, name), lang: str(r, `${name}_lang`) };
  return defined({
    source: str(r, "source"),
    locator: str(r, "locator") ?? readLocalized(r, "locator"),
    quote: text("quote"),
    translation: text("translation"),
    asOf: str(r, "as_of"),
    accessed: str(r, "accessed"),
  });
}
