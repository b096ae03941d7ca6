// Writes the JSON Schemas of the assessment and scenario formats to schema/; with --check, fails
// when the committed files differ from the zod schemas.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assessmentJsonSchema, scenarioJsonSchema } from "../src/index.js";

const dir = fileURLToPath(new URL("../schema/", import.meta.url));
const files = {
  "assessment.schema.json": assessmentJsonSchema(),
  "scenario.schema.json": scenarioJsonSchema(),
};
const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(files)) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (!check) {
    writeFileSync(join(dir, name), text);
    process.stdout.write(`wrote schema/${name}\n`);
    continue;
  }
  let committed = "";
  try {
    committed = readFileSync(join(dir, name), "utf8");
  } catch {}
  if (committed === text) process.stdout.write(`schema/${name} is up to date\n`);
  else {
    process.stderr.write(
      `schema/${name} is out of date: run \`pnpm -F @inzet/analysis schema\` and commit it.\n`,
    );
    stale++;
  }
}
if (stale > 0) process.exit(1);
