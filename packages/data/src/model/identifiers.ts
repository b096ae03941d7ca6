import type { UiLang } from "./primitives.js";
import type { KamerstukRef, Source, SourceIdentifier } from "./source.js";

// Canonical addresses follow from canonical identifiers; the validator checks that a source's url
// agrees, so a mirror or a mistyped address cannot pass as the reference.

/** The official address of an identified document; undefined where none follows from it. */
export function identifierUrl(id: SourceIdentifier, lang = "en"): string | undefined {
  switch (id.scheme) {
    case "kamerstuk":
      return `https://zoek.officielebekendmakingen.nl/kst-${id.dossier.replace(" ", "")}-${id.number}.html`;
    case "celex":
      return `https://eur-lex.europa.eu/legal-content/${lang.toUpperCase()}/TXT/?uri=CELEX:${id.celex}`;
    case "unSymbol":
      return /^[A-Z]+\/[0-9]+$/.test(id.symbol)
        ? undefined // a press release (SC/11560): its address holds the year, not derived here
        : `https://undocs.org/${id.symbol.replace(" ", "")}`;
    case "doi":
      return `https://doi.org/${id.doi}`;
  }
}

/** The identifier an official address stands for: the inverse of identifierUrl, where one exists. */
export function identifierFromUrl(url: string): SourceIdentifier | undefined {
  const kst =
    /^https:\/\/zoek\.officielebekendmakingen\.nl\/kst-(\d{2})(\d{3})-(\d+|[A-Z]{1,2})\.html$/.exec(
      url,
    );
  if (kst) return { scheme: "kamerstuk", dossier: `${kst[1]} ${kst[2]}`, number: kst[3] ?? "" };
  const celex =
    /^https:\/\/eur-lex\.europa\.eu\/legal-content\/[A-Z]{2}\/TXT\/\?uri=CELEX:([0-9A-Z()]+)$/.exec(
      url,
    );
  if (celex) return { scheme: "celex", celex: celex[1] ?? "" };
  const un = /^https:\/\/undocs\.org\/(.+?)(\((\d{4})\))?$/.exec(url);
  if (un) return { scheme: "unSymbol", symbol: un[2] ? `${un[1]} ${un[2]}` : (un[1] ?? "") };
  const doi = /^https:\/\/doi\.org\/(10\..+)$/.exec(url);
  if (doi) return { scheme: "doi", doi: doi[1] ?? "" };
  return undefined;
}

/** Where a reader finds the source: the identifier's address, else its url. */
export function canonicalUrl(source: Source): string | undefined {
  return (source.identifier && identifierUrl(source.identifier, source.language)) ?? source.url;
}

/** "Kamerstuk 29 521 nr. 291", "CELEX 32013D0034", "S/RES/350 (1974)", "doi:10.7910/…". */
export function identifierLabel(id: SourceIdentifier, lang: UiLang): string {
  switch (id.scheme) {
    case "kamerstuk":
      return `Kamerstuk ${id.dossier} ${lang === "nl" ? "nr." : "no."} ${id.number}`;
    case "celex":
      return `CELEX ${id.celex}`;
    case "unSymbol":
      return id.symbol;
    case "doi":
      return `doi:${id.doi}`;
  }
}

export function kamerstukOf(source: Source): KamerstukRef | undefined {
  return source.identifier?.scheme === "kamerstuk" ? source.identifier : undefined;
}

/**
 * Problems with an ELI beside its CELEX number: both name the act by year and number
 * (32013D0034 ↔ …/dec/2013/34/oj). Undefined when they agree or there is no ELI.
 */
export function eliMismatch(id: SourceIdentifier): string | undefined {
  if (id.scheme !== "celex" || id.eli === undefined) return undefined;
  const celex = id.celex.match(/^[0-9]([0-9]{4})[A-Z]{1,2}([0-9]{4})/);
  const eli = id.eli.match(/\/eli\/[a-z_]+\/([0-9]{4})\/([0-9]+)/);
  if (!celex || !eli) return "unreadable";
  const [, year, number] = celex;
  return year === eli[1] && Number(number) === Number(eli[2]) ? undefined : "differs";
}
