import type { UiLang } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { CiteTarget } from "../../lib/cite-files";
import { citeView } from "../../lib/cite-view";
import { dataset } from "../../lib/data";
import { CiteFiles } from "./cite-files";
import "../../styles/cite.css";

type Props = {
  target: CiteTarget;
  locale: UiLang;
  id: string;
  /**
   * Where many controls share a page (a source in the list of 200): the id of the element that
   * names what each cites, and no reference text, since the entry itself is the reference.
   */
  compactFor?: string;
};

/**
 * "Cite": the reference to paste, and BibTeX, RIS and CSL-JSON to download or copy. A
 * <details> and plain links, so it works without script; the copy buttons need it.
 */
export async function CiteControl({ target, locale, id, compactFor }: Props) {
  const view = citeView(dataset(), target, locale, { withReference: !compactFor });
  if (!view) return null;
  const t = await getTranslations({ locale, namespace: "Cite" });
  return (
    <details className="cite no-print" id={id}>
      <summary
        id={`${id}-summary`}
        aria-labelledby={compactFor ? `${id}-summary ${compactFor}` : undefined}
      >
        {t("summary")}
      </summary>
      {view.reference === undefined ? null : (
        <>
          <p className="cite-label">{t("reference")}</p>
          <p className="cite-reference">{view.reference}</p>
          <p className="cite-label">{t("formats")}</p>
        </>
      )}
      <CiteFiles
        stem={view.stem}
        fileStem={view.fileStem}
        labels={{
          download: t("download", { format: "{format}" }),
          copy: t("copy", { format: "{format}" }),
          copied: t("copied", { format: "{format}" }),
          failed: t("failed", { format: "{format}" }),
        }}
      />
    </details>
  );
}
