import { useEffect, useState } from "react";
import type { Locale } from "../../i18n/routing";
import type { CheckedAssessment, IssueView } from "../../lib/workbench/engine";
import {
  browserStore,
  clearAssessment,
  MAX_ASSESSMENT_BYTES,
  readAssessment,
  type StoredAssessment,
  writeAssessment,
} from "../../lib/workbench/storage";
import { type Loaded, loadEngine } from "./use-engine";

/** Why a file just picked or dropped was not loaded. */
export type LoadProblem =
  | { kind: "tooLarge"; file: string }
  | { kind: "unreadable"; file: string }
  | { kind: "issues"; file: string; issues: IssueView[] };

export type AssessmentState = {
  /** The assessment kept in local storage, checked against the dataset (null: none kept). */
  current: { stored: StoredAssessment; checked: CheckedAssessment } | null;
  problem: LoadProblem | null;
  /** False when the browser would not keep the last file loaded (it is used for this visit). */
  kept: boolean;
  busy: boolean;
  load: (file: File) => Promise<void>;
  clear: () => void;
};

/**
 * The analyst's assessment file: read in the browser, checked against the dataset, kept in local
 * storage, never sent anywhere. Both workbench pages share what is kept.
 */
export function useAssessment(
  loaded: Loaded | null,
  contributions: readonly string[],
  locale: Locale,
): AssessmentState {
  const [stored, setStored] = useState<StoredAssessment | null>(null);
  const [checked, setChecked] = useState<CheckedAssessment | null>(null);
  const [problem, setProblem] = useState<LoadProblem | null>(null);
  const [kept, setKept] = useState(true);
  const [busy, setBusy] = useState(false);

  // Read after the page has started: the server has no storage, and the first render must match.
  useEffect(() => {
    const store = browserStore();
    setStored(store ? readAssessment(store) : null);
  }, []);

  useEffect(() => {
    if (!loaded || !stored) return;
    setChecked(loaded.engine.checkAssessment(stored, loaded.ds, contributions, locale));
  }, [loaded, stored, contributions, locale]);

  async function load(file: File) {
    setProblem(null);
    if (file.size > MAX_ASSESSMENT_BYTES) return setProblem({ kind: "tooLarge", file: file.name });
    setBusy(true);
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setProblem({ kind: "unreadable", file: file.name });
      }
      const { engine, ds } = await loadEngine();
      const next = { file: file.name, text, savedAt: new Date().toISOString() };
      const result = engine.checkAssessment(next, ds, contributions, locale);
      if (!result.ok) return setProblem({ kind: "issues", file: file.name, issues: result.issues });
      const store = browserStore();
      setKept(store !== null && writeAssessment(store, next));
      setStored(next);
      setChecked(result);
    } finally {
      setBusy(false);
    }
  }

  function clear() {
    const store = browserStore();
    if (store) clearAssessment(store);
    setStored(null);
    setChecked(null);
    setProblem(null);
    setKept(true);
  }

  const current = stored && checked ? { stored, checked } : null;
  return { current, problem, kept, busy, load, clear };
}
