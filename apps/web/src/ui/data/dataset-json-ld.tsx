import type { UiLang } from "@inzet/data";
import { jsonLdText, schemaOrgDataset } from "@inzet/publish";
import { dataset } from "../../lib/data";
import { links } from "../../lib/site-links";

/**
 * The dataset as schema.org JSON-LD, for search engines: a data block, not a script, so the
 * page's CSP has nothing to run; jsonLdText escapes "<" so no text can end the element.
 */
export function DatasetJsonLd({ locale }: { locale: UiLang }) {
  const text = jsonLdText(schemaOrgDataset(dataset(), { links: links(), lang: locale }));
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}
