/**
 * The Markdown report, read back with a real GFM parser (micromark + mdast):
 * tables keep their shape whatever the register says, user text never turns
 * into HTML, links, code or emphasis, the Mermaid timeline cannot be broken
 * by labels, and a large register stays under GitHub's job-summary limit.
 */
import type { Link, Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE } from '../../src/audit/rules/define-rule.js';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { GITHUB_STEP_SUMMARY_MAX_BYTES, MARKDOWN_CHART_MAX, MARKDOWN_FULL_LIST_MAX, renderMarkdown } from '../../src/report/markdown.js';
import { formatDate, formatNumber, formatTarget, localizeValues } from '../../src/report/shared/locale-format.js';
import { mdText } from '../../src/report/shared/markdown-escape.js';
import { mermaidLabel } from '../../src/report/shared/mermaid-escape.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { AuditResult } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { auditYaml, HEADER } from '../helpers/register.js';
import { HOSTILE, HOSTILE_YAML, MERMAID_BREAKER } from './hostile-register.js';

const render = (result: AuditResult, lang: 'en' | 'fi' = 'en') => renderMarkdown(result, { t: lang === 'fi' ? fi : en, lang, style: plainStyle, width: 120 });
const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function all(node: Nodes, type: string): Nodes[] {
  const found: Nodes[] = node.type === type ? [node] : [];
  if ('children' in node) for (const child of node.children) found.push(...all(child as Nodes, type));
  return found;
}

/** Every row of every table has exactly as many cells as its header. */
function expectWholeTables(tree: Root): Table[] {
  const tables = all(tree, 'table') as Table[];
  for (const table of tables) {
    const width = table.children[0]!.children.length;
    for (const row of table.children) expect(row.children.length, toString(row)).toBe(width);
  }
  return tables;
}

/** The table whose header starts with `first`. */
function tableAfter(tree: Root, first: string): Table {
  const table = (all(tree, 'table') as Table[]).find((t) => toString(t.children[0]!.children[0]!) === first);
  if (!table) throw new Error(`no table starting with ${first}`);
  return table;
}

const rowsOf = (table: Table) => table.children.slice(1).map((row) => row.children.map((cell) => toString(cell)));

describe('markdown report of the webshop example', async () => {
  const runs = {
    en: await run(['check', 'examples/webshop.yaml', '--format', 'markdown', '--lang', 'en']),
    fi: await run(['check', 'examples/webshop.yaml', '--format', 'markdown', '--lang', 'fi']),
  };

  it('is what `check --format markdown` prints, with the gate’s exit code', () => {
    expect(runs.en.code).toBe(1);
    expect(runs.en.stderr).toBe('');
    // The verdict names the rule raised to error in the register's policy beside the broken promise.
    expect(runs.en.stdout.split('\n')[0]).toBe('## ✖ FAIL — the gate fails: a promise would be announced, or is public, undelivered; hygiene-first also has findings at error level');
  });

  it.each(['en', 'fi'] as const)('parses as GFM with whole tables and no HTML (%s)', (lang) => {
    const tree = parse(runs[lang].stdout);
    expect(expectWholeTables(tree).length).toBeGreaterThanOrEqual(7);
    expect(all(tree, 'html')).toEqual([]);
  });

  it('gives the verdict first, then the counts by status', () => {
    const tree = parse(runs.en.stdout);
    expect(tree.children[0]!.type).toBe('heading');
    const counts = (all(tree, 'table') as Table[])[0]!;
    expect(rowsOf(counts)).toEqual([['4', '1', '0', '0', '0', '2', '1', '1']]);
    expect(toString(counts.children[0]!)).toContain('ready');
  });

  it('lists what each owner must do, by the touchpoint’s owner, with deadlines', () => {
    const md = runs.en.stdout;
    const section = md.slice(md.indexOf('### Before launch, by owner'), md.indexOf('### Timeline'));
    expect(section).toContain('#### Customer service');
    const rows = rowsOf(tableAfter(parse(section), 'Deadline'));
    expect(rows[0]).toEqual([
      'now: public since 2025-09-01',
      'phone-answered',
      'Phone line',
      expect.stringContaining('deliver at Phone line and record the evidence'),
    ]);
    expect(rows.some((r) => r[0] === 'by 2026-11-27 (3 days left)' && r[3]!.includes('hygiene-first'))).toBe(true);
  });

  it('draws the timeline as a Mermaid gantt chart: the promise announced before delivery is crit', () => {
    const tree = parse(runs.en.stdout);
    const chart = all(tree, 'code').find((c) => c.type === 'code' && c.lang === 'mermaid');
    expect(chart?.type === 'code' && chart.value).toMatch(/^gantt\n/);
    const value = chart?.type === 'code' ? chart.value : '';
    expect(value).toContain('section size-advice\n    ✔ Not sure about the size');
    expect(value).toMatch(/✔ Not sure about the size[^\n]* :done, 2026-11-16, 2026-11-27/);
    expect(value).toMatch(/✖ We answer the phone whenever we are open :crit, 2025-09-01, 2026-11-24/);
  });

  it('shows journey coverage for every stage, including the often forgotten waiting stage', () => {
    const tree = parse(runs.en.stdout);
    const rows = rowsOf(tableAfter(tree, 'Stage'));
    expect(rows.map((r) => r[0])).toEqual(['awareness', 'consideration', 'purchase', 'waiting', 'delivery', 'use', 'aftercare']);
    expect(rows.find((r) => r[0] === 'waiting')!.at(-1)).toBe('⚠ no promise');
    expect(rows.find((r) => r[0] === 'aftercare')).toEqual(['aftercare', '✔ 1/1', '✔ 1/1', '✖ 0/1', '✔ 1/1', '✖ 1/2']);
    expect(runs.en.stdout).toContain('waiting, between purchase and delivery, is the stage most often forgotten');
  });

  it('says how to get journey coverage when no promise names a stage, instead of seven empty rows', () => {
    const markdown = render(auditYaml(`${HEADER}promises:\n  - { id: a, statement: S, tier: hygiene, owner: logistics }\n`));
    const section = markdown.slice(markdown.indexOf('### Journey coverage'));
    expect(section).toMatch(/^### Journey coverage\n\nNo promise names its stage of the customer journey/);
    expect(markdown).not.toContain('⚠ no promise');
  });

  it('lists findings with file:line, waivers with approver and expiry, and the audit trail', () => {
    const tree = parse(runs.en.stdout);
    const findings = rowsOf(tableAfter(tree, 'Severity'));
    expect(findings.find((r) => r[1] === 'broken-promise')?.[4]).toMatch(/^examples\/webshop\.yaml:\d+$/);
    const waiverTable = (all(tree, 'table') as Table[]).find((t) => toString(t.children[0]!).includes('Approved by'))!;
    expect(rowsOf(waiverTable)).toContainEqual(['size-advice', 'customer-voice', '—', 'Post-purchase survey starts in January with the new CX tool', 'Marketing', '2027-01-31', '✔ live, covers 1 finding']);
    const trail = (all(tree, 'table') as Table[]).find((t) => toString(t.children[0]!).includes('Valid until'))!;
    expect(rowsOf(trail)).toContainEqual([
      'checkout-just-works',
      'Web shop',
      'metric: Checkout success rate, sessions that reach payment, last 30 days',
      '2026-11-18',
      'E-commerce',
      '99.1 % (target ≥ 98.5)',
      '2027-05-17',
      'reports/ecommerce/checkout-funnel-2026-11.csv',
    ]);
  });

  it('writes Finnish labels, dates and decimal commas in Finnish (ISO dates only inside the chart)', () => {
    const md = runs.fi.stdout;
    expect(md.split('\n')[0]).toContain('HYLÄTTY');
    expect(md).toContain('### Asiakaspolun kattavuus');
    expect(md).toContain('| odotus |');
    expect(md).toContain('Tarkastuspäivä 24.11.2026');
    expect(md).toContain('99,1 % (tavoite ≥ 98,5)');
    const outsideChart = md.replace(/```mermaid[\s\S]*?```/, '').replace(/\(https:[^)]*\)/g, '');
    expect(outsideChart).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(md).toContain('axisFormat %-d.%-m.%Y');
  });

  it('is deterministic: two runs are byte-identical', async () => {
    const again = await run(['check', 'examples/webshop.yaml', '--format', 'markdown', '--lang', 'en']);
    expect(again.stdout).toBe(runs.en.stdout);
  });
});

describe('markdown report of evidence whose data cannot be used', async () => {
  const runs = await Promise.all(
    (['en', 'fi'] as const).map((lang) => run(['check', 'fail.yaml', '--format', 'markdown', '--lang', lang], { cwd: 'test/fixtures/data-unreadable' })),
  );

  it('quotes column names and cells in quotation marks, which read as written (a backtick would show as one)', () => {
    const [en, fi] = runs.map((r) => toString(parse(r.stdout)));
    expect(en).toContain('there is no column “hours” (columns: “order”, “days”, “shipped”)');
    expect(en).toContain('“x” in column “days” is not a number');
    expect(fi).toContain('saraketta ”hours” ei ole (sarakkeet: ”order”, ”days”, ”shipped”)');
    // Apart from the chart's fence, the words carry no backticks: none shown as written, none read as code.
    for (const text of [en, fi]) expect(text).not.toContain('`');
  });
});

describe('markdown report of a hostile register', () => {
  const result = auditYaml(HOSTILE_YAML);
  const md = render(result);
  const tree = parse(md);

  it('keeps every table whole', () => {
    const promises = tableAfter(tree, 'Status');
    expectWholeTables(tree);
    expect(rowsOf(promises).map((r) => r[1])).toEqual(['p-ready', 'p-broken', 'p-pending']);
  });

  it('turns no user text into HTML, links, images, code, emphasis or strikethrough', () => {
    expect(all(tree, 'html')).toEqual([]);
    expect(all(tree, 'image')).toEqual([]);
    expect(all(tree, 'inlineCode')).toEqual([]);
    expect(all(tree, 'emphasis')).toEqual([]);
    expect(all(tree, 'delete')).toEqual([]);
    for (const link of all(tree, 'link') as Link[]) expect(link.url.startsWith(DOCS_BASE), link.url).toBe(true);
    // The one strong text is the report's own title.
    expect(all(tree, 'strong').map((n) => toString(n))).toHaveLength(1);
  });

  it('shows user text as written (line breaks as spaces, long text clipped), with only invisible word joiners added', () => {
    const shown = (text: string) => {
      const line = text.replace(/\n/g, ' ');
      return line.length > 300 ? `${Array.from(line).slice(0, 299).join('')}…` : line;
    };
    const visible = (cell: string | undefined) => cell?.replace(/\u2060/g, '');
    expect(visible(rowsOf(tableAfter(tree, 'Status'))[0]![2])).toBe(shown(HOSTILE));
    expect(visible(rowsOf(tableAfter(tree, 'Status'))[1]![2])).toBe(shown(MERMAID_BREAKER));
    const waiver = (all(tree, 'table') as Table[]).find((t) => toString(t.children[0]!).includes('Approved by'))!;
    expect(visible(rowsOf(waiver)[0]![3])).toBe(shown(HOSTILE));
  });

  it('keeps the Mermaid chart to task and section lines that user text cannot break', () => {
    const chart = all(tree, 'code').find((c) => c.type === 'code' && c.lang === 'mermaid');
    if (chart?.type !== 'code') throw new Error('no mermaid chart');
    const lines = chart.value.split('\n');
    expect(lines.slice(0, 4)).toEqual(['gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d', '    todayMarker off']);
    const date = '\\d{4}-\\d{2}-\\d{2}';
    const task = new RegExp(`^    [✔⚠✖◷◆] [^:#;%\`"<>{}\\[\\]&\\\\]+ :(done|crit|active|milestone), ${date}, (${date}|\\d+d)$`, 'u');
    for (const line of lines.slice(4)) {
      if (line.startsWith('    section ')) expect(line).toMatch(/^ {4}section [a-zA-Z0-9 ./()-]+$/);
      else expect(line).toMatch(task);
    }
    expect(lines.filter((l) => l.startsWith('    section '))).toEqual(['    section Audit day', '    section p-ready', '    section p-broken', '    section p-pending']);
    // Announced before its delivery was verified, and public without delivery: both crit.
    expect(lines.find((l) => l.includes('2026-10-01'))).toMatch(/^ {4}⚠ .*:crit, 2026-10-01, 2026-11-01$/);
    expect(lines.find((l) => l.includes('2026-01-01'))).toMatch(/^ {4}✖ .*:crit, 2026-01-01, 2026-11-24$/);
    expect(lines.find((l) => l.includes('2027-06-01'))).toMatch(/^ {4}◷ .*:active, 2026-11-24, 2027-06-01$/);
  });
});

describe('escaping helpers', () => {
  it('mdText escapes what Markdown, GFM and GitHub would act on', () => {
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('ends with \\')).toBe('ends with \\\\');
    expect(mdText('<b>&amp;</b>')).toBe('\\<b\\>\\&amp;\\</b\\>');
    expect(mdText('$5 or $6')).toBe('\\$5 or \\$6');
    expect(mdText('line\nbreak\r')).not.toMatch(/[\n\r]/);
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('1. item')).toBe('1\\. item');
    expect(mdText('1.5 days')).toBe('1.5 days');
    // Links GitHub finds in plain text are broken by an invisible word joiner (U+2060).
    expect(mdText('see https://x.example or www.x.example, a@x.example, @team, #12')).toBe(
      'see https\u2060://x.example or www\u2060.x.example, a@\u2060x.example, @\u2060team, \\#\u206012',
    );
  });

  it('mermaidLabel keeps letters, digits and plain punctuation only', () => {
    expect(mermaidLabel('Tilaus perillä: 2 päivässä; #35; %% x\nsection y `z` "q" <b>')).toBe('Tilaus perillä 2 päivässä 35 x section y z q b');
    expect(mermaidLabel(':#;', 60, 'fallback')).toBe('fallback');
    expect(mermaidLabel('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('locale formatting', () => {
  it('writes dates from the ISO parts: fi 24.11.2026 without leading zeros, en ISO', () => {
    expect(formatDate('2026-11-24', 'fi')).toBe('24.11.2026');
    expect(formatDate('2027-01-03', 'fi')).toBe('3.1.2027');
    expect(formatDate('2026-11-24', 'en')).toBe('2026-11-24');
  });

  it('writes figures with the decimal mark and grouping of the language', () => {
    expect(formatNumber(1.5, 'fi')).toBe('1,5');
    expect(formatNumber(-0.25, 'fi')).toBe('-0,25');
    expect(formatNumber(1234, 'fi')).toBe('1234');
    expect(formatNumber(12345.5, 'fi')).toBe('12\u00a0345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatTarget('>= 98.5', 'fi')).toBe('≥ 98,5');
    expect(formatTarget('== 0', 'en')).toBe('= 0');
  });

  it('localises only the values that are dates and figures, never ids', () => {
    const data = { touchpoint: '2026-11-24', since: '2026-11-24', touchpoints: [{ id: 'web', reason: { code: 'expired', validUntil: '2026-11-07', expiredOn: '2026-11-08' } }], actual: 1.5 };
    expect(localizeValues(data, 'fi')).toEqual({
      touchpoint: '2026-11-24',
      since: '24.11.2026',
      touchpoints: [{ id: 'web', reason: { code: 'expired', validUntil: '7.11.2026', expiredOn: '8.11.2026' } }],
      actual: '1,5',
    });
  });
});

describe('a large register', () => {
  /** `ready` of them delivered, the rest public and broken at three touchpoints each; statements of 280 characters. */
  function largeRegister(count: number, ready: number): string {
    const lines = [
      'version: 1',
      'brand: Iso Oy',
      'owners:',
      '  ops: { name: Operations }',
      'touchpoints:',
      '  web: { name: Web }',
      '  app: { name: App }',
      '  phone: { name: Phone }',
      'promises:',
    ];
    const statement = (i: number) => JSON.stringify(`Promise ${i} | ${'long words that marketing wrote '.repeat(9)}`.slice(0, 280));
    for (let i = 0; i < count; i++) {
      lines.push(`  - id: p-${i}`, `    statement: ${statement(i)}`, '    tier: hygiene', '    owner: ops', '    announce: 2026-01-01');
      if (i < ready) {
        lines.push('    evidence:');
        for (const tp of ['web', 'app', 'phone']) lines.push(`      - { touchpoint: ${tp}, kind: test, summary: ${statement(i)}, verified: 2026-11-01, by: ops }`);
      }
    }
    return `${lines.join('\n')}\n`;
  }

  it(`above ${MARKDOWN_FULL_LIST_MAX} promises lists only those not ready, and counts the rest`, () => {
    const md = render(auditYaml(largeRegister(MARKDOWN_FULL_LIST_MAX + 20, 100)));
    const tree = parse(md);
    expectWholeTables(tree);
    expect(rowsOf(tableAfter(tree, 'Status')).map((r) => r[0])).toEqual(Array(20).fill('✖ broken'));
    expect(md).toContain('100 ready promises are not listed, to keep this report short');
    expect(md).toContain('The evidence of 100 ready promises is not listed');
  });

  it('stays under GitHub’s job-summary limit by summarising whole tables', () => {
    const md = render(auditYaml(largeRegister(4000, 1000)));
    const bytes = new TextEncoder().encode(md).length;
    expect(bytes).toBeLessThan(GITHUB_STEP_SUMMARY_MAX_BYTES);
    expect(bytes).toBeGreaterThan(GITHUB_STEP_SUMMARY_MAX_BYTES / 10);
    const tree = parse(md);
    expectWholeTables(tree);
    expect(all(tree, 'html')).toEqual([]);
    expect(md).toMatch(/… and \d+ more, not listed to keep this report short/);
    expect(md).toContain('1000 ready promises are not listed');
    const chart = all(tree, 'code').find((c) => c.type === 'code' && c.lang === 'mermaid');
    expect(chart?.type === 'code' && chart.value.split('\n').filter((l) => l.startsWith('    section ')).length).toBe(MARKDOWN_CHART_MAX + 1);
    expect(md.endsWith('Made with promise-audit: deliver first, promise second.\n')).toBe(true);
  });
});
