import {
  clusterOf,
  countryName,
  type Dataset,
  formatQuantity,
  getOrganisation,
  LABELS,
  type MissionType,
  type Qualifier,
  quantityBounds,
} from "@inzet/data";
import { formatPartialDate } from "@inzet/data/queries";
import type { Locale } from "../i18n/routing";
import { yearFigureOf } from "./evaluation";

export type RowFigure = {
  /** As the table shows it: "≈ 10", "> 40", "unknown". */
  text: string;
  /** In words: "about 10", "ruim 40". */
  words: string;
  qualifier: Qualifier;
  low: number;
  high: number | null;
};

/** One line of the missions table, labels already in the page's language. */
export type MissionRow = {
  id: string;
  acronym: string;
  name: string;
  organisation: { id: string; label: string };
  types: { id: MissionType; label: string }[];
  cluster: { id: string; label: string; order: number } | undefined;
  countries: { code: string; name: string }[];
  since: string | undefined;
  sinceLabel: string | undefined;
  dutchSince: string | undefined;
  dutchSinceLabel: string | undefined;
  figure: RowFigure | undefined;
  /** Position in the letter: its group order, then the order it names the missions in. */
  order: number;
};

export function missionRows(ds: Dataset, locale: Locale): MissionRow[] {
  return ds.missions.map((m) => {
    const cluster = clusterOf(ds, m.id);
    const figure = yearFigureOf(ds, m.id);
    const bounds = figure && quantityBounds(figure.quantity);
    const org = getOrganisation(ds, m.organisation);
    return {
      id: m.id,
      acronym: m.acronym,
      name: m.name[locale],
      organisation: { id: m.organisation, label: org?.acronym[locale] ?? m.organisation },
      types: m.types.value.map((t) => ({ id: t, label: LABELS.missionType[t][locale] })),
      cluster: cluster && { id: cluster.id, label: cluster.name[locale], order: cluster.order },
      countries: m.area.value.countries.map((code) => ({ code, name: countryName(code, locale) })),
      since: m.start?.value,
      sinceLabel: m.start && formatPartialDate(m.start.value, locale, "short"),
      dutchSince: m.netherlands.start?.value,
      dutchSinceLabel:
        m.netherlands.start && formatPartialDate(m.netherlands.start.value, locale, "short"),
      figure: figure &&
        bounds && {
          text: formatQuantity(figure.quantity, { lang: locale }),
          words: formatQuantity(figure.quantity, { lang: locale, style: "words" }),
          qualifier: figure.quantity.qualifier,
          low: bounds.low,
          high: bounds.high,
        },
      order: (cluster?.order ?? 99) * 100 + (cluster?.missions.indexOf(m.id) ?? 0),
    };
  });
}
