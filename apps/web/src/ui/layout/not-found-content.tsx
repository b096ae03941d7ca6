import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("text")}</p>
      <ul>
        <li>
          <a href={href(locale, "/missions")}>{t("missions")}</a>
        </li>
        <li>
          <a href={href(locale)}>{t("home")}</a>
        </li>
      </ul>
    </>
  );
}
