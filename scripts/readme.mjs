// Fills the output blocks of README.md from real runs of the built CLI: npm run readme.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
// At the width the README names for a block (a 100-column terminal), else as in a pipe, which
// test/docs/readme-output.test.ts checks the same way.
const run = (args, columns) => {
  const env = { ...process.env, NO_COLOR: '1' };
  if (columns) env.COLUMNS = String(columns);
  else delete env.COLUMNS;
  return spawnSync(process.execPath, ['bin/promise-audit.js', ...args, '--no-color'], { encoding: 'utf8', env }).stdout.trimEnd();
};
let readme = readFileSync('README.md', 'utf8');
const blocks = {
  'check examples/webshop.yaml': run(['check', 'examples/webshop.yaml'], 100),
  'explain two-day-delivery examples/webshop.yaml': run(['explain', 'two-day-delivery', 'examples/webshop.yaml']),
  'validate examples/invalid/typo-key.yaml': run(['validate', 'examples/invalid/typo-key.yaml']),
  'scan examples/copy/kuvapalvelu --register examples/kuvapalvelu.yaml --lang en': run(['scan', 'examples/copy/kuvapalvelu', '--register', 'examples/kuvapalvelu.yaml', '--lang', 'en'], 100),
};
// Each block follows a line naming its command in backticks.
for (const [cmd, out] of Object.entries(blocks)) {
  const re = new RegExp('(`promise-audit ' + cmd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '`[^\\n]*\\n(?:[^\\n]*\\n)*?```text\\n)[\\s\\S]*?(\\n```)');
  if (!re.test(readme)) { console.error('no block for', cmd); continue; }
  readme = readme.replace(re, (_, a, b) => a + out + b);
}
writeFileSync('README.md', readme);
