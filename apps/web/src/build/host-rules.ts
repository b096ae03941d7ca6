// Reads the `_headers` and `_redirects` files of the static export the way Cloudflare Pages and
// Netlify do, so that a small file server (e2e/headers-server.ts) can serve the export with the
// headers a deployment sends: the tests then check the generated files themselves, not a copy.
// Pure: text in, rules out.

export type HeaderRule = { pattern: string; headers: [name: string, value: string][] };
export type RedirectRule = { from: string; to: string; status: number };

/** A rule path with `*` (anything) and `:name` (one segment) → a whole-path RegExp. */
export function pathPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === "*") return "(?<splat>.*)";
      if (part.startsWith(":")) return `(?<${part.slice(1)}>[^/]+)`;
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** `_headers`: a path on its own line, then its headers indented as `Name: value`. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) {
      throw new Error(`_headers line ${index + 1}: a header outside a path, or without a colon.`);
    }
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * Every rule that matches the path, combined: a header set by several rules gets their values
 * joined by ", ", as both hosts do (for a policy that would mean two policies, both enforced).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!pathPattern(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}

/** `_redirects`: `from to [status]` per line, 302 when no status is given. */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split("\n")
    .map((line, index) => ({ parts: line.trim().split(/\s+/), index }))
    .filter(({ parts }) => parts[0] !== "" && !parts[0]?.startsWith("#"))
    .map(({ parts, index }) => {
      const [from, to, status = "302"] = parts;
      if (!from || !to || !/^\d{3}!?$/.test(status)) {
        throw new Error(`_redirects line ${index + 1}: expected "from to [status]".`);
      }
      return { from, to, status: Number.parseInt(status, 10) };
    });
}

/** The first rule that matches the path, its target with `:splat` and placeholders filled in. */
export function redirectFor(
  rules: readonly RedirectRule[],
  path: string,
): { to: string; status: number } | undefined {
  for (const rule of rules) {
    const match = pathPattern(rule.from).exec(path);
    if (!match) continue;
    const to = rule.to.replace(/:([A-Za-z]\w*)/g, (all, name: string) =>
      name in (match.groups ?? {}) ? (match.groups?.[name] ?? "") : all,
    );
    return { to, status: rule.status };
  }
  return undefined;
}
