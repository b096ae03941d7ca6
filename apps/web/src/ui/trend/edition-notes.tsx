import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { EditionRow } from "../../lib/edition-rows";

/** What the data knows of each edition and what it could not see, in the research's words. */
export async function EditionNotes({ rows, locale }: { rows: EditionRow[]; locale: Locale }) {
  const withNotes = rows.filter((r) => r.note);
  if (withNotes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Trend.editions" });
  return (
    <details className="edition-notes">
      <summary>{t("notesSummary")}</summary>
      <dl>
        {withNotes.map((r) => (
          <div key={r.edition.id}>
            <dt>{t("noteTerm", { year: r.edition.reportingYear })}</dt>
            <dd>{r.note}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
