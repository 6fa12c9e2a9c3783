/**
 * `promise-audit scan` on the example copy folder, and `check --copy`: what a
 * user sees, the exit codes, the JSON contract's `copy` key, reports to files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { HEADER } from '../helpers/register.js';

const EXAMPLE = ['examples/copy/kuvapalvelu', '--register', 'examples/kuvapalvelu.yaml'];
const NEWSLETTER = 'examples/copy/kuvapalvelu/uutiskirje-joulu-luonnos.md';

describe('scan on the example copy', () => {
  it('fails on the undelivered AI sorting, lists the ready advent calendar as covered, warns of the generic claim', async () => {
    const r = await run(['scan', ...EXAMPLE, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('Väitteet teksteissä');
    expect(out).toContain('2 tiedostoa käyty läpi');
    expect(out).toMatch(/✔ joulukalenteri +kunnossa +4× +examples\/copy\/kuvapalvelu\/joulukalenteri\.html:6:45 …/);
    expect(out).toMatch(/✖ kuvien-lajittelu +lunastamatta \(estetty\) +2×/);
    expect(out).toContain(`${NEWSLETTER}:3:15  ✖ virhe  claim-not-delivered`);
    expect(out).toContain(`${NEWSLETTER}:11:36  ✖ virhe  claim-not-delivered`);
    expect(out).toContain(`${NEWSLETTER}:17:54  ⚠ varoitus  generic-claim`);
    // "vastuullisesti valmistettuja" belongs to the ready promise vastuullisesti-valmistettu: no warning.
    expect(out).not.toMatch(/luonnos\.md:16:\d+ +⚠/);
    // The script's "kuvien lajittelu" is no copy; the promise table is left out of a scan.
    expect(out).not.toContain('joulukalenteri.html:17');
    expect(out).not.toContain('Seuraava toimenpide');
    await expect(out).toMatchFileSnapshot('__snapshots__/kuvapalvelu-scan.txt');
  });

  it('speaks English with --lang en, and passes with --fail-on never', async () => {
    const r = await run(['scan', ...EXAMPLE, '--no-color', '--lang', 'en', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the copy claims “kuvien lajittelu” (promise kuvien-lajittelu), but the promise is blocked: announced for 2026-11-30');
    expect(r.stdout).toContain('“vastuullisesti tuotettuja” is a generic environmental claim');
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/kuvapalvelu-scan.en.txt');
  });

  it('gives the copy in the JSON report', async () => {
    const r = await run(['scan', ...EXAMPLE, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.copy.copyOnly).toBe(true);
    expect(json.copy.files).toBe(2);
    expect(json.copy.mentions.filter((m: { covered: boolean }) => !m.covered)).toEqual([
      { promise: 'kuvien-lajittelu', status: 'blocked', covered: false, phrase: 'tekoäly lajittelee*', text: 'Tekoäly lajittelee', location: { file: NEWSLETTER, line: 3, column: 15 } },
      { promise: 'kuvien-lajittelu', status: 'blocked', covered: false, phrase: 'kuvien lajittelu*', text: 'kuvien lajittelu', location: { file: NEWSLETTER, line: 11, column: 36 } },
    ]);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['claim-not-delivered', 'claim-not-delivered', 'generic-claim']);
    expect(json.findings[2]).toMatchObject({ severity: 'warning', promise: null, docs: expect.stringMatching(/docs\/rules\/generic-claim\.md$/) });
  });

  it('writes more reports to files from the same scan', async () => {
    const dir = tempDir();
    const r = await run(['scan', ...EXAMPLE, '--format', 'json', '--report', `json=${join(dir, 'copy.json')}`, '--report', `sarif=${join(dir, 'copy.sarif')}`]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'copy.json'), 'utf8')).toBe(r.stdout);
    const sarif = JSON.parse(readFileSync(join(dir, 'copy.sarif'), 'utf8'));
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual([NEWSLETTER, NEWSLETTER, NEWSLETTER]);
  });
});

describe('check --copy', () => {
  it('audits the register and the copy in one report', async () => {
    const r = await run(['check', 'examples/kuvapalvelu.yaml', '--copy', 'examples/copy/kuvapalvelu', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.copy).toMatchObject({ copyOnly: false, files: 2 });
    const rules = json.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('launch-blocked');
    expect(rules).toContain('customer-voice');
    expect(rules.filter((x: string) => x === 'claim-not-delivered')).toHaveLength(2);
    // Register findings first, then the copy files.
    expect(json.findings.at(-1).location.file).toBe(NEWSLETTER);
    expect(json.findings[0].location.file).toBe('examples/kuvapalvelu.yaml');
  });

  it('shows the promise table and the claims in the table report', async () => {
    const r = await run(['check', 'examples/kuvapalvelu.yaml', '--copy', 'examples/copy/kuvapalvelu/*.md', '--no-color', '--lang', 'en']);
    expect(r.stdout).toContain('Next action');
    expect(r.stdout).toContain('Claims in copy');
    expect(r.stdout).toContain('1 file searched');
  });

  it('leaves the JSON report as it was without --copy', async () => {
    const json = JSON.parse((await run(['check', 'examples/kuvapalvelu.yaml', '--format', 'json'])).stdout);
    expect(json).not.toHaveProperty('copy');
  });
});

describe('paths and the default register', () => {
  const register = `${HEADER}promises:
  - id: gift-wrap
    statement: Free gift wrapping
    tier: hygiene
    owner: logistics
    claims: ["free gift wrap*"]
`;

  it('scans the working folder with ./promises.yaml, honouring .gitignore, never the register itself', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), `${register}# free gift wrapping is the claim\n`);
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    mkdirSync(join(dir, 'build'));
    writeFileSync(join(dir, 'build', 'index.html'), '<p>Free gift wrapping</p>');
    writeFileSync(join(dir, 'page.md'), 'Free gift wrapping this week');
    const r = await run(['scan', '--as-of', '2026-11-24', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json.copy.files).toBe(1);
    expect(json.findings.map((f: { location: { file: string } }) => f.location.file)).toEqual(['page.md']);
  });

  it('exits 2 for a path that does not exist or a glob that matches nothing', async () => {
    const missing = await run(['scan', 'nowhere/', ...EXAMPLE.slice(1)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('polkua `nowhere/` ei löydy');
    const glob = await run(['check', 'examples/kuvapalvelu.yaml', '--lang', 'en', '--copy', 'examples/copy/**/*.txt']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('`examples/copy/**/*.txt` matches no file');
  });

  it('exits 2 for a file named on its own that cannot be read: nothing would be searched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), register);
    // Read as root, chmod stops nothing; a socket cannot be opened by anyone.
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'page.md'), done));
    try {
      const r = await run(['scan', 'page.md', '--as-of', '2026-11-24', '--lang', 'en'], { cwd: dir });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'promise-audit: cannot read `page.md`: the system refused (ENXIO) — nothing was searched; check that the file can be read, or leave it out\n']);
    } finally {
      server.close();
    }
  });

  it('exits 2 for an unknown campaign before searching', async () => {
    const r = await run(['scan', ...EXAMPLE, '--campaign', 'joulu', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no campaign `joulu`');
  });

  it('notes skipped files in the table, and on standard error for other formats', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), register);
    writeFileSync(join(dir, 'logo.md'), new Uint8Array([0x89, 0x50, 0x00]));
    const table = await run(['scan', '--as-of', '2026-11-24', '--lang', 'en', '--no-color'], { cwd: dir });
    expect(table.stdout).toContain('! logo.md: skipped, it looks binary');
    const json = await run(['scan', '--as-of', '2026-11-24', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(json.stderr).toBe('promise-audit: logo.md: skipped, it looks binary (it has NUL bytes)\n');
    expect(JSON.parse(json.stdout).copy.notes).toEqual([{ code: 'binary', file: 'logo.md', message: 'logo.md: skipped, it looks binary (it has NUL bytes)' }]);
  });
});

describe('the examples of the copy rules\' pages', () => {
  // A page's example: a register in a yaml block, the copy file named on the
  // line before its markdown block, then the scan command and its output.
  const COMMAND = '`promise-audit scan content/ --as-of 2026-11-24` gives:';
  for (const page of ['claim-not-delivered', 'generic-claim']) {
    it(`${page}: the example gives the finding lines the page shows`, async () => {
      const text = readFileSync(join('docs/rules', `${page}.md`), 'utf8');
      const example = text.slice(text.indexOf('## Example'));
      const yaml = /```yaml\n([\s\S]*?)```/.exec(example)![1]!;
      const copy = /`(content\/[\w.-]+)`:\n\n```markdown\n([\s\S]*?)```/.exec(example)!;
      const shown = new RegExp(`${COMMAND.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(example)![1]!;
      const dir = tempDir();
      writeFileSync(join(dir, 'promises.yaml'), yaml);
      mkdirSync(join(dir, 'content'));
      writeFileSync(join(dir, copy[1]!), copy[2]!);
      const r = await run(['scan', 'content/', '--as-of', '2026-11-24', '--no-color'], { cwd: dir });
      // Compared with line breaks and indents evened out: the page wraps at one width, a terminal at another.
      const flat = (x: string) => x.replace(/\s+/g, ' ').trim();
      const output = flat(r.stdout);
      for (const finding of shown.trimEnd().split(/\n(?=  \S)/)) expect(output).toContain(flat(finding));
    });
  }
});
