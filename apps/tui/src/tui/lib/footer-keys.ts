import type { Translate } from "../../i18n/messages.js";
import type { TuiState } from "./state.js";

/** The keys line, dropping the least needed keys until it fits; help and quit always stay. */
export function footerKeys(state: TuiState, t: Translate, width: number): string {
  if (state.overlay === "search") return t("tui.keys.search");
  if (state.overlay === "filter") return t("tui.keys.filter");
  if (state.overlay === "help") return t("tui.help.close");
  if (state.view === "portfolio") return fitKeys(portfolioKeys(state, t), width);
  return fitKeys(browseKeys(state, t), width);
}

/** A key and what it does, with its rank: the least needed go first when the line is short. */
type Entry = [order: number, text: string];

function portfolioKeys(state: TuiState, t: Translate): Entry[] {
  return [
    [8, `? ${t("tui.key.help")}`],
    [9, `q ${t("tui.key.quit")}`],
    [1, state.detail ? `Esc ${t("tui.key.back")}` : `␣ ${t("tui.key.toggle")}`],
    [2, `t ${t(state.preset ? "tui.key.presetOff" : "tui.key.preset")}`],
    [0, `↑↓ ${state.detail ? t("tui.key.scroll") : t("tui.key.move")}`],
    [4, `Tab ${t("tui.key.views")}`],
    [3, state.detail ? `/ ${t("tui.key.search")}` : `⏎ ${t("tui.key.open")}`],
    [5, `l ${t("tui.key.lang")}`],
    [6, `y ${t("tui.key.copy")}`],
  ];
}

function browseKeys(state: TuiState, t: Translate): Entry[] {
  return [
    [8, `? ${t("tui.key.help")}`],
    [9, `q ${t("tui.key.quit")}`],
    [1, `/ ${t("tui.key.search")}`],
    [2, state.detail ? `Esc ${t("tui.key.back")}` : `⏎ ${t("tui.key.open")}`],
    [5, `l ${t("tui.key.lang")}`],
    [0, `↑↓ ${state.detail ? t("tui.key.scroll") : t("tui.key.move")}`],
    [4, `Tab ${t("tui.key.views")}`],
    [3, `f ${t("tui.key.filter")}`],
    [6, `y ${t("tui.key.copy")}`],
  ];
}

/** As many entries as fit, in reading order; help and quit always stay. */
function fitKeys(entries: Entry[], width: number): string {
  for (let n = entries.length; n > 2; n--) {
    const line = entries
      .slice(0, n)
      .sort((a, b) => a[0] - b[0])
      .map(([, text]) => text)
      .join("  ");
    if ([...line].length <= width) return line;
  }
  return entries
    .slice(0, 2)
    .map(([, text]) => text)
    .join("  ");
}
