import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../scenario/schema.js";
import { assessmentJsonSchema } from "./schema.js";

describe("the JSON Schemas of the file formats", () => {
  it("describe the assessment file with its parts, and the dataset's citation for evidence", () => {
    const schema = assessmentJsonSchema();
    expect(schema.$id).toBe("urn:inzet:schema:assessment:1");
    expect(Object.keys(schema.$defs as object)).toMatchInlineSnapshot(`
      [
        "Assessment",
        "AssessmentMeta",
        "PartialDate",
        "ScaleLevel",
        "LocalizedText",
        "Rating",
        "Rationale",
        "Citation",
        "OriginalText",
      ]
    `);
  });

  it("describe a scenario and its operations", () => {
    const schema = scenarioJsonSchema();
    expect(Object.keys(schema.$defs as object)).toMatchInlineSnapshot(`
      [
        "Scenario",
        "ScenarioGroup",
        "Operation",
        "Quantity",
        "OriginalText",
      ]
    `);
  });
});
