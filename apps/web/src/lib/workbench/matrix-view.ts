import {
  type ContributionIndicators,
  formatInterval,
  INDICATOR_IDS,
  INDICATORS,
  type Indicator,
  type IndicatorId,
  type Portfolio,
  portfolioIndicators,
} from "@inzet/analysis";
import type { Citation } from "@inzet/data";
import {
  formatBounds,
  formatCitation,
  formatPartialDate,
  formatQuantity,
} from "@inzet/data/queries";
import type { Locale } from "../../i18n/routing";
import type { ConsiderationColumn, MatrixCell, MatrixRow, MatrixView } from "./matrix-types";

// The derived indicators of every contribution as the matrix shows them. Runs on the server for
// the baseline, and in the browser (loaded with import()) when the as-of date changes.

/** The matrix's own words, from messages/*.json ("Workbench.cells"), server and browser alike. */
export type CellWords = (
  key:
    | "years"
    | "km"
    | "status.ended"
    | "status.notStarted"
    | "status.indeterminate"
    | "token.yes"
    | "token.no"
    | "token.indeterminate"
    | "unknown"
    | "asWorded"
    | "noGroup"
    | "nearest"
    | "organisation",
  values?: Record<string, string | number>,
) => string;

const TOKEN_ORDER = { yes: 0, indeterminate: 1, no: 2 } as const;

/** Numbers citations as they are first met; the same reference twice is one number. */
class SourceList {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    private readonly portfolio: Portfolio,
    private readonly lang: Locale,
  ) {}
  numbers(citations: readonly Citation[]): number[] {
    const out = new Set<number>();
    for (const c of citations) {
      const text = formatCitation(this.portfolio.dataset, c, this.lang);
      let n = this.index.get(text);
      if (n === undefined) {
        n = this.texts.push(text);
        this.index.set(text, n);
      }
      out.add(n);
    }
    return [...out].sort((a, b) => a - b);
  }
}

type Shown = { text: string; sort: number | string | null; notes?: string[] };

function show(
  ind: ContributionIndicators,
  id: IndicatorId,
  lang: Locale,
  w: CellWords,
): Shown | null {
  const number = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 0,
  });
  switch (id) {
    case "missionDuration":
    case "participationDuration": {
      const v = ind[id].value;
      if (!v) return null;
      const years = w("years", { n: formatInterval(v.years, { lang, digits: 1 }) });
      const text = v.status === "running" ? years : `${years} · ${w(`status.${v.status}`)}`;
      return { text, sort: v.years.low };
    }
    case "sameGroup":
    case "sameRegion":
    case "sameCountry":
    case "locations": {
      const v = ind[id].value;
      return v === null ? null : { text: number.format(v), sort: v };
    }
    case "headquartersDistance": {
      const v = ind[id].value;
      if (!v) return null;
      const km = (n: number) => w("km", { n: number.format(Math.round(n / 10) * 10) });
      const approx = ind[id].approximate ? "≈ " : "";
      const nearest = w("nearest", { a: km(v.nearestKm), b: km(v.farthestKm), n: v.others });
      return { text: `${approx}${km(v.meanKm)}`, sort: v.meanKm, notes: [nearest] };
    }
    case "framework": {
      const v = ind[id].value;
      if (!v) return null;
      const org = v.organisation ? [w("organisation", { org: v.organisation.name[lang] })] : [];
      return { text: v.label[lang], sort: v.label[lang], notes: org };
    }
    case "personnel": {
      const v = ind[id].value;
      if (!v) return null;
      const worded =
        v.quantity.qualifier === "unknown"
          ? []
          : [w("asWorded", { q: formatQuantity(v.quantity, { lang, style: "words" }) })];
      // Lower bound first, the upper bound breaking ties (an open one is the largest).
      const sort = v.bounds.low + (v.bounds.high === null ? 0.999 : v.bounds.high / 1e6);
      return { text: formatBounds(v.bounds, { lang }), sort, notes: worded };
    }
    case "token": {
      const v = ind[id].value;
      return v ? { text: w(`token.${v.answer}`), sort: TOKEN_ORDER[v.answer] } : null;
    }
  }
}

function cell(
  indicator: Indicator<unknown>,
  shown: Shown | null,
  sources: SourceList,
  lang: Locale,
  w: CellWords,
): MatrixCell {
  const notes = indicator.notes.map((n) => n[lang]);
  return {
    text: shown?.text ?? w("unknown"),
    sort: shown?.sort ?? null,
    unknown: shown ? null : (indicator.unknown?.[lang] ?? w("unknown")),
    notes: [...(shown?.notes ?? []), ...notes],
    approximate: indicator.approximate,
    unverified: indicator.unverified,
    sources: sources.numbers(indicator.citations),
  };
}

function considerations(p: Portfolio, lang: Locale): ConsiderationColumn[] {
  return [...p.dataset.considerations]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({
      id: c.id,
      order: c.order,
      name: c.name[lang],
      indicators: INDICATOR_IDS.filter((id) => INDICATORS[id].consideration === c.order).map(
        (id) => ({
          id,
          name: INDICATORS[id].name[lang],
          definition: INDICATORS[id].definition[lang],
        }),
      ),
    }));
}

/** Every contribution's indicators, grouped under the letter's six considerations. */
export function matrixView(p: Portfolio, lang: Locale, w: CellWords): MatrixView {
  const sources = new SourceList(p, lang);
  const rows = portfolioIndicators(p).map((ind): MatrixRow => {
    const c = ind.contribution;
    const group = c.group === null ? undefined : p.groups.get(c.group);
    const cells = Object.fromEntries(
      INDICATOR_IDS.map((id) => [
        id,
        cell(ind[id] as Indicator<unknown>, show(ind, id, lang, w), sources, lang, w),
      ]),
    ) as Record<IndicatorId, MatrixCell>;
    return {
      id: c.id,
      label: c.label,
      name: c.mission?.name[lang] ?? c.label,
      group: {
        id: c.group,
        name: group?.name[lang] ?? w("noGroup"),
        order: group?.order ?? Number.MAX_SAFE_INTEGER,
      },
      cells,
    };
  });
  return {
    asOf: p.asOf,
    asOfText: formatPartialDate(p.asOf, lang),
    locale: lang,
    considerations: considerations(p, lang),
    rows,
    sources: sources.texts,
  };
}
