import { bundledDataset, getOrganisation, Organisation, OrganisationId } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { frameworkOf } from "./frameworks.js";

describe("frameworkOf", () => {
  it("gives every organisation of the dataset a framework from the fixed table", () => {
    const ds = bundledDataset();
    const table = Object.fromEntries(ds.organisations.map((o) => [o.id, frameworkOf(o)]));
    expect(table).toEqual({
      un: "un",
      eu: "euCsdp",
      nato: "nato",
      osce: "osce",
      us: "bilateral",
      "cmf-partnership": "coalition",
      "reflecs3-partners": "coalition",
      "nl-bilateral": "bilateral",
    });
    expect(frameworkOf(getOrganisation(ds, OrganisationId.parse("nobody")))).toBeNull();
  });

  it("leaves another intergovernmental organisation unknown rather than guessing", () => {
    const au = Organisation.parse({
      id: "au",
      acronym: { en: "AU", nl: "AU" },
      name: { en: "African Union", nl: "Afrikaanse Unie" },
      kind: "intergovernmental",
    });
    expect(frameworkOf(au)).toBeNull();
  });
});
