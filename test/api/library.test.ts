/** The library API, as a script author uses it: through the package's own entry point. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('import from "promise-audit"', () => {
  it('loads, audits and renders through the built package entry point', async () => {
    // The package name resolves through package.json "exports" to dist/, like an installed copy.
    const api = await import('promise-audit');
    const loaded = api.loadRegisterFile('examples/webshop.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const result = api.audit(loaded.register, loaded.source, { asOf: '2026-11-24' });
    expect(result.summary).toMatchObject({ broken: 1, verdict: 'fail' });
    const json = JSON.parse(await api.renderReport(result, 'json'));
    expect(json.findings.length).toBe(result.findings.length);
    const broken = result.findings.find((f) => f.rule === 'broken-promise')!;
    expect(await api.findingMessage(broken, 'en')).toContain('not delivered at phone');
    expect(api.RULE_IDS).toContain('hygiene-first');
    // The same through loadRegister with text, for registers kept elsewhere than in files.
    const fromText = api.loadRegister(readFileSync('examples/ski-resort.yaml', 'utf8'), 'ski-resort.yaml');
    expect(fromText.ok).toBe(true);
  });

  it('gives diagnostics with positions for an invalid register', async () => {
    const api = await import('promise-audit');
    const loaded = api.loadRegister('version: 1\nbrand: B\nownres: {}\n', 'p.yaml');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const unknown = loaded.diagnostics.find((d) => d.code === 'unknownKey')!;
    expect(unknown.location).toEqual({ file: 'p.yaml', line: 3, column: 1 });
    expect(await api.diagnosticMessage(unknown)).toBe('unknown key `ownres` — did you mean `owners`?');
  });
});
