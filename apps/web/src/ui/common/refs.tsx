import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";

/** Note numbers after a fact, each a link to its source in the page's notes. */
export async function Refs({ refs, locale }: { refs: readonly number[]; locale: Locale }) {
  if (refs.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <sup className="refs">
      {refs.map((n, i) => (
        <span key={n}>
          {i > 0 ? "," : ""}
          <a href={`#note-${n}`} aria-label={t("noteRef", { n })}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}
