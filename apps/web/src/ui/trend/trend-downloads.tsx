import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";

const FILES = ["mission-counts.csv", "mission-counts.json", "un-monthly.csv", "un-monthly.json"];

/** The page's two series as files, written at build time like the dataset's downloads. */
export async function TrendDownloads({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Trend" });
  return (
    <section aria-labelledby="trend-downloads-heading">
      <h2 id="trend-downloads-heading">{t("downloadsHeading")}</h2>
      <ul className="inline-list">
        {FILES.map((name) => (
          <li key={name}>
            <a href={`/data/${name}`} download={name}>
              {name}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">
        {t("downloadsHint")} <a href={href(locale, "/data")}>{t("allDownloads")}</a>
      </p>
    </section>
  );
}
