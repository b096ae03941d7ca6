import { formatPartialDate } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { primarySources } from "../../lib/letter";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout.footer" });
  const ds = dataset();
  const { letter } = primarySources(ds);
  return (
    <footer className="site-footer">
      <p>
        {t("data", {
          title: ds.meta.title[locale],
          version: ds.meta.version,
          date: letter?.date ? formatPartialDate(letter.date, locale) : "",
        })}
      </p>
      <p>{t("principle")}</p>
      <p>
        {t("licence", { license: ds.meta.license })} ·{" "}
        <a href={href(locale, "/data")}>{t("download")}</a>
      </p>
    </footer>
  );
}
