import type { DatasetMeta } from "@inzet/data";

export type Licence = { id: string; url: string; title: string };

// Licences open data commonly uses; any other SPDX id points at its SPDX page.
const KNOWN: Record<string, { url: string; title: string }> = {
  "CC-BY-4.0": {
    url: "https://creativecommons.org/licenses/by/4.0/",
    title: "Creative Commons Attribution 4.0 International",
  },
  "CC-BY-SA-4.0": {
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    title: "Creative Commons Attribution-ShareAlike 4.0 International",
  },
  "CC0-1.0": {
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
    title: "Creative Commons Zero v1.0 Universal",
  },
  "ODbL-1.0": {
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    title: "Open Data Commons Open Database License v1.0",
  },
  "PDDL-1.0": {
    url: "https://opendatacommons.org/licenses/pddl/1-0/",
    title: "Open Data Commons Public Domain Dedication and License v1.0",
  },
};

/** The licence `meta.license` names with its leading SPDX id ("CC-BY-4.0 (data); …"). */
export function licenceOf(meta: DatasetMeta): Licence {
  const id = /^[A-Za-z0-9.+-]+/.exec(meta.license.trim())?.[0] ?? meta.license;
  const known = KNOWN[id];
  return known
    ? { id, ...known }
    : { id, url: `https://spdx.org/licenses/${encodeURIComponent(id)}.html`, title: id };
}
