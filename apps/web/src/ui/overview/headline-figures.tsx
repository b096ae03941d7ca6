import { clustersTotal, formatBounds } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { evaluationMissions } from "../../lib/evaluation";

/** Key numbers, each as the data allows: the personnel total is an interval, never "70". */
export async function HeadlineFigures({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Overview.headline" });
  const ds = dataset();
  const total = clustersTotal(ds);
  // The letter's missions: the data's others (outside its groups) are listed apart.
  const missions = evaluationMissions(ds);
  const countries = new Set(missions.flatMap((m) => m.area.value.countries)).size;
  const groups = ds.clusters.filter((c) => c.relation === "group").length;
  const stats = [
    {
      value: formatBounds(total, { lang: locale }),
      label: t("personnel", { words: formatBounds(total, { lang: locale, style: "words" }) }),
      note: t("personnelNote"),
    },
    { value: String(missions.length), label: t("missions"), note: undefined },
    {
      value: String(ds.clusters.length),
      label: t("groups", { groups, additions: ds.clusters.length - groups }),
      note: undefined,
    },
    { value: String(countries), label: t("countries"), note: undefined },
    { value: String(ds.sources.length), label: t("sources"), note: undefined },
  ];
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t("heading")}</h2>
      <ul className="stats">
        {stats.map((s) => (
          <li key={s.label} className="stat">
            <span className="stat-value">{s.value}</span>
            <span className="stat-label">{s.label}</span>
            {s.note ? <span className="stat-note">{s.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
