/**
 * `npm run bench`: start-up, large registers, a register in 50 files, and the
 * copy scan, beside the floor (`node -e 0`) and peer tools, medians of several
 * runs. Prints a table and writes bench/RESULTS.md.
 *
 * The peers are installed into bench/.data/peers/ (gitignored, thrown away
 * with `--fresh`), never as the project's dependencies:
 * - ajv-cli validates the register against schema/register.schema.json. It
 *   reads YAML through js-yaml 3, whose default schema turns dates into Date
 *   objects (every date would fail `type: string`), so the register is
 *   converted to JSON first (not timed) and ajv-cli reads the JSON;
 * - Stoplight Spectral lints the register with bench/spectral-ruleset.yaml,
 *   the same JSON Schema plus two reference checks;
 * - grep searches the copy for the claim phrases: `grep -r -F -i -f phrases.txt`
 *   (with LC_ALL=C: the corpus is ASCII, and GNU grep's case folding in a
 *   UTF-8 locale takes minutes on 20,000 patterns).
 *
 * Usage: npm run bench [-- --quick] [-- --fresh] [-- --only startup|scale|scan]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'bench/.data');
const PEERS = join(DATA, 'peers');
const BIN = join(ROOT, 'bin/promise-audit.js');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const runsFor = (n: number) => (quick ? Math.max(1, Math.ceil(n / 3)) : n);

interface Measure {
  group: string;
  label: string;
  command: string;
  medianMs: number;
  runs: number;
  /** Peak resident memory of the slowest-to-median run, in MB (when /usr/bin/time is there). */
  peakMb: number | null;
  ok: boolean;
}

const results: Measure[] = [];
const hasTime = existsSync(TIME);

interface Job {
  label: string;
  cmd: string[];
  runs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  okCodes?: number[];
}

/**
 * Runs every job of a group `runs` times, round-robin after one warm-up run
 * each (file cache, first-run effects), so that other work on the machine
 * weighs on all of them alike. Median wall time; peak RSS via /usr/bin/time.
 */
function measureGroup(group: string, jobs: Job[]): Measure[] {
  const times = jobs.map(() => [] as number[]);
  const peaks = jobs.map(() => [] as number[]);
  const ok = jobs.map(() => true);
  const timeFile = join(DATA, '.time');
  const rounds = Math.max(...jobs.map((j) => j.runs));
  for (let k = -1; k < rounds; k++) {
    jobs.forEach((job, i) => {
      if (k >= job.runs) return;
      const argv = hasTime ? [TIME, '-f', '%M', '-o', timeFile, ...job.cmd] : job.cmd;
      const start = process.hrtime.bigint();
      const r = spawnSync(argv[0] as string, argv.slice(1), { cwd: job.cwd ?? DATA, env: job.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!(job.okCodes ?? [0, 1]).includes(r.status ?? -1)) {
        if (ok[i]) process.stderr.write(`  ! ${job.label}: exit ${r.status}\n${String(r.stderr).slice(0, 600)}\n`);
        ok[i] = false;
      }
      if (k < 0) return;
      times[i]!.push(ms);
      if (hasTime) peaks[i]!.push(Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024);
    });
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1] as number;
  return jobs.map((job, i) => {
    const m: Measure = { group, label: job.label, command: job.cmd.join(' ').replaceAll(DATA, '.data').replaceAll(ROOT, ''), medianMs: median(times[i]!), runs: job.runs, peakMb: peaks[i]!.length ? Math.max(...peaks[i]!) : null, ok: ok[i]! };
    results.push(m);
    process.stdout.write(`  ${m.label.padEnd(58)} ${m.medianMs.toFixed(0).padStart(7)} ms  ${m.peakMb === null ? '' : `${m.peakMb.toFixed(0).padStart(5)} MB`}${m.ok ? '' : '  (failed)'}\n`);
    return m;
  });
}

function ensureData(): void {
  const need = ['register-1000.yaml', 'register-10000.yaml', 'register-100000.yaml', 'split-10000/promises.yaml', 'phrases.txt', 'corpus'];
  if (need.every((f) => existsSync(join(DATA, f)))) return;
  process.stdout.write('Generating registers and copy (bench/generate.ts)…\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/generate.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench/generate.ts failed');
}

function ensurePeers(): { ajv?: string; spectral?: string } {
  if (args.includes('--fresh')) rmSync(PEERS, { recursive: true, force: true });
  const ajv = join(PEERS, 'node_modules/ajv-cli/dist/index.js');
  const spectral = join(PEERS, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  if (!existsSync(ajv) || !existsSync(spectral)) {
    process.stdout.write('Installing the peers into bench/.data/peers (npm install --prefix)…\n');
    mkdirSync(PEERS, { recursive: true });
    writeFileSync(join(PEERS, 'package.json'), '{ "private": true }\n');
    spawnSync('npm', ['install', '--prefix', PEERS, '--no-audit', '--no-fund', '--loglevel=error', 'ajv-cli@5', 'ajv-formats@3', '@stoplight/spectral-cli@6'], { stdio: 'inherit' });
  }
  return { ajv: existsSync(ajv) ? ajv : undefined, spectral: existsSync(spectral) ? spectral : undefined };
}

/** The register as JSON, for ajv-cli (see above); written once into bench/.data/. */
function toJson(file: string): string {
  const out = join(DATA, `${file.split('/').pop()!.replace(/\.ya?ml$/, '')}.json`);
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs) {
    const code = `import { parse } from 'yaml'; import { readFileSync, writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(out)}, JSON.stringify(parse(readFileSync(${JSON.stringify(file)}, 'utf8'))));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`could not convert ${file} to JSON`);
  }
  return out;
}

/**
 * Spectral's ruleset: the register's JSON Schema (the checks ajv-cli makes,
 * and the shape checks of promise-audit's own validation) and two rules on
 * ids and statements, written next to the peers.
 */
function writeRuleset(schemaFile: string): string {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ruleset = {
    rules: {
      'register-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12', allErrors: true } } },
      'promise-id-kebab-case': { given: '$.promises[*].id', severity: 'error', then: { function: 'pattern', functionOptions: { match: '^[a-z0-9]+(-[a-z0-9]+)*$' } } },
      'promise-statement': { given: '$.promises[*]', severity: 'error', then: { field: 'statement', function: 'truthy' } },
    },
  };
  mkdirSync(PEERS, { recursive: true });
  const file = join(PEERS, 'ruleset.json');
  writeFileSync(file, JSON.stringify(ruleset, null, 2));
  return file;
}

function main(): void {
  ensureData();
  const node = process.execPath;
  const small = join(ROOT, 'examples/ski-resort.yaml');
  const schema = join(ROOT, 'schema/register.schema.json');
  const ruleset = writeRuleset(schema);
  const asJson = (file: string) => toJson(file);
  const peers = only === 'scan' ? {} : ensurePeers();
  const env = { ...process.env, NO_COLOR: '1' };
  const pa = (...a: string[]) => [node, BIN, ...a];
  const ajvCmd = (file: string) => [node, peers.ajv!, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--all-errors', '-s', schema, '-d', asJson(file)];
  const spectralCmd = (file: string) => [node, peers.spectral!, 'lint', '--quiet', '-r', ruleset, '-f', 'json', file];

  process.stdout.write(`\npromise-audit benchmark · ${cpus().length} cores · Node ${process.version}\n`);
  const section = (name: string) => process.stdout.write(`\n${name}\n`);
  const ten = join(DATA, 'register-10000.yaml');

  section('Start-up (small register)');
  const startup: Job[] = [{ label: 'floor: node -e 0', cmd: [node, '-e', '0'], runs: runsFor(31) }];
  if (!only || only === 'startup') {
    startup.push(
      { label: 'promise-audit --version', cmd: pa('--version'), runs: runsFor(31) },
      { label: 'promise-audit --help', cmd: pa('--help'), runs: runsFor(31) },
      { label: 'promise-audit check ski-resort.yaml --format json', cmd: pa('check', small, '--format', 'json'), runs: runsFor(31), env },
      { label: 'promise-audit check webshop.yaml (include, CSV data)', cmd: pa('check', join(ROOT, 'examples/webshop.yaml'), '--format', 'json'), runs: runsFor(15), env },
    );
    if (peers.ajv) startup.push({ label: 'ajv-cli validate ski-resort (as JSON)', cmd: ajvCmd(small), runs: runsFor(11) });
    if (peers.spectral) startup.push({ label: 'spectral lint ski-resort.yaml', cmd: spectralCmd(small), runs: runsFor(11) });
  }
  const floor = measureGroup('startup', startup)[0]!.medianMs;

  if (!only || only === 'scale') {
    section('Large registers (check, JSON report)');
    measureGroup('scale', [
      { label: 'promise-audit check 1,000 promises', cmd: pa('check', join(DATA, 'register-1000.yaml'), '--format', 'json'), runs: runsFor(9), env },
      { label: 'promise-audit check 10,000 promises', cmd: pa('check', ten, '--format', 'json'), runs: runsFor(9), env },
      { label: 'promise-audit check 10,000 promises in 50 files', cmd: pa('check', join(DATA, 'split-10000/promises.yaml'), '--format', 'json'), runs: runsFor(9), env },
    ]);
    measureGroup('scale', [{ label: 'promise-audit check 100,000 promises', cmd: pa('check', join(DATA, 'register-100000.yaml'), '--format', 'json', '--max-size', '400000000'), runs: runsFor(3), env }]);
    const peersJobs: Job[] = [];
    if (peers.ajv) peersJobs.push({ label: 'ajv-cli validate 10,000 promises (as JSON)', cmd: ajvCmd(ten), runs: runsFor(3) });
    if (peers.spectral) peersJobs.push({ label: 'spectral lint 10,000 promises', cmd: spectralCmd(ten), runs: runsFor(1) });
    if (peersJobs.length) measureGroup('scale', peersJobs);
  }

  if (!only || only === 'scan') {
    section('Copy scan (20,000 Markdown and HTML files, 10,000-promise register)');
    measureGroup('scan', [
      { label: 'grep -r -F -i -f phrases.txt corpus (LC_ALL=C)', cmd: ['grep', '-r', '-F', '-i', '-f', 'phrases.txt', 'corpus'], runs: runsFor(5), env: { ...env, LC_ALL: 'C' } },
      { label: 'promise-audit scan corpus --format json', cmd: pa('scan', '-r', 'register-10000.yaml', 'corpus', '--format', 'json'), runs: runsFor(5), env },
      { label: 'promise-audit check 10,000 promises (no copy)', cmd: pa('check', 'register-10000.yaml', '--format', 'json'), runs: runsFor(5), env },
    ]);
  }

  writeResults(floor);
}

function writeResults(floor: number): void {
  const by = (label: string) => results.find((r) => r.label.startsWith(label));
  const ratio = (label: string) => {
    const m = by(label);
    return m ? m.medianMs / floor : NaN;
  };
  const ms = (label: string) => by(label)?.medianMs ?? NaN;
  const mb = (label: string) => by(label)?.peakMb ?? NaN;
  const targets: [string, number, string, boolean][] = [
    ['check ski-resort.yaml --format json', ratio('promise-audit check ski-resort'), '≤ 2.0× node -e 0', ratio('promise-audit check ski-resort') <= 2.0],
    ['--version', ratio('promise-audit --version'), '≤ 1.15× node -e 0', ratio('promise-audit --version') <= 1.15],
    ['10,000 promises: wall', ms('promise-audit check 10,000 promises') / 1000, '≤ 1.0 s', ms('promise-audit check 10,000 promises') <= 1000],
    ['10,000 promises: peak RSS', mb('promise-audit check 10,000 promises'), '≤ 250 MB', mb('promise-audit check 10,000 promises') <= 250],
    ['100,000 promises: time vs 10,000', ms('promise-audit check 100,000') / ms('promise-audit check 10,000 promises'), '≤ 10×', ms('promise-audit check 100,000') <= 10 * ms('promise-audit check 10,000 promises')],
    ['100,000 promises: peak RSS', mb('promise-audit check 100,000'), '≤ 700 MB', mb('promise-audit check 100,000') <= 700],
    ['50 files vs one file (10,000 promises)', ms('promise-audit check 10,000 promises in 50') / ms('promise-audit check 10,000 promises'), '≤ 1.2×', ms('promise-audit check 10,000 promises in 50') <= 1.2 * ms('promise-audit check 10,000 promises')],
    ['scan vs grep', ms('promise-audit scan') / ms('grep -r'), '≤ 6×', ms('promise-audit scan') <= 6 * ms('grep -r')],
  ];
  const fmt = (v: number, unit: string) => (Number.isNaN(v) ? 'not run' : unit === 's' ? `${v.toFixed(2)} s` : unit === 'MB' ? `${v.toFixed(0)} MB` : `${v.toFixed(2)}×`);
  const unitOf = (goal: string) => (goal.includes(' s') ? 's' : goal.includes('MB') ? 'MB' : '×');

  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push('Written by `npm run bench` (bench/run.ts); inputs from bench/generate.ts (seeded, in bench/.data/).', '');
  lines.push(`- Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${platform()} ${release()}`);
  lines.push(`- Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}`);
  lines.push(`- Medians of several runs after one warm-up run; peak RSS from \`/usr/bin/time -f %M\` (the largest of the runs); ratios are to the floor, \`node -e 0\` (${floor.toFixed(0)} ms here).`);
  lines.push('- Other work on the same machine during a run shows as noise: compare ratios, and medians within one run.', '');
  lines.push('## Targets', '', '| target | measured | goal | met |', '|---|---:|---|:-:|');
  for (const [name, value, goal, met] of targets) lines.push(`| ${name} | ${fmt(value, unitOf(goal))} | ${goal} | ${Number.isNaN(value) ? '–' : met ? 'yes' : 'no'} |`);
  lines.push('');
  // A goal in seconds depends on the machine as no ratio does: say how hard it is on this one.
  const tenK = ratio('promise-audit check 10,000 promises');
  if (!Number.isNaN(tenK)) {
    lines.push(
      `The wall-time goal is in seconds, not a ratio. It was set on a machine of this kind where \`node -e 0\` takes about 60 ms, where 1.0 s is 16.7× the floor; with this run's floor of ${floor.toFixed(0)} ms it is ${(1000 / floor).toFixed(1)}× the floor. The 10,000-promise check took ${tenK.toFixed(1)}× the floor here.`,
      '',
    );
  }
  for (const [group, title] of [
    ['startup', 'Start-up'],
    ['scale', 'Large registers'],
    ['scan', 'Copy scan'],
  ] as const) {
    const rows = results.filter((r) => r.group === group);
    if (rows.length === 0) continue;
    lines.push(`## ${title}`, '', '| command | median | × floor | peak RSS | runs |', '|---|---:|---:|---:|---:|');
    for (const r of rows) lines.push(`| ${r.label}${r.ok ? '' : ' (failed)'} | ${r.medianMs.toFixed(0)} ms | ${(r.medianMs / floor).toFixed(2)}× | ${r.peakMb === null ? '–' : `${r.peakMb.toFixed(0)} MB`} | ${r.runs} |`);
    lines.push('');
  }
  lines.push('## Commands', '', ...results.map((r) => `- ${r.label}: \`${r.command}\``), '');
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), `${lines.join('\n')}`);
  process.stdout.write(`\nTargets\n${targets.map(([n, v, g, met]) => `  ${Number.isNaN(v) ? '–' : met ? '✓' : '✗'} ${n}: ${fmt(v, unitOf(g))} (${g})`).join('\n')}\n\nWritten to bench/RESULTS.md\n`);
}

main();
