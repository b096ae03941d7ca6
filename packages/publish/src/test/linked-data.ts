// JSON-LD expansion without the network, to check which RDF properties a document really states.
import { createRequire } from "node:module";

type JsonLd = {
  expand(
    doc: object,
    options: { documentLoader: (url: string) => Promise<unknown> },
  ): Promise<unknown[]>;
};
// A CommonJS library without types of its own.
const jsonld = createRequire(import.meta.url)("jsonld") as JsonLd;

/** Expands `doc`; remote contexts come from `contexts` only, never from the network. */
export async function expand(
  doc: object,
  contexts: Record<string, object> = {},
): Promise<unknown[]> {
  return jsonld.expand(doc, {
    documentLoader: async (url) => {
      const document = contexts[url];
      if (!document) throw new Error(`no network in tests: ${url}`);
      return { contextUrl: null, documentUrl: url, document };
    },
  });
}

/** Every property IRI used anywhere in an expanded document. */
export function propertyIris(expanded: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("@")) found.add(key);
      walk(value);
    }
  };
  walk(expanded);
  return found;
}

/** How many non-keyword keys a compact document has, at any depth (the @context aside). */
export function compactKeyCount(doc: unknown): number {
  if (Array.isArray(doc)) return doc.reduce((n: number, d) => n + compactKeyCount(d), 0);
  if (typeof doc !== "object" || doc === null) return 0;
  return Object.entries(doc).reduce(
    (n, [k, v]) => (k === "@context" ? n : n + (k.startsWith("@") ? 0 : 1) + compactKeyCount(v)),
    0,
  );
}

/** The same count over an expanded document: equal only if expansion dropped no key. */
export function expandedKeyCount(doc: unknown): number {
  if (Array.isArray(doc)) return doc.reduce((n: number, d) => n + expandedKeyCount(d), 0);
  if (typeof doc !== "object" || doc === null) return 0;
  return Object.entries(doc).reduce(
    (n, [k, v]) => n + (k.startsWith("@") ? 0 : 1) + expandedKeyCount(v),
    0,
  );
}
