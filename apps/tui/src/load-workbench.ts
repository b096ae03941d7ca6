// The code of the Assessment, Portfolio and Trend views (@inzet/analysis and what it needs) is a
// file of its own (tsup.config.ts), loaded when one of them is first opened: the UI's first frame
// never waits for it. At the root of src, like load-tui.ts, so the path is the same in dist/.
export type Workbench = typeof import("./workbench-main.js");

let loaded: Workbench | undefined;
let loading: Promise<Workbench> | undefined;

/** The views' code if it has been loaded. */
export const loadedWorkbench = (): Workbench | undefined => loaded;

export function loadWorkbench(): Promise<Workbench> {
  loading ??= import("./workbench-main.js").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}
