import type { PublisherKind } from "@inzet/data";
import { LABELS } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";

/**
 * Filters the source list by publisher kind with links alone, no script: each link targets a
 * status line (`#kind-official`), and while one is the URL's target, sources.css shows only the
 * sources of that kind. The links are shareable and work with the back button.
 */
export async function KindFilter({
  kinds,
  total,
  listId,
  locale,
}: {
  kinds: { kind: PublisherKind; count: number }[];
  total: number;
  /** The list's heading id: "all kinds" goes back to it. */
  listId: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Sources.filter" });
  const label = (kind: PublisherKind) => LABELS.publisherKind[kind][locale];
  return (
    <>
      <nav aria-labelledby="kind-filter-label" className="kind-filter">
        <p id="kind-filter-label">{t("label")}</p>
        <ul className="inline-list">
          <li>
            <a href={`#${listId}`}>{t("all", { count: total })}</a>
          </li>
          {kinds.map(({ kind, count }) => (
            <li key={kind}>
              <a href={`#kind-${kind}`}>{t("kind", { kind: label(kind), count })}</a>
            </li>
          ))}
        </ul>
      </nav>
      {kinds.map(({ kind, count }) => (
        <p key={kind} id={`kind-${kind}`} className="kind-status" tabIndex={-1}>
          {t("showing", { kind: label(kind), count, total })}{" "}
          <a href={`#${listId}`}>{t("showAll")}</a>
        </p>
      ))}
    </>
  );
}
