/** `promise-audit explain`: why a promise has its status, for every status; it explains and never gates. */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const explain = (id: string, file: string, ...more: string[]) => run(['explain', id, `examples/${file}`, '--lang', 'en', ...more]);

describe('explain', () => {
  it('ready: the evidence behind the green light, computed from data with its sample', async () => {
    const r = await explain('two-day-delivery', 'webshop.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status ready: delivered at 2 of 2 touchpoints');
    expect(r.stdout).toContain("Announce date: 2026-03-01, from the promise's own `announce`.");
    expect(r.stdout).toContain('✔ webshop (Web shop) — delivered\n');
    expect(r.stdout).toMatch(/^ +✔ metric “Delivery time p90, web shop orders, October” verified 2026-10-31 by logistics, valid until 2027-04-29$/m);
    // The pilot measurement from before the announcement stays on record, expired.
    expect(r.stdout).toMatch(/^ +✖ metric “Delivery time p90, January pilot” verified 2026-02-05 by logistics, valid until 2026-08-04$/m);
    expect(r.stdout).toContain('computed: p90 of column days in examples/data/delivery-2026-10.csv, n = 394, 2026-10-01 – 2026-10-31');
    expect(r.stdout).toContain('Findings: none.');
  });

  it('shows a computed figure to two decimals, as people read it; the JSON report keeps it whole', async () => {
    const r = await explain('free-returns', 'webshop.yaml');
    expect(r.stdout).toMatch(/^ +91\.67 % satisfied against the target >= 85$/m);
    const json = await run(['check', 'examples/webshop.yaml', '--format', 'json']);
    expect(json.stdout).toContain('"actual": 91.6667,');
  });
  it('says "no evidence" once for a touchpoint without any', async () => {
    const r = await explain('tilauksen-seuranta', 'kuvapalvelu.yaml');
    expect(r.stdout.match(/no evidence/g)).toEqual(['no evidence']);
  });
  it('broken: what is public and why it is not kept, with the finding and its rule page', async () => {
    const r = await explain('phone-answered', 'webshop.yaml');
    expect(r.code).toBe(0); // explains, does not gate
    expect(r.stdout).toContain('Status broken: delivered at 0 of 1 touchpoints, and public since 2025-09-01');
    expect(r.stdout).toContain('✖ phone (Phone line) — not delivered: evidence expired on 2026-11-08');
    expect(r.stdout).toMatch(/error broken-promise {2}examples\/webshop\.yaml:\d+:5/);
    expect(r.stdout).toContain('docs/rules/broken-promise.md');
    expect(r.stdout).toContain('Next: deliver now at phone');
  });

  it('blocked: the campaign that announces it and the days left', async () => {
    const r = await explain('kuvien-lajittelu', 'kuvapalvelu.yaml');
    expect(r.stdout).toContain('Announce date: 2026-11-30, the launch of campaign christmas-2026');
    expect(r.stdout).toContain('Status blocked:');
    expect(r.stdout).toMatch(/Next: verify evidence at verkkokauppa before 2026-11-30 — 6 days left/);
  });

  it('pending: the lead time and the plans', async () => {
    const r = await explain('pilvipalvelut', 'kuvapalvelu.yaml');
    expect(r.stdout).toContain('Status pending:');
    expect(r.stdout).toMatch(/Lead time: 14 days, so delivery must be verified by 2027-04-17\./);
    expect(r.stdout).toMatch(/plan: due \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toContain('plan-missing');
  });

  it('draft: no announce date', async () => {
    const r = await explain('tilauksen-seuranta', 'kuvapalvelu.yaml');
    expect(r.stdout).toContain('Announce date: none — a draft');
    expect(r.stdout).toContain('Status draft:');
  });

  it('in Finnish, the kinds of evidence too', async () => {
    const r = await run(['explain', 'joulukalenteri', 'examples/kuvapalvelu.yaml']);
    expect(r.stdout).toMatch(/^ +✔ käyttöönotto ”Kalenteri julkaistu verkkokaupassa/m);
    expect(r.stdout).toMatch(/^ +✔ mittari ”Tuotanto- ja toimitusaika p90/m);
    expect(r.stdout).toMatch(/^ +✔ kysely ”Pilottiasiakkaiden tyytyväisyys/m);
    expect(r.stdout).not.toMatch(/^ +✔ (launch|metric|survey|test|process) /m);
  });

  it('waivers that apply are shown with who approved them', async () => {
    const r = await explain('size-advice', 'webshop.yaml');
    // The line is word-wrapped to the width (140 in a pipe): its continuation joined back.
    expect(r.stdout.replace(/\n {4}(?=\S)/g, ' ')).toMatch(/Waivers \(1\):\n {2}customer-voice — .+ \(approved by marketing, live until 2027-01-31, covers 1 finding\)/);
  });

  it('fits the terminal width: every line that can be broken is', async () => {
    for (const columns of [60, 80]) {
      const r = await run(['explain', 'phone-answered', 'examples/webshop.yaml', '--lang', 'en'], { tty: true, columns, env: { NO_COLOR: '1' } });
      expect(r.stdout).toContain('withdraw the promise from marketing');
      const unbreakable = (l: string) => l.includes('https://') || !/\S\s+\S/.test(l.trim());
      for (const line of r.stdout.split('\n').filter((l) => !unbreakable(l))) expect([...line].length, `${columns} columns: ${line}`).toBeLessThanOrEqual(columns);
    }
  });

  it('in colour, each wrapped line closes the colours it opens (CI logs start every line afresh)', async () => {
    const argv = ['explain', 'phone-answered', 'examples/webshop.yaml', '--lang', 'en'];
    const plain = await run(argv, { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    const coloured = await run([...argv, '--color'], { tty: true, columns: 60 });
    // eslint-disable-next-line no-control-regex
    const codes = (line: string) => [...line.matchAll(/\u001b\[(\d*)[;\d]*m/g)].map((m) => Number(m[1] || 0));
    const closing = new Set([0, 22, 23, 24, 27, 28, 29, 39, 49]);
    const lines = coloured.stdout.split('\n');
    // The source path is dim and wraps onto a line of its own: the case that used to leave it open.
    expect(lines.filter((l) => l.includes('\u001b[2mreports/customer-service'))).toHaveLength(1);
    for (const line of lines) {
      const found = codes(line);
      expect(found.filter((c) => !closing.has(c)).length, JSON.stringify(line)).toBe(found.filter((c) => closing.has(c)).length);
    }
    // eslint-disable-next-line no-control-regex
    expect(coloured.stdout.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain.stdout);
  });

  it('as JSON, with the promise, its findings and waivers', async () => {
    const r = await explain('phone-answered', 'webshop.yaml', '--format', 'json');
    const j = JSON.parse(r.stdout);
    expect(j.promise).toMatchObject({ id: 'phone-answered', status: 'broken', touchpoints: [{ id: 'phone', delivered: false }] });
    expect(j.findings.map((f: { rule: string }) => f.rule)).toEqual(['broken-promise']);
  });

  it('in Finnish by the register locale', async () => {
    const r = await run(['explain', 'kuvien-lajittelu', 'examples/kuvapalvelu.yaml']);
    expect(r.stdout).toContain('Tila estetty:');
  });

  it('an unknown id: did you mean, exit 2', async () => {
    const r = await explain('phone-answerd', 'webshop.yaml');
    expect([r.code, r.stderr]).toEqual([2, 'promise-audit: there is no promise `phone-answerd` in the register — did you mean `phone-answered`?\n']);
  });

  it('a promise outside the campaign asked for', async () => {
    const r = await explain('phone-answered', 'webshop.yaml', '--campaign', 'black-week-2026');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not in campaign `black-week-2026`');
  });
});
