/** `schema` and `init`: the editor schema ships up to date; the starter validates and never overwrites. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/register/index.js';
import { run, tempDir } from '../helpers/cli.js';

describe('schema', () => {
  it('prints a draft 2020-12 JSON Schema equal to the copy shipped in schema/', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // The shipped copy is what editors load; regenerate with `npm run schema`.
    expect(r.stdout).toBe(readFileSync('schema/register.schema.json', 'utf8'));
  });

  it('describes the keys people type, and refuses unknown ones', async () => {
    const schema = JSON.parse((await run(['schema'])).stdout) as {
      required: string[];
      then: { required: string[] };
      additionalProperties: boolean;
      properties: { promises: { items: { properties: Record<string, unknown>; additionalProperties: boolean } } };
    };
    expect(schema.required).toEqual(['version', 'brand']);
    // In one file (no `include`) owners, touchpoints and promises are required too.
    expect(schema.then.required).toEqual(['owners', 'touchpoints', 'promises']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.promises.items.properties)).toEqual(
      expect.arrayContaining(['id', 'statement', 'tier', 'stage', 'owner', 'touchpoints', 'announce', 'claims', 'evidence', 'plan', 'waivers']),
    );
    expect(schema.properties.promises.items.additionalProperties).toBe(false);
  });

  it('prints the schema of included files with --part, equal to its shipped copy', async () => {
    const r = await run(['schema', '--part']);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(['owners', 'touchpoints', 'campaigns', 'promises', 'evidence']);
    expect(schema.additionalProperties).toBe(false);
    expect(r.stdout).toBe(readFileSync('schema/register-part.schema.json', 'utf8'));
  });

  it('writes the schema to a file with -o', async () => {
    const dir = tempDir();
    const r = await run(['schema', '-o', 'register.schema.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'register.schema.json'), 'utf8')).toBe(readFileSync('schema/register.schema.json', 'utf8'));
  });
});

describe('init', () => {
  it.each(['en', 'fi'])('writes a starter register in %s that validates', async (lang) => {
    const dir = tempDir();
    const r = await run(['init', '--lang', lang], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('promises.yaml');
    const text = readFileSync(join(dir, 'promises.yaml'), 'utf8');
    const loaded = loadRegister(text, 'promises.yaml');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.register.locale).toBe(lang);
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect((await run(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), 'mine\n');
    const r = await run(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`promises.yaml` already exists — nothing was written');
    expect(readFileSync(join(dir, 'promises.yaml'), 'utf8')).toBe('mine\n');
  });

  it('points the editor at the schema from the folder the register is written in', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'brand', 'fi'), { recursive: true });
    await run(['init'], { cwd: dir });
    await run(['init', 'brand/fi/promises.yaml', '--lang', 'fi'], { cwd: dir });
    const first = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];
    expect(first('promises.yaml')).toBe('# yaml-language-server: $schema=node_modules/promise-audit/schema/register.schema.json');
    expect(first('brand/fi/promises.yaml')).toBe('# yaml-language-server: $schema=../../node_modules/promise-audit/schema/register.schema.json');
    // Editors read the path up to the first space: through a folder with one in its name, the usual line.
    mkdirSync(join(dir, 'my project'));
    await run(['init', '../brand/q.yaml'], { cwd: join(dir, 'my project') });
    expect(first('brand/q.yaml')).toBe('# yaml-language-server: $schema=node_modules/promise-audit/schema/register.schema.json');
  });

  it('writes to another name and says what to do next', async () => {
    const dir = tempDir();
    const r = await run(['init', 'brand.yaml'], { cwd: dir });
    expect(r.stdout).toBe('wrote brand.yaml — edit it, then run: promise-audit check brand.yaml\n');
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    const r = await run(['--version']);
    expect([r.code, r.stdout.trim()]).toEqual([0, JSON.parse(readFileSync('package.json', 'utf8')).version]);
  });

  it.each([[[]], [['check']], [['scan']], [['explain']], [['validate']], [['schema']], [['init']]])('prints help with examples for %j, within 80 columns', async (cmd) => {
    const r = await run([...cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: promise-audit/);
    expect(r.stdout).toContain('Examples:');
    // In a pipe, and in a terminal of 80 columns: no line for the terminal to break in the middle of a word.
    for (const out of [r.stdout, (await run([...cmd, '--help'], { tty: true, columns: 80 })).stdout]) {
      for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
  });

  it.each([[[]], [['check']], [['scan']], [['explain']], [['validate']], [['schema']], [['init']]])('prints help in Finnish with --lang fi for %j, within 80 columns', async (cmd) => {
    const r = await run([...cmd, '--help', '--lang', 'fi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Käyttö: promise-audit/);
    expect(r.stdout).toContain('Esimerkkejä:');
    expect(r.stdout).toContain('  -h, --help');
    expect(r.stdout).toMatch(/näytä ohje\n/);
    expect(r.stdout).not.toMatch(/\b(?:Usage|Options|Commands|Arguments|Examples|default|choices):/);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    // `help check` and `-qh` too; the last --lang counts, as for a run.
    if (cmd.length === 1) expect((await run(['help', cmd[0]!, '--lang', 'fi'])).stdout).toBe(r.stdout);
    if (cmd[0] === 'check') expect((await run(['--debug', 'check', '-qh', '--lang', 'en', '--lang', 'fi'])).stdout).toBe(r.stdout);
    // Without --lang, English, whatever language the register in the folder speaks.
    const finnish = tempDir();
    copyFileSync('examples/kuvapalvelu.yaml', join(finnish, 'promises.yaml'));
    expect((await run([...cmd, '--help'], { cwd: finnish })).stdout).toMatch(/^Usage: promise-audit/);
  });

  it('lists the commands by their arguments, each described within its column', async () => {
    const r = await run(['--help'], { tty: true, columns: 100 });
    expect(r.stdout).toMatch(/^ {2}check \[register\] +the launch gate: fail when a promise would be announced undelivered$/m);
    expect(r.stdout).toMatch(/^ {2}explain <promise> \[register\] +why a promise has its status/m);
  });

  it('an unknown option is a usage error with exit 2', async () => {
    const r = await run(['check', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('promise-audit: there is no option `--formt` — did you mean --format?\n');
  });
});
