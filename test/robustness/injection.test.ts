/**
 * Output injection: strings from the register are untrusted in every output.
 * One register puts the same hostile payloads in every piece of free text a
 * user can write (brand, owner names and contacts, touchpoint names, campaign
 * names, statements, evidence summaries, sources and units, plan notes,
 * waiver reasons), and each output is checked for its own kind of breakout:
 *
 * - terminal (table, explain, validate's diagnostics and code frames, error
 *   messages): escape sequences and other controls are shown, not executed;
 * - a CI log (every format printed to standard output): no GitHub Actions
 *   workflow command (`::cmd::` at the start of a line, `##[cmd]` anywhere);
 * - Markdown: no HTML, links, images, code or broken tables;
 * - HTML: no markup but ours, no event handler, no script;
 * - JUnit XML: well-formed, the text intact;
 * - CSV: no formula, every row whole;
 * - SARIF and JSON: valid JSON whose strings are exactly the register's;
 * - GitHub annotations: one command per line, nothing else.
 */
import type { Nodes, Root, Table } from 'mdast';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadRegister } from '../../src/register/index.js';
import { run, tempDir, type RunResult } from '../helpers/cli.js';

// ── The payloads ─────────────────────────────────────────────────────────────

const ESC = '\u001b';
const BEL = '\u0007';
/** Terminal: each would do something if printed raw. */
const TERMINAL = {
  csi: `${ESC}[31mred${ESC}[0m ${ESC}[2J${ESC}[H`,
  osc8: `${ESC}]8;;https://evil.example/${BEL}click me${ESC}]8;;${BEL}`,
  osc52: `${ESC}]52;c;cm0gLXJmIH4=${BEL}`,
  bel: `ding${BEL}`,
  backspace: 'paid\b\b\b\bfree',
  carriageReturn: 'all good\roverwritten',
  bidi: 'abc\u202Edcba\u202C \u2066iso\u2069',
  c1: '\u009b31mC1 CSI\u009c',
  nul: 'nul\u0000byte',
  del: 'del\u007f',
};
/** Everything else: markup, formulas and commands of every output format. */
const MARKUP = {
  markdown: '| pipe | **bold** _em_ `code` [link](javascript:alert(1)) ![img](https://evil.example/x.png) $x^2$ https://evil.example @someone #12 <!-- c -->',
  html: '<script>alert(1)</script><img src=x onerror=alert(2)>"><svg onload=alert(3)> \' onmouseover=\'alert(4)',
  xml: ']]> <!ENTITY x "y"> &amp; &#0; \uFFFE \uD800',
  csv: '=HYPERLINK("https://evil.example","x")',
  github: '::error file=promises.yaml::injected\n::add-mask::secret\n##[error]legacy ##[stop-commands]tok %0A::warning::x',
  json: '"}, {"injected": true} \\ \u2028 \u2029',
  mermaid: 'section evil : x ; click y call z() %%{init}%% ```',
};
const PAYLOAD = [...Object.values(TERMINAL), ...Object.values(MARKUP)].join(' \n ');
/** Where text starts a cell or a line: formula starts and commands. */
const LEADING = ['=1+2', '+SUM(A1)', '-2', '@x', '\t=1', '\r=1', '::error::lead', '##[error]lead'];

const hostile = (i: number) => `${LEADING[i % LEADING.length]} ${PAYLOAD}`;

const REGISTER = {
  version: 1,
  brand: hostile(0),
  as_of: '2026-11-24',
  owners: {
    ops: { name: hostile(1), contact: hostile(2) },
    mkt: { name: hostile(3) },
  },
  touchpoints: {
    web: { name: hostile(4), owner: 'ops' },
    shop: { name: hostile(5) },
  },
  campaigns: {
    launch: { name: hostile(6), launch: '2026-11-30', ends: '2026-12-24', channels: [hostile(7)], promises: ['wow'] },
  },
  promises: [
    {
      id: 'ready',
      statement: hostile(0),
      tier: 'hygiene',
      owner: 'ops',
      touchpoints: ['web'],
      announce: '2026-10-01',
      evidence: [{ touchpoint: 'web', kind: 'metric', summary: hostile(1), verified: '2026-11-01', by: 'ops', source: hostile(2), target: '<= 2', actual: 1.5, unit: hostile(3) }],
    },
    {
      id: 'broken',
      statement: hostile(4),
      tier: 'hygiene',
      owner: 'mkt',
      touchpoints: ['web', 'shop'],
      announce: '2026-01-01',
      evidence: [{ touchpoint: 'shop', kind: 'survey', summary: hostile(5), verified: '2026-11-01', by: 'mkt', source: hostile(6), target: '>= 90', actual: 12, unit: hostile(7) }],
      waivers: [{ rule: 'broken-promise', touchpoint: 'shop', reason: hostile(0), approved_by: 'mkt', expires: '2027-01-31' }],
    },
    {
      id: 'wow',
      statement: hostile(1),
      tier: 'differentiator',
      owner: 'mkt',
      plan: [
        { touchpoint: 'web', due: '2026-11-28', note: hostile(2) },
        { touchpoint: 'shop', due: '2026-11-20', note: hostile(3) },
      ],
      waivers: [{ rule: 'customer-voice', reason: hostile(4), approved_by: 'ops', expires: '2026-01-01' }],
    },
  ],
};

// ── What must never come out ────────────────────────────────────────────────

/** Everything a terminal acts on: C0 but tab and line feed, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Our own colours: SGR sequences only. */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
/** Commands the GitHub Actions runner registers (ActionCommandManager), which `##[cmd]` reaches anywhere in a line. */
const LEGACY_COMMAND = /##\[(?:set-env|set-output|save-state|add-mask|add-path|add-matcher|remove-matcher|debug|warning|error|notice|group|endgroup|echo|stop-commands)\b/i;

/** Printed to a terminal or a CI log, nothing in it acts. */
function expectInert(output: string, { colours = false } = {}): void {
  expect(colours ? output.replace(SGR, '') : output).not.toMatch(TERMINAL_CONTROLS);
  expectNoWorkflowCommands(output);
}

function expectNoWorkflowCommands(output: string, own: (line: string) => boolean = () => false): void {
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (own(line)) continue;
    expect(line.trimStart(), line).not.toMatch(/^::/);
    expect(line, line).not.toMatch(LEGACY_COMMAND);
  }
}

/** The payloads really arrived, made visible: ␛ for ESC, <U+202E> for a bidi override. */
function expectShown(output: string): void {
  expect(output).toContain('␛[31mred');
  expect(output).toContain('␛]52;c;cm0gLXJmIH4=␇');
  expect(output).toContain('<U+202E>');
  expect(output).toContain('paid␈␈␈␈free');
}

// ── Running it ───────────────────────────────────────────────────────────────

const dir = tempDir();
const FILE = 'promises.yaml';
const outputs = {} as Record<string, RunResult>;
const FORMATS = ['table', 'json', 'markdown', 'html', 'sarif', 'junit', 'github', 'csv'] as const;

beforeAll(async () => {
  writeFileSync(join(dir, FILE), stringify(REGISTER));
  for (const format of FORMATS) outputs[format] = await run(['check', FILE, '--format', format, '--lang', 'en'], { cwd: dir });
  outputs.colours = await run(['check', FILE, '--lang', 'en'], { cwd: dir, tty: true, env: { FORCE_COLOR: '3' } });
  outputs.fi = await run(['check', FILE, '--lang', 'fi'], { cwd: dir });
});

describe('the hostile register', () => {
  it('is valid, and every hostile string survives YAML unchanged', () => {
    const loaded = loadRegister(stringify(REGISTER), FILE);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.register.brand).toBe(REGISTER.brand);
      expect(loaded.register.promises[1]!.waivers![0]!.reason).toBe(hostile(0));
    }
  });

  it.each(FORMATS)('gives a report in %s with the gate failing (exit 1)', (format) => {
    expect(outputs[format]!.code, outputs[format]!.stderr).toBe(1);
    expect(outputs[format]!.stderr).toBe('');
  });
});

describe('terminal', () => {
  it('table: controls are shown, not executed; no workflow command', () => {
    for (const out of [outputs.table!.stdout, outputs.fi!.stdout]) {
      expectInert(out);
      expectShown(out);
    }
    expectInert(outputs.colours!.stdout, { colours: true });
    expect(outputs.colours!.stdout).toMatch(SGR);
  });

  it('explain: every line of every promise', async () => {
    for (const id of ['ready', 'broken', 'wow']) {
      const r = await run(['explain', id, FILE, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(0);
      expectInert(r.stdout);
      expect(r.stdout).toContain('␛[31mred');
    }
  });

  it('validate: diagnostics and code frames of hostile lines, keys and values', async () => {
    const broken = `${stringify(REGISTER)}"${ESC}]52;c;eA==${BEL}key": 1\nowners_typo${ESC}[2J: x\n`.replace('version: 1', `version: "${ESC}[31m1${BEL}"`);
    writeFileSync(join(dir, 'invalid.yaml'), broken);
    for (const format of ['text', 'json']) {
      const r = await run(['validate', 'invalid.yaml', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(2);
      expectInert(r.stdout);
      if (format === 'text') {
        expect(r.stdout).toMatch(/^> +\d+ \| /m);
        expect(r.stdout).toContain('␛]52;c;eA==␇');
      } else {
        expect(JSON.parse(r.stdout)[0].message).toContain(`${ESC}[31m1${BEL}`);
      }
    }
    const check = await run(['check', 'invalid.yaml', '--lang', 'en'], { cwd: dir });
    expect(check.code).toBe(2);
    expectInert(check.stderr);
  });

  it('error messages that quote values: file names, campaign and promise ids, options', async () => {
    const evil = `${ESC}]8;;x${BEL}${ESC}[2J::error::x ##[error]y`;
    const runs = [
      await run(['check', `${evil}.yaml`], { cwd: dir }),
      await run(['check', FILE, '--campaign', evil], { cwd: dir }),
      await run(['explain', evil, FILE], { cwd: dir }),
      await run(['check', FILE, `--${evil}`], { cwd: dir }),
      await run(['check', FILE, '--format', evil], { cwd: dir }),
      await run(['init', join(`${evil}-missing-folder`, 'x.yaml')], { cwd: dir }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expectInert(r.stderr);
      expect(r.stderr).toContain('␛');
    }
  });

  it('a register file whose name holds escape sequences and commands', async () => {
    const name = `::error::${ESC}[2J##[error]x.yaml`;
    writeFileSync(join(dir, name), stringify(REGISTER));
    const check = await run(['check', name, '--lang', 'en'], { cwd: dir });
    expectInert(check.stdout);
    writeFileSync(join(dir, name), 'version: 2\n');
    const validate = await run(['validate', name, '--lang', 'en'], { cwd: dir });
    expect(validate.code).toBe(2);
    expectInert(validate.stdout);
  });
});

describe('Markdown', () => {
  const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const all = (node: Nodes, type: string): Nodes[] => [...(node.type === type ? [node] : []), ...('children' in node ? node.children.flatMap((c) => all(c as Nodes, type)) : [])];

  it('no HTML, no link or image but the rule docs, no code, whole tables', () => {
    const md = outputs.markdown!.stdout;
    const tree = parse(md);
    expect(all(tree, 'html')).toEqual([]);
    expect(all(tree, 'image')).toEqual([]);
    expect(all(tree, 'inlineCode')).toEqual([]);
    for (const link of all(tree, 'link')) expect((link as { url: string }).url).toMatch(/^https:\/\/github\.com\/promise-audit\/promise-audit\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    for (const table of all(tree, 'table') as Table[]) {
      const width = table.children[0]!.children.length;
      for (const row of table.children) expect(row.children.length).toBe(width);
    }
    // Only the timeline is a code block, and the payload cannot close it.
    expect(all(tree, 'code').map((c) => (c as { lang: string }).lang)).toEqual(['mermaid']);
    // The text is there, to be read.
    expect(toString(tree)).toContain('<script>alert(1)</script>');
    expectInert(md);
  });
});

describe('HTML', () => {
  const ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'footer', 'main', 'section', 'p', 'strong', 'span', 'small', 'br', 'wbr', 'h1', 'h2', 'h3', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'text', 'rect', 'line', 'circle', 'path', 'g']);

  it('no markup but the report’s own, no event handler, no script', () => {
    const html = outputs.html!.stdout;
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    for (const [, name, attributes] of tags) {
      expect(ELEMENTS.has(name!.toLowerCase()), name).toBe(true);
      expect(attributes, name).not.toMatch(/\son\w+\s*=/i);
    }
    expect(html).not.toMatch(/<script|javascript:(?!alert)|<img|<svg onload/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("content=\"default-src 'none'; style-src 'sha256-");
    expectInert(html);
  });
});

describe('JUnit XML', () => {
  it('is well-formed and keeps the text', () => {
    const xml = outputs.junit!.stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { testcase: { name: string; 'system-out': string }[] } };
    };
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases.map((c) => c.name)).toEqual(['ready', 'broken', 'wow']);
    expect(String(cases[0]!['system-out'])).toContain('<script>alert(1)</script>');
    expect(xml).not.toContain(']]>');
    expectInert(xml);
  });
});

describe('CSV', () => {
  it('no formula, whole rows, inert when printed, and the rest of the text intact', () => {
    const out = outputs.csv!.stdout;
    const rows = parseCsv(out.replace(/^\ufeff/, ''), { relaxQuotes: false }) as string[][];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\0]/);
    // `--format csv` prints to a terminal or a CI log as often as to a file.
    // Its own row ends are CRLF (RFC 4180).
    expectInert(out.replaceAll('\r\n', '\n'));
    expectShown(out);
    const statement = rows[1]![rows[0]!.indexOf('Statement')]!;
    // Markup of other formats, and line breaks, stay as written.
    for (const text of [MARKUP.html, MARKUP.csv, MARKUP.markdown, MARKUP.mermaid]) expect(statement).toContain(text);
    expect(statement.split('\n')).toHaveLength(PAYLOAD.split('\n').length);
  });
});

describe('SARIF and JSON', () => {
  it.each(['sarif', 'json'] as const)('%s is valid JSON with the register’s strings exactly, and inert when printed', (format) => {
    const out = outputs[format]!.stdout;
    const parsed = JSON.parse(out) as unknown;
    const strings = JSON.stringify(parsed);
    // Every payload comes back byte for byte (as JSON escapes).
    expect(strings).toContain(JSON.stringify(TERMINAL.osc52).slice(1, -1));
    expect(strings).toContain(JSON.stringify(MARKUP.github).slice(1, -1));
    if (format === 'json') expect((parsed as { promises: { statement: string }[] }).promises[0]!.statement).toBe(REGISTER.promises[0]!.statement);
    expectInert(out);
  });
});

describe('GitHub annotations', () => {
  it('one workflow command per finding, one per line, nothing else', () => {
    const out = outputs.github!.stdout;
    const lines = out.split('\n').filter(Boolean);
    const report = JSON.parse(outputs.json!.stdout) as { findings: unknown[] };
    expect(lines).toHaveLength(report.findings.length + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) title=[^:\r\n]*,file=[^:,\r\n]*,line=\d+,col=\d+::[^\r\n]*$/);
    expect(lines.at(-1)).toMatch(/^promise-audit: FAIL — /);
    expect(out).not.toContain(ESC);
    expect(out).toContain('%0A::add-mask::secret');
    // The last line is ours, and no other line is anything but one of our commands.
    expectNoWorkflowCommands(out, (line) => /^::(error|warning|notice) title=/.test(line));
  });
});
