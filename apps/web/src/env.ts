// The one module that reads the environment (Biome's `style/noProcessEnv` allows it here only).
// Read once, checked with zod: a wrong value stops the build with a message, not a broken page.
import { isAbsolute, resolve } from "node:path";
import * as z from "zod";

// An empty variable counts as unset, as a shell's `INZET_DATA= pnpm build` means.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const EnvSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  /** A dataset of one's own: a YAML folder, an exported JSON file or a data package folder. */
  INZET_DATA: optional(z.string()),
  /** Where the site will be served: absolute links in the metadata and citations. */
  INZET_SITE_URL: optional(z.url({ protocol: /^https?$/, error: "expected an http(s) URL" })),
  /** Set by `pnpm build:static`: Next's `output: "export"`, a folder of plain files. */
  INZET_STATIC: optional(z.enum(["0", "1"])),
  /** Where pnpm was started: a relative INZET_DATA is read from there, not from apps/web. */
  INIT_CWD: optional(z.string()),
});

export type WebEnv = {
  isDevelopment: boolean;
  /** Absolute path of the dataset of one's own; none for the bundled dataset. */
  dataPath: string | undefined;
  /** Ends in "/". */
  siteUrl: string;
  staticExport: boolean;
};

/** What `pnpm start` serves on: the links' default when INZET_SITE_URL is not set. */
export const DEFAULT_SITE_URL = "http://localhost:3000/";

/** The environment as the web app uses it; throws a readable error for a wrong value. */
export function readEnv(source: Record<string, string | undefined>): WebEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Inzet: the environment is not valid:\n${z.prettifyError(parsed.error)}`);
  }
  const { NODE_ENV, INZET_DATA, INZET_SITE_URL, INZET_STATIC, INIT_CWD } = parsed.data;
  const base = INIT_CWD ?? process.cwd();
  return {
    isDevelopment: NODE_ENV === "development",
    dataPath:
      INZET_DATA === undefined
        ? undefined
        : isAbsolute(INZET_DATA)
          ? INZET_DATA
          : resolve(base, INZET_DATA),
    siteUrl: (INZET_SITE_URL ?? DEFAULT_SITE_URL).replace(/\/?$/, "/"),
    staticExport: INZET_STATIC === "1",
  };
}

export const env: WebEnv = readEnv(process.env);
export const isDevelopment = env.isDevelopment;
