/**
 * The ready-made integrations: the GitHub Action (action.yml), the pre-commit
 * hook (.pre-commit-hooks.yaml) and the snippets in docs/ci.md — run as far
 * as they can be outside their CI system.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { REGISTER } from '../report/ci-register.js';

interface Action {
  runs: { using: string; steps: { id?: string; if?: string; run: string; shell: string; env?: Record<string, string> }[] };
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const auditStep = action.runs.steps.find((s) => s.id === 'audit')!;

/** Runs the action's audit step as GitHub would: inputs substituted into its env, `bash -e`. */
function runAction(inputs: Record<string, string>, register = REGISTER) {
  const dir = tempDir();
  writeFileSync(join(dir, 'promises.yaml'), register);
  const output = join(dir, 'github-output.txt');
  writeFileSync(output, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: output, RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const [key, expression] of Object.entries(auditStep.env ?? {})) {
    const name = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(expression)![1]!;
    env[key] = inputs[name] ?? action.inputs[name]!.default;
  }
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', auditStep.run], { cwd: dir, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, dir };
}

describe('GitHub Action (action.yml)', () => {
  it('is a composite action whose outputs come from the audit step', () => {
    expect(action.runs.using).toBe('composite');
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.audit.outputs.${name} }}`);
    // Inputs reach the script only through its environment, never pasted into the shell code.
    expect(auditStep.run).not.toContain('${{');
    const used = Object.values(auditStep.env ?? {}).map((e) => /inputs\.([a-z-]+)/.exec(e)![1]);
    expect(Object.keys(action.inputs).filter((i) => i !== 'working-directory' && !used.includes(i))).toEqual([]);
    const install = action.runs.steps[0]!;
    expect(install.if).toBe("inputs.version == ''");
    expect(install.run).toContain('npm ci --prefix "$GITHUB_ACTION_PATH"');
  });

  it('annotates, fails the step and sets the verdict and counts as outputs', () => {
    expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'run `npm run build` first').toBe(true);
    const r = runAction({ 'as-of': '2026-11-24', lang: 'en', args: '--report sarif=out.sarif' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=broken-promise · phone-answered,file=promises\.yaml,line=\d+,col=5::/m);
    expect(r.outputs).toMatchObject({ 'exit-code': '1', verdict: 'fail', ready: '1', broken: '2', blocked: '1', pending: '1', draft: '1', errors: '2', warnings: '5', waived: '1' });
    const json = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { summary: { verdict: string } };
    expect(json.summary.verdict).toBe('fail');
    expect(existsSync(join(r.dir, 'out.sarif'))).toBe(true); // extra args reach check
    expect(readFileSync(join(r.dir, 'summary.md'), 'utf8')).toContain('phone-answered'); // the job summary
  });

  it('keeps the step green with fail: false, and passes --fail-on on', () => {
    const r = runAction({ 'as-of': '2026-11-24', fail: 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('fail');
    const never = runAction({ 'as-of': '2026-11-24', 'fail-on': 'never' });
    expect([never.code, never.outputs.verdict]).toEqual([0, 'pass']);
  });

  it('fails with exit code 2 and no verdict when the register is invalid, whatever fail says', () => {
    const r = runAction({ fail: 'false' }, 'version: 1\nbrand: [oops\n');
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.outputs.verdict).toBeUndefined();
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string; files: string; pass_filenames: boolean }[];
  const hook = hooks.find((h) => h.id === 'promise-audit')!;

  it('runs promise-audit check with node on promises.yaml or promises.yml in any folder', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'promise-audit check', pass_filenames: true });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
    const files = new RegExp(hook.files); // pre-commit's Python `re.search`: the same syntax here
    expect(['promises.yaml', 'promises.yml', 'brand/promises.yaml', 'a/b/promises.yml'].filter((f) => !files.test(f))).toEqual([]);
    expect(['my-promises.yaml', 'promises.yaml.bak', 'promises.json', 'promises/x.yaml'].filter((f) => files.test(f))).toEqual([]);
  });

  it('stops the commit when the gate fails, as pre-commit calls it (entry, then the file)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), REGISTER);
    const argv = [...hook.entry.split(' ').slice(1), '--as-of', '2026-11-24', 'promises.yaml'];
    expect((await run(argv, { cwd: dir })).code).toBe(1);
  });
});

describe('docs/ci.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
  const blocks = [...doc.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]! }));

  it('has YAML snippets that are valid YAML', () => {
    const yamlBlocks = blocks.filter((b) => b.lang === 'yaml');
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(5);
    for (const b of yamlBlocks) expect(() => parse(b.code), b.code).not.toThrow();
  });

  it('has a GitLab job that publishes the JUnit file it writes', () => {
    const gitlab = blocks.map((b) => (b.lang === 'yaml' ? (parse(b.code) as Record<string, unknown>) : null)).find((y) => y && 'promise-audit' in y) as
      | { 'promise-audit': { script: string[]; artifacts: { when: string; reports: { junit: string } } } }
      | undefined;
    expect(gitlab).toBeDefined();
    const job = gitlab!['promise-audit'];
    expect(job.artifacts.when).toBe('always');
    expect(job.script.join('\n')).toContain(`--report junit=${job.artifacts.reports.junit}`);
  });

  it('shows what --format github really prints for the web shop example, as promises.yaml', async () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'examples/webshop.yaml'), join(dir, 'promises.yaml'));
    for (const folder of ['data', 'evidence']) cpSync(join(ROOT, 'examples', folder), join(dir, folder), { recursive: true });
    const shown = blocks.filter((b) => b.lang === 'text' && b.code.startsWith('::'));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.code).toBe((await run(['check', 'promises.yaml', '--format', 'github', '--no-summary'], { cwd: dir })).stdout);
  });

  it('has command lines the CLI accepts', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), REGISTER);
    const commands = blocks
      .flatMap((b) => b.code.replace(/\\\n\s*/g, ' ').split('\n'))
      .map((l) => /promise-audit (check\b[^'"]*)/.exec(l)?.[1]?.trim())
      .filter((c): c is string => c !== undefined);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) {
      const r = await run([...command.split(/\s+/), '--as-of', '2026-11-24'], { cwd: dir });
      expect(r.code, `${command}\n${r.stderr}`).toBe(1); // audited: the gate fails on this register, nothing invalid
    }
  });
});
