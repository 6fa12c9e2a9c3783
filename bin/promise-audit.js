#!/usr/bin/env node
// The executable: call main and set the exit code. Everything else is in src/cli.
import { main } from '../dist/cli/main.js';

// `promise-audit check | head -n 3`: the reader went away; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
