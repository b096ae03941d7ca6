import { fileURLToPath } from "node:url";

/** CITATION.cff at the repository root. */
export const CITATION_CFF_PATH = fileURLToPath(
  new URL("../../../../CITATION.cff", import.meta.url),
);
