import type { Dataset } from "@inzet/data";
import { useEffect, useState } from "react";
import { loadWorkbench } from "../../lib/workbench/load-workbench";

export type Engine = typeof import("../../lib/workbench/engine");
export type Loaded = { engine: Engine; ds: Dataset };

let loading: Promise<Loaded> | undefined;

/** The computation code and its data, fetched once per page load. */
export function loadEngine(): Promise<Loaded> {
  loading ??= Promise.all([import("../../lib/workbench/engine"), loadWorkbench()]).then(
    ([engine, ds]) => ({ engine, ds }),
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts loading the computation once the page has started, never with the page itself: by the
 * time an analyst changes something it is usually there. `failed`: it could not be loaded.
 */
export function useEngine(): { loaded: Loaded | null; failed: boolean } {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (l) => live && setLoaded(l),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { loaded, failed };
}
