/**
 * Import boundaries: the layer order of ../shared/STYLE.md ("Layout and which way imports point").
 * `npm run lint` runs this with `depcruise src channels ingest evals`; any violation fails CI.
 * Type-only imports count too (a type import is still a dependency on that layer).
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "src-not-to-outer",
      comment:
        "The service core imports nothing from channels/, ingest/ or evals/. Only the composition roots wire them in: src/main.ts (the server) and src/cli/* (the command-line entry points).",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/main\\.ts$", "^src/cli/"] },
      to: { path: "^(channels|ingest|evals)/" },
    },
    {
      name: "channels-not-to-each-other",
      comment: "A channel adapter (channels/<name>/) never imports another one; they share channels/*.ts (the contract) and src/.",
      severity: "error",
      from: { path: "^channels/([^/]+)/" },
      to: { path: "^channels/[^/]+/", pathNot: "^channels/$1/" },
    },
    {
      name: "channels-ingest-evals-apart",
      comment: "channels/, ingest/ and evals/ may import src/, not each other (evals may run the ingest).",
      severity: "error",
      from: { path: "^(channels|ingest)/" },
      to: { path: "^(channels|ingest|evals)/", pathNot: "^$1/" },
    },
    {
      name: "lower-layers-not-up",
      comment: "store, index, text, privacy and config are lower layers: they must not import answer, http, forms or admin.",
      severity: "error",
      from: { path: "^src/(store|index|text|privacy|config)/" },
      to: { path: "^src/(answer|http|forms|admin)/" },
    },
    {
      name: "auth-not-to-http",
      comment: "auth decides who may do what and returns a typed result; the http layer turns it into a response.",
      severity: "error",
      from: { path: "^src/auth/" },
      to: { path: "^src/http/" },
    },
    {
      name: "corpus-not-to-forms",
      comment: "The corpus schemas (service standards, their form definitions) sit below the forms feature.",
      severity: "error",
      from: { path: "^src/corpus/" },
      to: { path: "^src/forms/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)node_modules/|^dist/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};
