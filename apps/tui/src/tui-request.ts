import type { UiLang } from "@inzet/data";

export type TuiRequest = { lang: UiLang; color: boolean };

/**
 * The interactive UI asked for in the simplest ways — `inzet`, `inzet tui`, with `--lang en|nl`
 * and `--no-color` — so cli.ts can open it without loading the command-line parser. Anything
 * else (help, a typo, another command, --data or INZET_DATA) is undefined and goes through the
 * full parser.
 */
export function tuiRequest(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): TuiRequest | undefined {
  // A dataset of the user's own is validated first: that takes the full program.
  if (env.INZET_DATA) return undefined;
  const request: TuiRequest = { lang: "en", color: true };
  let command = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const lang = arg === "--lang" ? argv[++i] : arg?.startsWith("--lang=") ? arg.slice(7) : null;
    if (lang === "en" || lang === "nl") request.lang = lang;
    else if (lang !== null) return undefined;
    else if (arg === "--no-color") request.color = false;
    else if (arg === "tui" && !command) command = true;
    else return undefined;
  }
  return request;
}
