/**
 * What the tool promises about the world around the register: it fetches
 * nothing over the network, never opens a `source` link, and reads nothing
 * outside the register's folder — whatever the register says, in every
 * command and format, in-process and through the built binary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { HEADER } from '../helpers/register.js';
import { expectCleanRun } from './helpers.js';

const BIN = join(ROOT, 'bin/promise-audit.js');
const FORMATS = ['table', 'json', 'markdown', 'html', 'sarif', 'junit', 'github', 'csv'];

function bin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 10_000 });
}

describe('the network', () => {
  let server: Server;
  let url = '';
  let connections = 0;
  const dir = tempDir();

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('version: 1\n'));
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(
      join(dir, 'promises.yaml'),
      `# yaml-language-server: $schema=${url}/schema.json
${HEADER}include: ["${url}/part.yaml"]
campaigns:
  web: { name: "${url}/campaign", launch: 2026-12-01, promises: [linked] }
promises:
  - id: linked
    statement: See ${url}/statement
    tier: hygiene
    owner: logistics
    announce: 2026-01-01
    evidence:
      - { touchpoint: webshop, kind: test, summary: "${url}/summary", verified: 2026-11-01, by: logistics, source: "${url}/evidence.pdf" }
      - { touchpoint: phone, kind: metric, summary: m, verified: 2026-11-01, by: logistics, source: "https://127.0.0.1:${url.split(':').pop()}/x", target: "<= 2", data: { file: "${url}/data.csv", column: x, stat: mean } }
`,
    );
    writeFileSync(
      join(dir, 'valid.yaml'),
      `${HEADER}promises:\n  - { id: linked, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: webshop, kind: document, summary: "${url}/s", verified: 2026-11-01, by: logistics, source: "${url}/evidence.pdf" }] }\n`,
    );
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('nothing is fetched: not the include, the data file, a source, the schema or any link in the text', async () => {
    for (const file of ['promises.yaml', 'valid.yaml']) {
      for (const format of FORMATS) expectCleanRun(await run(['check', file, '--format', format, '--as-of', '2026-11-24'], { cwd: dir }));
      expectCleanRun(await run(['validate', file], { cwd: dir }));
      expectCleanRun(await run(['explain', 'linked', file], { cwd: dir }));
      for (const command of [['check', file, '--format', 'html'], ['validate', file], ['explain', 'linked', file]]) {
        const r = bin(command, dir);
        expectCleanRun({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      }
    }
    // The links are in the reports, as text.
    expect((await run(['check', 'valid.yaml', '--format', 'json'], { cwd: dir })).stdout).toContain(`${url}/evidence.pdf`);
    // An include by URL is a path that does not exist, not a download.
    expect((await run(['validate', 'promises.yaml'], { cwd: dir })).stdout).toContain(`the included file \`http:/127.0.0.1:`);
    expect(connections).toBe(0);
  });
});

describe('source links and files outside the register’s folder', () => {
  const dir = tempDir();
  const outside = tempDir();
  const SECRET = 'SECRET-7f3a-outside-the-register-folder';

  beforeAll(() => {
    writeFileSync(join(outside, 'secret.yaml'), `promises:\n  - { id: secret, statement: ${SECRET}, tier: hygiene, owner: logistics }\n`);
    writeFileSync(join(outside, 'secret.csv'), `x\n${SECRET}\n`);
    mkdirSync(join(dir, 'parts'));
    // Links that lead out of the folder: the tool must not follow them.
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'parts', 'linked.yaml'));
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'linked.csv'));
    // One to a file outside that does not exist: said in the same words, so nothing tells what is there.
    symlinkSync(join(outside, 'no-such-file.yaml'), join(dir, 'parts', 'gone.yaml'));
    // A named pipe as a `source`: opening it would block the run for ever.
    spawnSync('mkfifo', [join(dir, 'trap.pdf')]);
    writeFileSync(
      join(dir, 'promises.yaml'),
      `${HEADER}include: [parts/*.yaml, parts/linked.yaml, ../${outside.split('/').pop()}/secret.yaml, ${outside}/secret.yaml]
promises:
  - id: p
    statement: S
    tier: hygiene
    owner: logistics
    announce: 2026-01-01
    evidence:
      - { touchpoint: webshop, kind: test, summary: s, verified: 2026-11-01, by: logistics, source: trap.pdf }
      - { touchpoint: webshop, kind: test, summary: s, verified: 2026-11-01, by: logistics, source: "file://${dir}/trap.pdf" }
      - { touchpoint: phone, kind: metric, summary: m, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: linked.csv, column: x, stat: mean } }
      - { touchpoint: phone, kind: metric, summary: m, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: ${outside}/secret.csv, column: x, stat: mean } }
`,
    );
    writeFileSync(
      join(dir, 'sources.yaml'),
      `${HEADER}promises:\n  - { id: p, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: webshop, kind: test, summary: s, verified: 2026-11-01, by: logistics, source: trap.pdf }, { touchpoint: phone, kind: test, summary: s, verified: 2026-11-01, by: logistics, source: ./trap.pdf }] }\n`,
    );
  });

  it('a source is never opened: a named pipe as the source does not block the run', () => {
    for (const format of ['table', 'html', 'json']) {
      const started = Date.now();
      const r = bin(['check', 'sources.yaml', '--format', format, '--as-of', '2026-11-24'], dir);
      expect(r.signal).toBeNull();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.status).toBe(0);
      if (format !== 'table') expect(r.stdout).toContain('trap.pdf');
    }
  });

  it('nothing outside the folder is read: no `..`, no absolute path, no link that leads out', async () => {
    const outputs: string[] = [];
    for (const format of FORMATS) outputs.push(JSON.stringify(await run(['check', 'promises.yaml', '--format', format], { cwd: dir })));
    outputs.push(JSON.stringify(await run(['validate', 'promises.yaml', '--format', 'json'], { cwd: dir })));
    const r = bin(['validate', 'promises.yaml'], dir);
    outputs.push(r.stdout + r.stderr);
    for (const out of outputs) expect(out).not.toContain(SECRET);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/leads outside the register's folder/);
    expect(r.stdout).toContain("cannot read the included file `parts/linked.yaml`: a symbolic link on its path leads outside the register's folder");
    // Matched by the glob as well: named, not left out with its promises.
    expect(r.stdout).toContain("cannot read the included file `parts/gone.yaml`: a symbolic link on its path leads outside the register's folder");
    expect(r.stdout).toMatch(/the data file `\/.*secret\.csv` leads outside/);
    // The data file linked out of the folder: the evidence does not count, and the audit says why.
    writeFileSync(
      join(dir, 'data.yaml'),
      `${HEADER}promises:\n  - { id: p, statement: S, tier: hygiene, owner: logistics, evidence: [{ touchpoint: phone, kind: metric, summary: m, verified: 2026-11-01, by: logistics, target: "<= 2", data: { file: linked.csv, column: x, stat: mean } }] }\n`,
    );
    const check = bin(['check', 'data.yaml', '--format', 'json'], dir);
    expect(check.stdout).not.toContain(SECRET);
    expect(check.stdout).toContain("linked.csv: the file cannot be read: a symbolic link on its path leads outside the register's folder");
  });
});
