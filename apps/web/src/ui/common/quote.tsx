import type { OriginalText } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { languageName } from "../../lib/language-name";

/** The source's words in their language, then the working translation, each labelled. */
export async function Quote({
  quote,
  translation,
  locale,
}: {
  quote: OriginalText;
  translation?: OriginalText | undefined;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <div className="quote">
      <p className="quote-label">{t("original", { language: languageName(quote.lang, locale) })}</p>
      <blockquote lang={quote.lang}>
        <p>{quote.text}</p>
      </blockquote>
      {translation ? (
        <>
          <p className="quote-label">
            {t("translation", { language: languageName(translation.lang, locale) })}
          </p>
          <p className="translation" lang={translation.lang}>
            {translation.text}
          </p>
        </>
      ) : null}
    </div>
  );
}
