// Indicators in words: the detail pane's full sentences and the matrix's short cells.
import { type ContributionIndicators, formatInterval, type IndicatorId } from "@inzet/analysis";
import type { UiLang } from "@inzet/data";
import { formatBounds } from "@inzet/data/queries";
import { textView } from "../lib/view-text.js";

type AnyIndicator = ContributionIndicators[IndicatorId];

/** The indicator's value in full: "12–14 years (running)", "≈ 3,452 km (nearest 1,804 …)". */
export function indicatorValue(i: AnyIndicator, lang: UiLang, threshold: number): string {
  const { t } = textView(lang);
  if (i.value === null) return `${t("common.unknown")}: ${i.unknown?.[lang] ?? ""}`.trim();
  const flags = [
    i.approximate ? t("tui.assess.approximate") : "",
    i.unverified ? t("common.unverified") : "",
  ]
    .filter(Boolean)
    .map((f) => ` (${f})`)
    .join("");
  return `${valueOnly(i, lang, threshold)}${flags}`;
}

function valueOnly(i: AnyIndicator, lang: UiLang, threshold: number): string {
  const { t } = textView(lang);
  const number = (n: number) => formatInterval({ low: n, high: n, approximate: false }, { lang });
  switch (i.id) {
    case "missionDuration":
    case "participationDuration": {
      const v = (i as ContributionIndicators["missionDuration"]).value;
      if (!v) return "";
      return t("tui.assess.years", {
        years: formatInterval(v.years, { lang, digits: 1 }),
        status: t(`tui.assess.status.${v.status}`),
      });
    }
    case "sameGroup":
    case "sameRegion":
    case "sameCountry":
    case "locations":
      return String(i.value);
    case "headquartersDistance": {
      const v = (i as ContributionIndicators["headquartersDistance"]).value;
      if (!v) return "";
      return t("tui.assess.distance", {
        mean: number(Math.round(v.meanKm)),
        nearest: number(Math.round(v.nearestKm)),
        farthest: number(Math.round(v.farthestKm)),
        others: v.others,
      });
    }
    case "framework": {
      const v = (i as ContributionIndicators["framework"]).value;
      if (!v) return "";
      return v.organisation ? `${v.organisation.name[lang]} — ${v.label[lang]}` : v.label[lang];
    }
    case "personnel": {
      const v = (i as ContributionIndicators["personnel"]).value;
      return v ? formatBounds(v.bounds, { lang }) : "";
    }
    case "token": {
      const v = (i as ContributionIndicators["token"]).value;
      return v ? t(`portfolio.isToken.${v.answer}`, { threshold }) : "";
    }
  }
}

/** The matrix cell of consideration `order` (1–6): the indicators that inform it, compactly. */
export function indicatorCell(ci: ContributionIndicators, order: number, lang: UiLang): string {
  const { t } = textView(lang);
  switch (order) {
    case 1: {
      const years = ci.participationDuration.value?.years ?? null;
      return years ? `${formatInterval(years, { lang })} ${t("tui.assess.yearsShort")}` : "?";
    }
    case 2:
      return [ci.sameGroup, ci.sameRegion, ci.sameCountry]
        .map((i) => (i.value === null ? "?" : String(i.value)))
        .join("·");
    case 4:
      return ci.framework.value?.label[lang] ?? "?";
    case 5: {
      const bounds = ci.personnel.value?.bounds;
      const token = ci.token.value?.answer;
      const mark = token === "yes" ? " T" : token === "indeterminate" ? " T?" : "";
      return `${bounds ? formatBounds(bounds, { lang }) : "?"}${mark}`;
    }
    default:
      return "—";
  }
}
