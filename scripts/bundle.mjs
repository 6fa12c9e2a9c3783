/**
 * Bundles the command line into dist/bundle/ with esbuild, for start-up
 * speed: one file to read for `--help`, and each command, reporter and
 * translation in a chunk of its own, loaded only when it is used (the
 * `await import()`s in src/cli/main.ts, src/report/index.ts and
 * src/i18n/index.ts are the split points). The library (dist/index.js and its
 * .d.ts) stays tsc's output. Run by `npm run build`, after tsc.
 *
 * Chunks sit beside the entry (no subfolder), so `new URL('../../package.json',
 * import.meta.url)` finds package.json from every file, as it does from
 * dist/cli/main.js.
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  // Smaller files parse faster; names are kept readable enough for stack traces with --debug.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Some dependencies are CommonJS and require Node's built-ins: give the ESM bundle a `require`.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The import graph, for the test that keeps `--version`, `--help` and `check` light (test/cli/startup.test.ts).
writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile));
