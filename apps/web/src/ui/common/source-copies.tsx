import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { CopyView } from "../../lib/source-view";

/** Where a source was read, when that was a copy: said to be a copy, beside the reference. */
export async function SourceCopies({
  copies,
  locale,
  notes = false,
}: {
  copies: CopyView[];
  locale: Locale;
  /** Also each copy's note (the sources page; footnotes stay short). */
  notes?: boolean;
}) {
  if (copies.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <p className="source-copies">
      {t("readInCopy", { count: copies.length })}{" "}
      {copies.map((c, i) => (
        <span key={c.url}>
          {i > 0 ? "; " : ""}
          <a href={c.url} rel="noreferrer" className="external">
            {c.label}
          </a>
          {c.accessed ? ` (${t("accessed", { date: c.accessed })})` : ""}
          {notes && c.note ? <span className="fact-note">{c.note}</span> : null}
        </span>
      ))}
    </p>
  );
}
