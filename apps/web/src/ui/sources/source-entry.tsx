import { getSource, type SourceUsage } from "@inzet/data";
import { formatPartialDate } from "@inzet/data/queries";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { languageName } from "../../lib/language-name";
import { sourceFacts } from "../../lib/source-view";
import { CiteControl } from "../cite/cite-control";
import { MissionLinks } from "../common/mission-links";
import { SourceCopies } from "../common/source-copies";

/**
 * One source: who published it, what it is, its reference and canonical address, the copies it was
 * read in, and everything in the dataset that rests on it. Its class names its publisher kind, for
 * the page's filter (sources.css).
 */
export async function SourceEntry({ usage, locale }: { usage: SourceUsage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Sources" });
  const ds = dataset();
  const s = usage.source;
  const parent = s.partOf ? getSource(ds, s.partOf) : undefined;
  const missionLinks = usage.missions
    .map((id) => ds.missions.find((m) => m.id === id))
    .filter((m) => m !== undefined);
  const clusters = usage.clusters
    .map((id) => ds.clusters.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  const facts = sourceFacts(s, locale);
  const url = facts.url;
  const details = [
    t(`kinds.${s.kind}`),
    s.publisher,
    s.date ? formatPartialDate(s.date, locale) : undefined,
    languageName(s.language, locale),
    facts.identifier,
  ].filter(Boolean);
  const nothing =
    usage.missions.length +
      usage.figures.length +
      usage.clusters.length +
      usage.statements.length ===
    0;
  return (
    <li id={`source-${s.id}`} className={`source kind-${s.publisherKind}`} tabIndex={-1}>
      <p className="source-title">
        <cite lang={s.language} id={`source-title-${s.id}`}>
          {s.title}
        </cite>
        {s.titleEn && locale === "en" && s.language !== "en" ? (
          <span className="muted"> ({s.titleEn})</span>
        ) : null}
      </p>
      <p className="source-meta">
        <span className="source-kind">{facts.kindLabel}</span> · {details.join(" · ")}
      </p>
      {parent ? (
        <p className="source-meta">
          {t("partOf")} <a href={`#source-${parent.id}`}>{parent.title}</a>
        </p>
      ) : null}
      {url ? (
        <p className="source-url">
          <a href={url} rel="noreferrer" className="external">
            {url}
          </a>
        </p>
      ) : null}
      <SourceCopies copies={facts.copies} locale={locale} notes />
      {s.note ? <p className="fact-note">{s.note[locale]}</p> : null}
      <p className="cited-by">
        <span className="cited-by-label">{t("citedBy")}</span>{" "}
        {nothing ? t("citedByNothing") : null}
        <MissionLinks missions={missionLinks} locale={locale} inline />
        {clusters.length > 0 ? (
          <span>
            {missionLinks.length > 0 ? "; " : ""}
            {t("groups")}{" "}
            {clusters.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ", " : ""}
                <Link prefetch={false} href={href(locale, `/clusters/${c.id}`)}>
                  {c.name[locale]}
                </Link>
              </span>
            ))}
          </span>
        ) : null}
        {usage.figures.length > 0 ? (
          <span>; {t("figures", { count: usage.figures.length })}</span>
        ) : null}
        {usage.statements.length > 0 ? (
          <span>; {t("statements", { count: usage.statements.length })}</span>
        ) : null}
      </p>
      <CiteControl
        target={{ kind: "source", id: s.id }}
        locale={locale}
        id={`cite-${s.id}`}
        compactFor={`source-title-${s.id}`}
      />
    </li>
  );
}
