import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_KEY,
  clearAssessment,
  type KeyValueStore,
  MAX_SAVED_SCENARIOS,
  readAssessment,
  readScenarios,
  SCENARIOS_KEY,
  withSaved,
  writeAssessment,
  writeScenarios,
} from "./storage";

function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

const fullStore: KeyValueStore = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException("quota", "QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("blocked");
  },
};

describe("assessment storage", () => {
  const a = { file: "mine.yaml", text: "meta: {}\n", savedAt: "2026-12-03T10:00:00.000Z" };

  it("keeps the file's name and text, and clears them", () => {
    const store = memoryStore();
    expect(readAssessment(store)).toBeNull();
    expect(writeAssessment(store, a)).toBe(true);
    expect(readAssessment(store)).toEqual(a);
    clearAssessment(store);
    expect(readAssessment(store)).toBeNull();
  });

  it("reads nothing from a damaged or foreign entry", () => {
    for (const text of ["{", "null", "[]", '{"file":1,"text":"","savedAt":""}'])
      expect(readAssessment(memoryStore({ [ASSESSMENT_KEY]: text }))).toBeNull();
  });

  it("says so when the browser refuses to store, and never throws", () => {
    expect(writeAssessment(fullStore, a)).toBe(false);
    expect(() => clearAssessment(fullStore)).not.toThrow();
  });
});

describe("scenario storage", () => {
  it("keeps the current scenario and the saved ones", () => {
    const store = memoryStore();
    expect(readScenarios(store)).toEqual({ current: null, saved: [] });
    const kept = { current: "abc", saved: [{ name: "Mine", code: "xyz" }] };
    expect(writeScenarios(store, kept)).toBe(true);
    expect(readScenarios(store)).toEqual(kept);
  });

  it("leaves out what it cannot read", () => {
    const store = memoryStore({
      [SCENARIOS_KEY]: JSON.stringify({
        current: 3,
        saved: [{ name: "a", code: "b" }, { name: 1 }, "x"],
      }),
    });
    expect(readScenarios(store)).toEqual({ current: null, saved: [{ name: "a", code: "b" }] });
    expect(readScenarios(memoryStore({ [SCENARIOS_KEY]: "not json" }))).toEqual({
      current: null,
      saved: [],
    });
  });

  it("saves under a name, replacing one of the same name, newest first, up to a limit", () => {
    let saved = withSaved([], { name: "A", code: "1" });
    saved = withSaved(saved, { name: "B", code: "2" });
    saved = withSaved(saved, { name: "A", code: "3" });
    expect(saved).toEqual([
      { name: "A", code: "3" },
      { name: "B", code: "2" },
    ]);
    for (let i = 0; i < MAX_SAVED_SCENARIOS + 5; i++)
      saved = withSaved(saved, { name: `${i}`, code: "" });
    expect(saved).toHaveLength(MAX_SAVED_SCENARIOS);
  });

  it("says so when the browser refuses to store", () => {
    expect(writeScenarios(fullStore, { current: "a", saved: [] })).toBe(false);
  });
});
