/**
 * The HTML report: self-contained and inert. Checked as text (only our own
 * tags and attributes, no scripts, no URLs, a CSP that admits exactly our
 * stylesheet, deterministic) and, where Debian's Chromium is installed, in a
 * real headless browser: no console errors, no requests, verdict and grid
 * visible, printable.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { renderHtml } from '../../src/report/html.js';
import { plainStyle } from '../../src/report/shared/style.js';
import type { AuditResult } from '../../src/types.js';
import { run } from '../helpers/cli.js';
import { auditYaml } from '../helpers/register.js';
import { HOSTILE, HOSTILE_YAML } from './hostile-register.js';

const render = (result: AuditResult, lang: 'en' | 'fi' = 'en') => renderHtml(result, { t: lang === 'fi' ? fi : en, lang, style: plainStyle, width: 120 });

const TAGS = new Set([
  '!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'section', 'div', 'h1', 'h2', 'h3', 'p', 'br', 'wbr',
  'strong', 'span', 'small', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'g', 'rect', 'line', 'circle', 'path', 'text',
]);
const ATTRIBUTES = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'role', 'scope', 'aria-label', 'aria-labelledby', 'aria-hidden',
  'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'd', 'text-anchor',
]);

/** Every tag outside <style>, with its name and attributes. */
function tags(html: string): { name: string; attributes: [string, string][] }[] {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  return [...body.matchAll(/<\/?([!\w-]+)([^>]*)>/g)].map((m) => ({
    name: m[1]!,
    attributes: [...m[2]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as [string, string]),
  }));
}

function expectInert(html: string): void {
  for (const tag of tags(html)) {
    expect(TAGS.has(tag.name), `tag <${tag.name}>`).toBe(true);
    for (const [name, value] of tag.attributes) {
      if (tag.name === '!DOCTYPE') continue;
      expect(ATTRIBUTES.has(name), `attribute ${name} on <${tag.name}>`).toBe(true);
      expect(value, `${name}="${value}"`).not.toMatch(/https?:|javascript:|data:|url\(/i);
    }
  }
  expect(html).not.toMatch(/<(script|img|iframe|object|embed|link|a|form|input|base|use|image|foreignObject)[\s>/]/i);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(style).not.toMatch(/url\(|@import|@font-face/i);
}

describe('html report of the webshop example', async () => {
  const runs = {
    en: await run(['check', 'examples/webshop.yaml', '--format', 'html', '--lang', 'en']),
    fi: await run(['check', 'examples/webshop.yaml', '--format', 'html', '--lang', 'fi']),
  };

  it('is one self-contained document in the chosen language', () => {
    expect(runs.en.code).toBe(1);
    expect(runs.en.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(runs.fi.stdout.startsWith('<!DOCTYPE html>\n<html lang="fi">')).toBe(true);
    expect(runs.en.stdout).toContain('<strong>✖ FAIL</strong>');
    expect(runs.fi.stdout).toContain('<strong>✖ HYLÄTTY</strong>');
    expect(runs.fi.stdout).toContain('Tarkastuspäivä 24.11.2026');
  });

  it.each(['en', 'fi'] as const)('references nothing outside itself and has only inert markup (%s)', (lang) => {
    expectInert(runs[lang].stdout);
    expect(runs[lang].stdout).not.toMatch(/https?:\/\//);
  });

  it('has a Content-Security-Policy that admits exactly its one stylesheet', () => {
    const html = runs.en.stdout;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("script-src 'none'");
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]![1]!, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/\sstyle="/);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('shows delivery in the grid with a symbol and a word, not colour alone', () => {
    const html = runs.en.stdout;
    expect(html).toContain('<td class="cell no"><span class="sym" aria-hidden="true">✖</span>not delivered<small>evidence expired on 2026-11-08</small></td>');
    expect(html).toContain('<td class="cell ok"><span class="sym" aria-hidden="true">✔</span>delivered</td>');
  });

  it('is deterministic: two runs are byte-identical', async () => {
    const again = await run(['check', 'examples/webshop.yaml', '--format', 'html', '--lang', 'en']);
    expect(again.stdout).toBe(runs.en.stdout);
  });
});

describe('html report of a hostile register', () => {
  const html = render(auditYaml(HOSTILE_YAML));

  it('escapes every piece of user text', () => {
    expectInert(html);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
    expect(html).toContain('&quot;quoted&quot; &#39;single&#39;');
  });
});

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`html.test.ts: the browser test is skipped: ${CHROMIUM} does not exist (install Debian's chromium package to run it)`);

describe.skipIf(!HAS_CHROMIUM)('html report in headless Chromium', () => {
  type Context = Awaited<ReturnType<(typeof import('playwright-core'))['chromium']['launchPersistentContext']>>;
  let context: Context;
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = mkdtempSync(join(tmpdir(), 'promise-audit-chromium-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the report from a file and records what a reader would not want: errors, requests, dialogs. */
  async function open(html: string, name: string) {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url && r.url() !== 'about:blank') problems.push(`request: ${r.url()}`);
    });
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  it('shows the verdict and the grid, with no console errors and no requests', async () => {
    const { stdout } = await run(['check', 'examples/webshop.yaml', '--format', 'html', '--lang', 'en']);
    const { page, problems } = await open(stdout, 'webshop.en.html');
    await expect.poll(() => page.locator('.verdict').isVisible()).toBe(true);
    expect(await page.locator('.verdict').innerText()).toContain('FAIL');
    const grid = page.locator('table.grid').first();
    expect(await grid.isVisible()).toBe(true);
    expect(await grid.locator('tbody tr').count()).toBe(5);
    expect(await grid.locator('td.cell.no').count()).toBe(1);
    expect(await page.locator('#timeline svg').isVisible()).toBe(true);
    expect(await page.evaluate('document.scripts.length + document.images.length + document.links.length')).toBe(0);
    // Wide enough content stays inside a laptop screen, or scrolls inside its own box.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('fits a phone: wide tables scroll in their own box, and the page does not scroll sideways', async () => {
    for (const example of ['webshop', 'kuvapalvelu']) {
      const { stdout } = await run(['check', `examples/${example}.yaml`, '--format', 'html']);
      const { page, problems } = await open(stdout, `${example}.phone.html`);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate('document.documentElement.scrollWidth'), example).toBeLessThanOrEqual(390);
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('shows hostile register text as text, and runs nothing', async () => {
    const { page, problems } = await open(render(auditYaml(HOSTILE_YAML)), 'hostile.html');
    const statement = await page.locator('table.grid tbody th .stmt').first().textContent();
    const expected = HOSTILE.replace(/\n/g, ' ');
    expect(statement).toBe(expected);
    expect(await page.evaluate('document.scripts.length + document.images.length + document.links.length')).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
