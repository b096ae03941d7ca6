import type { Dataset, Mission } from "@inzet/data";
import { getSource, identifierLabel, missionEditions } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";

/** Which of the yearly evaluations in the data treat the mission, each with its letter. */
export async function MissionEditions({
  ds,
  mission,
  locale,
}: {
  ds: Dataset;
  mission: Mission;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Mission.editions" });
  const editions = missionEditions(ds, mission.id);
  return (
    <p className="mission-editions">
      {editions.length === 0 ? t("none") : t("some", { count: editions.length })}{" "}
      {editions.map((e, i) => {
        const letter = getSource(ds, e.letter);
        const paper = letter?.identifier && identifierLabel(letter.identifier, locale);
        return (
          <span key={e.id}>
            {i > 0 ? ", " : ""}
            <a href={href(locale, `/trend#edition-${e.id}`)}>{e.reportingYear}</a>
            {paper ? ` (${paper})` : ""}
          </span>
        );
      })}
      {editions.length > 0 ? "." : null}
    </p>
  );
}
