import type { PublisherKind, Source, SourceUsage } from "@inzet/data";
import {
  canonicalUrl,
  formatPartialDate,
  identifierLabel,
  LABELS,
  PUBLISHER_KINDS,
} from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";

/** A copy of a source where it was read: named as a copy, never as the reference. */
export type CopyView = {
  url: string;
  label: string;
  accessed: string | undefined;
  note: string | undefined;
};

/** What a reader needs to judge a source: who published it, its reference, where to read it. */
export type SourceFacts = {
  publisherKind: PublisherKind;
  /** "official primary source", "mirror or aggregator copy", … */
  kindLabel: string;
  /** "Kamerstuk 29 521 nr. 291", "CELEX 32013D0034", "S/RES/350 (1974)", … */
  identifier: string | undefined;
  /** The canonical address (from the identifier where there is one), never a copy's. */
  url: string | undefined;
  copies: CopyView[];
};

/** The host of an address, for naming a copy whose keeper the data does not name. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function sourceFacts(source: Source, locale: Locale): SourceFacts {
  return {
    publisherKind: source.publisherKind,
    kindLabel: LABELS.publisherKind[source.publisherKind][locale],
    identifier: source.identifier && identifierLabel(source.identifier, locale),
    url: canonicalUrl(source),
    copies: (source.accessedVia ?? []).map((c) => ({
      url: c.url,
      label: c.publisher ?? hostOf(c.url),
      accessed: c.accessed && formatPartialDate(c.accessed, locale),
      note: c.note?.[locale],
    })),
  };
}

/** The publisher kinds that occur, in the policy's order, with how many sources each. */
export function kindCounts(
  usage: readonly SourceUsage[],
): { kind: PublisherKind; count: number }[] {
  return PUBLISHER_KINDS.map((kind) => ({
    kind,
    count: usage.filter((u) => u.source.publisherKind === kind).length,
  })).filter((k) => k.count > 0);
}
