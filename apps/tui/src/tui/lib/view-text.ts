import type { UiLang } from "@inzet/data";
import { makeView, type View } from "../../output/view.js";

const views = new Map<UiLang, View>();

/** The CLI's view (messages, plain style: Ink does the styling) for reusing its text builders. */
export function textView(lang: UiLang): View {
  let view = views.get(lang);
  if (!view) {
    view = makeView(lang, false);
    views.set(lang, view);
  }
  return view;
}
