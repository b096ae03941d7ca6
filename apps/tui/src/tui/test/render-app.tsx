import type { Dataset, UiLang } from "@inzet/data";
import { bundledDataset } from "@inzet/data/queries";
import { render } from "ink-testing-library";
import type { LoadedAssessment } from "../../io.js";
import { App } from "../app.js";
import type { ViewId } from "../lib/state.js";

export const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  pageDown: "\u001B[6~",
  ctrlC: "\u0003",
} as const;

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the app on ink-testing-library's fake terminal (100 columns; rows as given). */
export async function renderApp(
  options: {
    dataset?: Dataset;
    lang?: UiLang;
    view?: ViewId;
    rows?: number;
    columns?: number;
    assessment?: LoadedAssessment;
  } = {},
) {
  const instance = render(
    <App
      dataset={options.dataset ?? bundledDataset()}
      lang={options.lang ?? "en"}
      view={options.view}
      {...(options.assessment ? { assessment: options.assessment } : {})}
    />,
  );
  const { stdout, stdin } = instance;
  const frame = () => instance.lastFrame() ?? "";
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(stdout, "columns", { value: columns, configurable: true });
    Object.defineProperty(stdout, "rows", { value: rows, configurable: true });
    stdout.emit("resize");
  };
  // ink-testing-library's terminal has no rows, and Ink 8 would ask `tput` at every frame.
  resize(options.columns ?? 100, options.rows ?? 24);
  /** The first frame for which `test` holds; fails with the last frame after `timeout` ms. */
  const waitFor = async (test: (frame: string) => boolean, timeout = 3000) => {
    const start = Date.now();
    while (!test(frame())) {
      if (Date.now() - start > timeout)
        throw new Error(`no matching frame in ${timeout} ms; last frame:\n${frame()}`);
      await tick();
    }
    return frame();
  };
  const waitForText = (text: string) => waitFor((f) => f.includes(text));
  /**
   * Sends keys one at a time, as a person types them: after each, waits until no frame has come
   * for 40 ms, so a menu or box the key opened has rendered and listens for the next key.
   */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      stdin.write(key);
      let seen = -1;
      for (let waited = 0; seen !== instance.frames.length && waited < 2000; waited += 40) {
        seen = instance.frames.length;
        await tick(40);
      }
    }
  };
  /** The app has unmounted: Ink and the app let go of the streams. */
  const exited = () =>
    stdin.listenerCount("readable") === 0 && stdout.listenerCount("resize") === 0;
  await waitFor((f) => f !== "");
  await tick(20);
  return { ...instance, frame, resize, waitFor, waitForText, press, exited };
}
