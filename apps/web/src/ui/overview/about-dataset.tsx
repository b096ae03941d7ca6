import { formatPartialDate, kamerstukOf } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { primarySources } from "../../lib/letter";

/** What the dataset is: the letter, its date and Kamerstuk number, its annex's chapter. */
export async function AboutDataset({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Overview.about" });
  const { annex, letter } = primarySources(dataset());
  const paper = letter && kamerstukOf(letter);
  return (
    <section className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t("heading")}</h2>
      <p>
        {t("letter", {
          date: letter?.date ? formatPartialDate(letter.date, locale) : "",
          dossier: paper?.dossier ?? "",
          number: paper?.number ?? "",
        })}
      </p>
      <p>{t("annex", { title: annex?.title ?? "" })}</p>
      <p>{t("method")}</p>
      <p className="links">
        {letter?.url ? (
          <a href={letter.url} rel="noreferrer" className="external">
            {t("readLetter")}
          </a>
        ) : null}
        <a href={href(locale, "/sources")}>{t("allSources")}</a>
        <a href={href(locale, "/data")}>{t("getData")}</a>
      </p>
    </section>
  );
}
