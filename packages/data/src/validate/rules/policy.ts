import type { Citation, Fact } from "../../model/citation.js";
import { firstDay, lastDay } from "../../model/dates.js";
import { eliMismatch, identifierUrl } from "../../model/identifiers.js";
import { missionFacts } from "../../model/mission-facts.js";
import type { PartialDate } from "../../model/primitives.js";
import type { PublisherKind, Source } from "../../model/source.js";
import type { Path, RuleContext } from "./context.js";

// The source policy (docs/source-policy.md): what a reader may rest a fact on.

/** Publishers no fact may rest on alone: a copy, or the state media of a party to the conflict. */
const NEVER_ALONE: ReadonlySet<PublisherKind> = new Set(["mirror", "stateAffiliated"]);

/** Facts for which an official source is expected: the legal basis and the dates of a mission. */
const OFFICIAL_EXPECTED = new Set(["legalBasis", "start", "end", "runningAsOf"]);

/** Date facts that say something happened: a source cannot report them before they did. */
const EVENTS = new Set(["start", "end", "netherlands.start", "netherlands.end"]);

export function checkSourcePolicy(context: RuleContext): void {
  const sources = new Map(context.parsed.sources.map(({ item }) => [item.id as string, item]));
  checkIdentifiers(context);
  const supported = (path: Path, citations: readonly Citation[]) =>
    checkSupport(context, sources, path, citations);

  for (const { index, item: m } of context.parsed.missions) {
    supported(["missions", index, "citations"], m.citations);
    for (const { path, fact } of missionFacts(m)) {
      const at: Path = ["missions", index, ...path];
      supported([...at, "citations"], fact.citations);
      if (OFFICIAL_EXPECTED.has(String(path[0])) && path.length <= 2)
        checkOfficial(context, sources, at, fact);
      if (EVENTS.has(path.join(".")))
        checkReportedAfter(context, sources, at, fact as Fact<PartialDate>);
    }
  }
  for (const { index, item: f } of context.parsed.figures) {
    supported(["figures", index, "citation"], [f.citation]);
    if (f.status === "planned") continue;
    const from = typeof f.asOf === "string" ? f.asOf : f.asOf.from;
    const dated = publicationDate(sources, f.citation.source);
    if (dated && firstDay(from) > lastDay(dated))
      plannedAsActual(context, ["figures", index, "status"], from, dated);
  }
  for (const collection of ["clusters", "missionCounts", "considerations", "statements"] as const)
    for (const { index, item } of context.parsed[collection])
      supported([collection, index, "citation"], [item.citation]);
  for (const { index, item: e } of context.parsed.editions) {
    if (e.date) supported(["editions", index, "date", "citations"], e.date.citations);
    for (const [i, cover] of e.covers.entries())
      supported(["editions", index, "covers", i, "citation"], [cover.citation]);
  }
}

/** A source's address must be the one its identifier gives; a copy goes under accessedVia. */
function checkIdentifiers({ parsed, report }: RuleContext): void {
  for (const { index, item: s } of parsed.sources) {
    if (!s.identifier) continue;
    const id = s.identifier;
    const derived = identifierUrl(id, s.language);
    // A UN press release's address holds its year, not derived: it must at least name the symbol.
    const key =
      id.scheme === "unSymbol" && derived === undefined
        ? id.symbol.toLowerCase().replace("/", "")
        : undefined;
    const wrong =
      s.url !== undefined &&
      (derived !== undefined
        ? s.url !== derived
        : key !== undefined && !s.url.toLowerCase().includes(key));
    if (wrong) {
      report(
        "identifierUrl",
        ["sources", index, "url"],
        {
          en: `The url of "${s.id}" is not the address its identifier gives${derived ? ` (${derived})` : ""}.`,
          nl: `De url van "${s.id}" is niet het adres dat de identificatie geeft${derived ? ` (${derived})` : ""}.`,
        },
        {
          en: "Remove the url (it follows from the identifier) or correct the identifier; a copy you read goes under accessedVia.",
          nl: "Verwijder de url (die volgt uit de identificatie) of verbeter de identificatie; een kopie die u las hoort onder accessedVia.",
        },
      );
    }
    if (eliMismatch(s.identifier)) {
      report(
        "identifierUrl",
        ["sources", index, "identifier", "eli"],
        {
          en: `The ELI of "${s.id}" names another act than its CELEX number.`,
          nl: `De ELI van "${s.id}" noemt een andere handeling dan het CELEX-nummer.`,
        },
        {
          en: "Copy both from the act's page on EUR-Lex: year and number must agree.",
          nl: "Neem beide over van de pagina van de handeling op EUR-Lex: jaar en nummer moeten kloppen.",
        },
      );
    }
  }
}

function checkSupport(
  { report }: RuleContext,
  sources: Map<string, Source>,
  path: Path,
  citations: readonly Citation[],
): void {
  const kinds = citations.map((c) => sources.get(c.source)?.publisherKind);
  if (kinds.length === 0 || kinds.some((k) => k === undefined || !NEVER_ALONE.has(k))) return;
  report(
    "weakSupport",
    path,
    {
      en: "This rests only on a mirror copy or on state-affiliated media.",
      nl: "Dit steunt alleen op een kopie of op staatsgelieerde media.",
    },
    {
      en: "Cite the original (an official source where one exists) and keep the copy under the source's accessedVia; if no original confirms it, mark the fact unverified or leave it out.",
      nl: "Citeer het origineel (een officiële bron waar die bestaat) en zet de kopie onder accessedVia van de bron; bevestigt geen origineel het, markeer het feit dan als onbevestigd of laat het weg.",
    },
  );
}

function checkOfficial(
  { report }: RuleContext,
  sources: Map<string, Source>,
  path: Path,
  fact: Fact<unknown>,
): void {
  if (fact.citations.length === 0) return;
  if (fact.citations.some((c) => sources.get(c.source)?.publisherKind === "official")) return;
  report(
    "officialExpected",
    [...path, "citations"],
    {
      en: "A legal basis or a mission date rests on no official source.",
      nl: "Een rechtsgrond of missiedatum steunt op geen officiële bron.",
    },
    {
      en: "Cite the act, resolution or official page (EUR-Lex, UN, NATO, OSCE, the Dutch government), or say in a note why none exists.",
      nl: "Citeer het besluit, de resolutie of de officiële pagina (EUR-Lex, VN, NAVO, OVSE, de Rijksoverheid), of leg in een toelichting uit waarom die er niet is.",
    },
    "warning",
  );
}

/** An end "until September 2016" in a source of 2016 is a plan, not what happened. */
function checkReportedAfter(
  context: RuleContext,
  sources: Map<string, Source>,
  path: Path,
  fact: Fact<PartialDate>,
): void {
  if (fact.status === "planned" || fact.citations.length === 0) return;
  const dates = fact.citations.map((c) => publicationDate(sources, c.source));
  if (dates.some((d) => d === undefined || firstDay(fact.value) <= lastDay(d))) return;
  const latest = dates.reduce<string>((a, d) => (d && d > a ? d : a), "");
  plannedAsActual(context, [...path, "status"], fact.value, latest);
}

function plannedAsActual(
  { report }: RuleContext,
  path: Path,
  value: PartialDate,
  sourceDate: PartialDate,
): void {
  report(
    "plannedAsActual",
    path,
    {
      en: `A source dated ${sourceDate} cannot report ${value} as having happened.`,
      nl: `Een bron van ${sourceDate} kan ${value} niet melden als iets dat gebeurd is.`,
    },
    {
      en: "Set status: planned, or cite a later source that confirms it happened.",
      nl: "Zet status: planned, of citeer een latere bron die bevestigt dat het gebeurd is.",
    },
    "warning",
  );
}

/** The date a source, or the document it is part of, was published; undefined if none says. */
function publicationDate(sources: Map<string, Source>, id: string): PartialDate | undefined {
  const seen = new Set<string>();
  for (let s = sources.get(id); s && !seen.has(s.id); s = s.partOf && sources.get(s.partOf)) {
    if (s.date) return s.date;
    seen.add(s.id);
  }
  return undefined;
}
