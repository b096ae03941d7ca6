import { it } from "vitest";
import { runInMemory } from "./test/fake-io.js";
import { syntheticDataset } from "./test/synthetic.js";
import { writeFileSync } from "node:fs";
it("scratch", async () => {
  const ds = syntheticDataset();
  let all = "";
  for (const argv of [["clusters"], ["--lang", "nl", "clusters"], ["list"], ["show", "m1"], ["show", "m10", "--lang", "nl"], ["sources"], ["show", "mision-1"], ["lis"], ["list", "--cluster", "x"], ["list", "--country", "zz"], ["list", "--type", "x"], ["export", "--format", "x"], ["list", "--json", "--csv"], ["--lang", "xx", "list"], ["export", "--table", "figures"]]) {
    const r = await runInMemory(argv, { dataset: () => ds });
    all += `\n$ inzet ${argv.join(" ")}  → ${r.code}\n--stdout--\n${r.stdout}--stderr--\n${r.stderr}`;
  }
  writeFileSync("/tmp/scratch.txt", all);
});
