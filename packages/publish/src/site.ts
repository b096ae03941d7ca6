// Where things are on the published site: the dashboard's pages and the data downloads. The web
// app serves these paths; a site laid out otherwise passes its own links.
import type { UiLang } from "@inzet/data";

export type SiteLinks = {
  /** The dashboard's home page in a language. */
  home: (lang: UiLang) => string;
  mission: (id: string, lang: UiLang) => string;
  cluster: (id: string, lang: UiLang) => string;
  /** The folder the downloads are in (ends in "/"). */
  data: string;
};

const slash = (url: string) => url.replace(/\/?$/, "/");

/** The links of the dashboard at `siteUrl`: /en, /en/missions/ID, /data/…. */
export function siteLinks(siteUrl: string): SiteLinks {
  const base = slash(siteUrl);
  return {
    home: (lang) => `${base}${lang}`,
    mission: (id, lang) => `${base}${lang}/missions/${id}`,
    cluster: (id, lang) => `${base}${lang}/clusters/${id}`,
    data: `${base}data/`,
  };
}

/** The downloads, relative to the data folder; the data package keeps to a folder of its own. */
export const DOWNLOADS = {
  json: "inzet.json",
  schema: "schema.json",
  dataPackageFolder: "datapackage/",
  dataPackage: "datapackage/datapackage.json",
  /** The DCAT-AP description itself, for portals to harvest (not one of the distributions). */
  dcat: "dcat.jsonld",
} as const;
