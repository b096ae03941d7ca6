import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fromZodIssues } from "../index.js";

describe("fromZodIssues (exported for formats kept beside the dataset)", () => {
  it("turns zod issues into bilingual issues with a fix, under the given path", () => {
    const schema = z.strictObject({ date: z.string(), rating: z.number() });
    const parsed = schema.safeParse({ date: 2014, extra: true }, { reportInput: true });
    if (parsed.success) throw new Error("expected a failure");
    const issues = fromZodIssues(parsed.error.issues, ["ratings", 2]);
    const at = (...path: (string | number)[]) =>
      issues.find((i) => JSON.stringify(i.path) === JSON.stringify(["ratings", 2, ...path]));
    expect(issues).toHaveLength(3);
    expect(issues.every((i) => i.code === "schema")).toBe(true);
    expect(at("date")?.hint.en).toBe(
      'Put the value in quotes ("2014"): unquoted, YAML reads it as a number.',
    );
    expect(at("rating")?.hint.nl).toBe("Voeg dit verplichte veld toe.");
    expect(at()?.hint.en).toContain("Remove extra");
    expect(at()?.message.nl).not.toBe(at()?.message.en);
  });
});
