import type { UiLang } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { CiteTarget } from "../../lib/cite-files";
import { citeView } from "../../lib/cite-view";
import { dataset } from "../../lib/data";
import { CopyCitation } from "./copy-citation";
import "../../styles/cite.css";

type Props = {
  target: CiteTarget;
  locale: UiLang;
  id: string;
  /** Where several controls share a page: what each cites, for screen readers. */
  subject?: string;
};

/**
 * "Cite": the reference to paste, and BibTeX, RIS and CSL-JSON to download or copy. A
 * <details> and plain links, so it works without script; the copy buttons need it.
 */
export async function CiteControl({ target, locale, id, subject }: Props) {
  const view = citeView(dataset(), target, locale);
  if (!view) return null;
  const t = await getTranslations({ locale, namespace: "Cite" });
  return (
    <details className="cite no-print" id={id}>
      <summary>
        {t("summary")}
        {subject ? <span className="visually-hidden">: {subject}</span> : null}
      </summary>
      <div className="cite-body">
        <p className="cite-label">{t("reference")}</p>
        <p className="cite-reference">{view.reference}</p>
        <p className="cite-label">{t("formats")}</p>
        <ul className="cite-files">
          {view.files.map((f) => (
            <li key={f.format}>
              <a href={f.href} download={f.fileName}>
                {t("download", { format: f.name })}
              </a>
            </li>
          ))}
        </ul>
        <CopyCitation
          files={view.files.map(({ name, href }) => ({ name, href }))}
          labels={{
            copy: t("copy", { format: "{format}" }),
            copied: t("copied", { format: "{format}" }),
            failed: t("failed", { format: "{format}" }),
          }}
        />
      </div>
    </details>
  );
}
