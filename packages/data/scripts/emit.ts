// After tsc: writes dist/dataset.json. With --schema: writes schema/dataset.schema.json;
// with --schema --check: fails when the committed schema differs from the model.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasetJsonSchema, datasetToJson } from "../src/index.js";
import { PACKAGE_DIR, readDatasetOrExit } from "./read-data.js";

const args = new Set(process.argv.slice(2));
const schemaPath = join(PACKAGE_DIR, "schema", "dataset.schema.json");

if (args.has("--schema")) {
  const schema = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  if (args.has("--check")) {
    let committed = "";
    try {
      committed = readFileSync(schemaPath, "utf8");
    } catch {}
    if (committed !== schema) {
      process.stderr.write(
        "schema/dataset.schema.json is out of date: run `pnpm -F @inzet/data schema` and commit it.\n",
      );
      process.exit(1);
    }
    process.stdout.write("schema/dataset.schema.json is up to date\n");
  } else {
    mkdirSync(join(PACKAGE_DIR, "schema"), { recursive: true });
    writeFileSync(schemaPath, schema);
    process.stdout.write("wrote schema/dataset.schema.json\n");
  }
} else {
  mkdirSync(join(PACKAGE_DIR, "dist"), { recursive: true });
  writeFileSync(join(PACKAGE_DIR, "dist", "dataset.json"), datasetToJson(readDatasetOrExit()));
  process.stdout.write("wrote dist/dataset.json\n");
}
