// `pnpm -F @inzet/publish cff` writes CITATION.cff at the repository root from the bundled
// dataset's meta; `--check` fails when the file differs (the test does the same).
import { readFileSync, writeFileSync } from "node:fs";
import { bundledDataset } from "@inzet/data";
import { citationCff } from "../src/cff.js";
import { CITATION_CFF_PATH } from "../src/test/paths.js";

const text = citationCff(bundledDataset());
if (process.argv.includes("--check")) {
  const current = readFileSync(CITATION_CFF_PATH, "utf8");
  if (current !== text) {
    process.stderr.write(
      "CITATION.cff differs from the dataset's meta: run pnpm -F @inzet/publish cff\n",
    );
    process.exit(1);
  }
} else {
  writeFileSync(CITATION_CFF_PATH, text);
  process.stdout.write(`wrote ${CITATION_CFF_PATH}\n`);
}
