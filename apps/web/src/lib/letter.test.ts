import { bundledDataset, kamerstukOf } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { primarySources } from "./letter";

describe("primarySources", () => {
  it("finds the evaluation and the letter of 20 May 2015 it is an annex of", () => {
    const { annex, letter } = primarySources(bundledDataset());
    expect(annex?.id).toBe("evaluatie-2014");
    expect(letter?.date).toBe("2015-05-20");
    expect(letter && kamerstukOf(letter)).toEqual({
      scheme: "kamerstuk",
      dossier: "29 521",
      number: "291",
    });
  });
});
