#!/usr/bin/env node
// The executable: call main and set the exit code. Everything else is in src/cli,
// bundled into dist/bundle/ (scripts/bundle.mjs) so that start-up reads few files.
import { readFileSync, writeSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before anything else is loaded (scripts call it to see that the
  // tool is there), and written straight to the descriptor: setting up the
  // stdout stream would cost more than the rest.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  try {
    writeSync(1, `${version}\n`);
  } catch {
    // The reader went away (`promise-audit --version | true`): nothing to tell.
  }
} else {
  // Node 22+ keeps compiled code between runs; Node 20 has no such cache.
  const { default: module } = await import('node:module');
  module.enableCompileCache?.();

  // Stopped from outside: a report being written is finished or not begun
  // (writes are synchronous, so a handler runs between them), its temporary
  // file removed, and the exit is not 0. A second Ctrl+C stops at once.
  let cli;
  const stop = (reason, code) => {
    try {
      if (cli) process.stderr.write(`promise-audit: ${cli.stopped(reason)}\n`);
    } catch {
      // standard error is gone too
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop(signal, signal === 'SIGINT' ? 130 : 143));
  // `promise-audit check | head -n 3`: the reader went away before the end. Exit 1 if the gate failed, else 2.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error && error.code === 'EPIPE') stop('EPIPE', process.exitCode === 1 ? 1 : 2);
      throw error;
    });
  }

  cli = await import('../dist/bundle/cli.js');
  const { main } = cli;
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
