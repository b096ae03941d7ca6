import type { Scenario } from "@inzet/analysis";
import { useEffect, useRef, useState } from "react";
import type { Locale } from "../../i18n/routing";
import { EMPTY_SCENARIO } from "../../lib/workbench/scenario-edit";
import {
  browserStore,
  readScenarios,
  type SavedScenario,
  withSaved,
  writeScenarios,
} from "../../lib/workbench/storage";
import type { Loaded } from "../workbench/use-engine";

/** The scenario's shared form, in the page's query string: `?s=…`. */
export const SCENARIO_PARAM = "s";

export type ScenarioState = {
  scenario: Scenario;
  setScenario: (s: Scenario) => void;
  saved: SavedScenario[];
  /** Saves the scenario under its name; false when the browser would not keep it. */
  save: () => boolean;
  remove: (name: string) => void;
  /** The scenario in the link opened, where it could not be read. */
  linkProblem: string | null;
  /** The address that opens this scenario. */
  shareUrl: string | null;
};

/**
 * The scenario being edited: opened from the link (`?s=`), else the one kept in local storage;
 * kept there and in the address as it changes, so a reload finds it and the address shares it.
 */
export function useScenario(
  loaded: Loaded | null,
  locale: Locale,
  untitled: string,
): ScenarioState {
  const [scenario, setState] = useState<Scenario>(EMPTY_SCENARIO);
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [started, setStarted] = useState(false);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  // A change made before the code to read the kept scenario arrived wins over it.
  const touched = useRef(false);

  useEffect(() => {
    if (!loaded || started) return;
    const store = browserStore();
    const kept = store ? readScenarios(store) : { current: null, saved: [] };
    setSaved(kept.saved);
    const fromLink = new URLSearchParams(window.location.search).get(SCENARIO_PARAM);
    const code = fromLink ?? kept.current;
    if (code && !touched.current) {
      const read = loaded.engine.decodeScenario(code);
      if (read.ok) setState(read.scenario);
      else if (fromLink) setLinkProblem(read.issues.map((i) => i.message[locale]).join(" "));
    }
    setStarted(true);
  }, [loaded, started, locale]);

  useEffect(() => {
    if (!loaded || !started) return;
    const empty = scenario.operations.length === 0 && scenario.name.trim() === "";
    // A shared scenario needs a name: one without gets the page's word for it.
    const named = { ...scenario, name: scenario.name.trim() || untitled };
    const code = empty ? null : loaded.engine.encodeScenario(named);
    const url = new URL(window.location.href);
    if (code) url.searchParams.set(SCENARIO_PARAM, code);
    else url.searchParams.delete(SCENARIO_PARAM);
    // replaceState: no history entry per change; Next's router follows it.
    if (url.href !== window.location.href) window.history.replaceState(null, "", url.href);
    setShareUrl(code ? url.href : null);
    const store = browserStore();
    if (store) writeScenarios(store, { current: code, saved: readScenarios(store).saved });
  }, [loaded, started, scenario, untitled]);

  const setScenario = (s: Scenario) => {
    touched.current = true;
    setLinkProblem(null);
    setState(s);
  };

  const save = () => {
    const store = browserStore();
    if (!loaded || scenario.name.trim() === "") return false;
    const name = scenario.name.trim();
    const next = withSaved(saved, {
      name,
      code: loaded.engine.encodeScenario({ ...scenario, name }),
    });
    setSaved(next);
    return store !== null && writeScenarios(store, { ...readScenarios(store), saved: next });
  };

  const remove = (name: string) => {
    const next = saved.filter((s) => s.name !== name);
    setSaved(next);
    const store = browserStore();
    if (store) writeScenarios(store, { ...readScenarios(store), saved: next });
  };

  return { scenario, setScenario, saved, save, remove, linkProblem, shareUrl };
}
