// The esbuild plugins tsup.config.ts builds `inzet` with.
import { createRequire, isBuiltin } from "node:module";
import { dirname, sep } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Ink imports React DevTools (a package this program does not ship) only when DEV=true. Kept a
 * dynamic import, so that it fails just then, with Ink's own hint to install it.
 */
export const inkDevtools: Plugin = {
  name: "inzet-ink-devtools",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`)
        ? { path: "react-devtools-core", external: true }
        : undefined,
    );
  },
};

/**
 * The same for the script program, whose own `import()` has no module loader in Node 20 once it
 * runs from a code cache: there, Ink's import goes through the loader's `program.import`
 * (src/script-program.ts).
 */
export const inkDevtoolsInScript: Plugin = {
  name: "inzet-ink-devtools-in-script",
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes(`${sep}ink${sep}`)
        ? { path: "react-devtools-core", namespace: "ink-devtools" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "ink-devtools" }, () => ({
      contents: 'await program.import("react-devtools-core");',
      loader: "js",
    }));
  },
};

/** The launcher's import of the command line stays an import of that file. */
export const programFiles: Plugin = {
  name: "inzet-program-files",
  setup(build) {
    build.onResolve({ filter: /^\.\/cli-main\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * An ES module that gets `it` by `binding` (a statement binding `it`) and exports it as its default
 * and each of the names `module` has now (listed at build time) as its own export.
 */
function reExportByName(binding: string, module: object): string {
  const names = Object.keys(module).filter(
    (name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  return [
    binding,
    "export default it;",
    names.length > 0 ? `export const { ${names.join(", ")} } = it;` : "",
  ].join("\n");
}

/**
 * A script has no `import` statements: an import of a Node built-in becomes a module of its own
 * that requires it and re-exports its names, listed here from this Node's built-in of that name.
 * (A one-line CommonJS module would do, at the price of esbuild copying every property of the
 * built-in for each module importing it, at every start.) `require()` calls stay calls.
 */
export const builtinsByRequire: Plugin = {
  name: "inzet-builtins-by-require",
  setup(build) {
    build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!isBuiltin(args.path)) return undefined;
      return args.namespace === "builtin" || args.kind === "require-call"
        ? { path: args.path, external: true }
        : { path: args.path, namespace: "builtin" };
    });
    build.onLoad({ filter: /.*/, namespace: "builtin" }, async (args) => ({
      contents: reExportByName(
        `const it = require(${JSON.stringify(args.path)});`,
        await import(args.path),
      ),
      loader: "js",
    }));
  },
};

/**
 * An ES module importing a CommonJS one gets a copy of its exports, one getter per property, made
 * at every start: React, imported by ~70 modules (Ink's, @inkjs/ui's, the app's), cost ~2.5 ms of
 * the UI's start. Here each of `packages` is imported through one ES module that re-exports its
 * names, listed from the package itself at build time; `require()` calls stay calls.
 */
export function commonJsByName(packages: readonly string[]): Plugin {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, "\\$&")).join("|")})$`);
  return {
    name: "inzet-commonjs-by-name",
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.kind !== "import-statement" || args.pluginData === "by-name") return undefined;
        const real = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "by-name",
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: "commonjs-by-name" };
      });
      build.onLoad({ filter: /.*/, namespace: "commonjs-by-name" }, (args) => ({
        contents: reExportByName(
          `import it from ${JSON.stringify(args.path)};`,
          createRequire(args.path)(args.path) as object,
        ),
        loader: "js",
        resolveDir: dirname(args.path),
      }));
    },
  };
}
