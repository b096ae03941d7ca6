import { useEffect, useState } from "react";
import { loadedWorkbench, loadWorkbench, type Workbench } from "../../load-workbench.js";

export type WorkbenchLoad =
  | { state: "loading" }
  | { state: "ready"; workbench: Workbench }
  | { state: "failed"; reason: string };

/** The workbench views' code, loaded the first time `wanted` is true; until then, loading. */
export function useWorkbench(wanted: boolean): WorkbenchLoad {
  const [load, setLoad] = useState<WorkbenchLoad>(() => {
    const loaded = loadedWorkbench();
    return loaded ? { state: "ready", workbench: loaded } : { state: "loading" };
  });
  useEffect(() => {
    if (!wanted || load.state !== "loading") return;
    let live = true;
    loadWorkbench().then(
      (workbench) => live && setLoad({ state: "ready", workbench }),
      (error: unknown) => live && setLoad({ state: "failed", reason: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [wanted, load.state]);
  return load;
}
