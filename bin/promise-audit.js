#!/usr/bin/env node
// The executable: call main and set the exit code. Everything else is in src/cli,
// bundled into dist/bundle/ (scripts/bundle.mjs) so that start-up reads few files.
// CommonJS (bin/package.json): Node starts it a little faster than an ES module.
'use strict';
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before anything else is loaded (scripts call it to see that the
  // tool is there), and written straight to the descriptor: setting up the
  // stdout stream would cost more than the rest.
  const { version } = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8'));
  try {
    writeSync(1, `${version}\n`);
  } catch {
    // The reader went away (`promise-audit --version | true`): nothing to tell.
  }
} else {
  // Node 22+ keeps compiled code between runs; Node 20 has no such cache.
  require('node:module').enableCompileCache?.();

  // Stopped from outside: a report being written is finished or not begun
  // (writes are synchronous, so a handler runs between them), its temporary
  // file removed, and the exit is not 0.
  let cli;
  const stop = (text, code) => {
    try {
      if (text) process.stderr.write(`promise-audit: ${text}\n`);
    } catch {
      // standard error is gone too
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop(cli?.stopped(signal), signal === 'SIGINT' ? 130 : 143));
  // `promise-audit check | head -n 3`: the reader went away before the end of a report. Exit 1 if the gate
  // failed, else 2. Help cut short (`--help | head`) is no error: nothing to say, and the exit code it had.
  // Any other failure to write standard output (a full disk) is said in one line, exit 2.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error && error.code === 'EPIPE') {
        const text = cli?.stopped('EPIPE');
        stop(text, text === undefined ? (process.exitCode ?? 0) : process.exitCode === 1 ? 1 : 2);
      }
      if (stream === process.stdout && cli) stop(cli.outputFailed(error), 2);
      throw error;
    });
  }

  import('../dist/bundle/cli.js')
    .then((loaded) => {
      cli = loaded;
      return cli.main(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
    })
    .then((code) => {
      process.exitCode = code;
    });
}
