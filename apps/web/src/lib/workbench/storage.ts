// What the workbench keeps in the browser's local storage: the analyst's assessment file (as
// its text, checked again each time it is read) and the scenarios (as their shared codes). Never
// sent anywhere. No zod here: this runs as the pages start, and the codes and the file are
// validated by the code that reads them (decodeScenario, loadAssessment), loaded later.

/** The part of the Web Storage API used here, so tests can pass a Map-backed one. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const ASSESSMENT_KEY = "inzet:assessment:v1";
export const SCENARIOS_KEY = "inzet:scenarios:v1";

/** Larger assessment files are refused before they are read: local storage holds ~5 MB. */
export const MAX_ASSESSMENT_BYTES = 1_000_000;
export const MAX_SAVED_SCENARIOS = 20;

export type StoredAssessment = { file: string; text: string; savedAt: string };
export type SavedScenario = { name: string; code: string };
export type StoredScenarios = { current: string | null; saved: SavedScenario[] };

const EMPTY_SCENARIOS: StoredScenarios = { current: null, saved: [] };

/** The browser's local storage, or null where it is switched off or the page has none. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // a browser that blocks storage throws on access
  }
}

function readJson(store: KeyValueStore, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or switched off). */
function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function readAssessment(store: KeyValueStore): StoredAssessment | null {
  const v = readJson(store, ASSESSMENT_KEY);
  if (!isRecord(v)) return null;
  const { file, text, savedAt } = v;
  if (typeof file !== "string" || typeof text !== "string" || typeof savedAt !== "string")
    return null;
  return { file, text, savedAt };
}

export function writeAssessment(store: KeyValueStore, a: StoredAssessment): boolean {
  return writeJson(store, ASSESSMENT_KEY, a);
}

export function clearAssessment(store: KeyValueStore): void {
  try {
    store.removeItem(ASSESSMENT_KEY);
  } catch {
    // nothing kept, nothing to clear
  }
}

const isSaved = (v: unknown): v is SavedScenario =>
  isRecord(v) && typeof v.name === "string" && typeof v.code === "string";

/** The kept scenarios; anything unreadable is left out rather than failing the page. */
export function readScenarios(store: KeyValueStore): StoredScenarios {
  const v = readJson(store, SCENARIOS_KEY);
  if (!isRecord(v)) return EMPTY_SCENARIOS;
  return {
    current: typeof v.current === "string" ? v.current : null,
    saved: Array.isArray(v.saved) ? v.saved.filter(isSaved).slice(0, MAX_SAVED_SCENARIOS) : [],
  };
}

export function writeScenarios(store: KeyValueStore, s: StoredScenarios): boolean {
  return writeJson(store, SCENARIOS_KEY, s);
}

/** Saves a scenario under its name: one of the same name is replaced, the newest comes first. */
export function withSaved(saved: readonly SavedScenario[], entry: SavedScenario): SavedScenario[] {
  return [entry, ...saved.filter((s) => s.name !== entry.name)].slice(0, MAX_SAVED_SCENARIOS);
}
