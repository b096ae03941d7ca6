// `inzet edition --template`: the YAML file an analyst starts from to add a year's evaluation
// (docs/adding-an-edition.md). The template itself lives in @inzet/data (editionTemplate), so the
// walkthrough test and this command print the same file.
import type { Dataset } from "@inzet/data";
import { editionTemplate } from "@inzet/data";
import { usageError } from "../errors.js";
import type { View } from "../output/view.js";

export type RawEditionOptions = { template?: boolean; year?: string; kamerstuk?: string };

// The evaluations in dossier 29 521 are letters of this century; a year past next is a typo.
const FIRST_YEAR = 2000;

/** The template's text and, when the dataset already has the year, a note saying where to add. */
export function editionTemplateFor(
  ds: Dataset,
  options: RawEditionOptions,
  view: View,
): { text: string; note: string | null } {
  const { t } = view;
  if (options.template !== true) throw usageError(t("error.editionTemplateOnly"));
  const year = (options.year ?? "").trim();
  const kamerstuk = (options.kamerstuk ?? "").trim();
  const lastYear = new Date().getFullYear() + 1;
  if (!/^\d{4}$/.test(year) || Number(year) < FIRST_YEAR || Number(year) > lastYear)
    throw usageError(
      t("error.editionYear", { text: options.year ?? "", from: FIRST_YEAR, to: lastYear }),
    );
  if (!/^\d{1,4}$/.test(kamerstuk) || Number(kamerstuk) === 0)
    throw usageError(t("error.editionKamerstuk", { text: options.kamerstuk ?? "" }));
  const existing = ds.editions.find((e) => e.reportingYear === Number(year));
  return {
    text: editionTemplate({ year: Number(year), kamerstuk: String(Number(kamerstuk)) }),
    note: existing ? t("edition.exists", { year, id: existing.id }) : null,
  };
}
