import { type SiteLinks, siteLinks } from "@inzet/publish";
import { env } from "../env";

/** The dashboard's absolute addresses (INZET_SITE_URL): metadata and citations link to them. */
export function links(): SiteLinks {
  return siteLinks(env.siteUrl);
}
