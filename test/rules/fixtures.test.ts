/**
 * One folder per rule under test/fixtures/<rule-id>/: `fail.yaml` must raise
 * the rule, `pass.yaml` must not. Every finding must be announced by an
 * inline marker on the line it points at — `# expect: rule-id`, or
 * `# expect: rule-id (waived)` — and every marker must be met.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/audit/rules/index.js';
import { fileHost } from '../../src/cli/files.js';
import { RULE_IDS } from '../../src/rule-ids.js';
import { auditYaml } from '../helpers/register.js';

const FIXTURES = 'test/fixtures';

function markers(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /# expect: (.+)$/.exec(line);
    if (!m) return;
    for (const item of (m[1] as string).split(',')) out.push(`${i + 1} ${item.trim()}`);
  });
  return out.sort();
}

function found(text: string, dir: string): string[] {
  // Data files sit beside the fixture, as they would beside a register.
  const result = auditYaml(text, { host: fileHost(join(dir, 'fixture.yaml')) });
  return result.findings.map((f) => `${f.location.line} ${f.rule}${f.waived ? ' (waived)' : ''}`).sort();
}

describe('rule fixtures', () => {
  it('every rule has a fixture folder, and every folder is a rule', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(rules).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULE_IDS) {
    describe(rule, () => {
      it('fail.yaml raises it where the markers say', () => {
        const text = readFileSync(join(FIXTURES, rule, 'fail.yaml'), 'utf8');
        const expected = markers(text);
        expect(expected.some((m) => m.endsWith(` ${rule}`))).toBe(true);
        expect(found(text, join(FIXTURES, rule))).toEqual(expected);
      });

      it('pass.yaml does not raise it', () => {
        const text = readFileSync(join(FIXTURES, rule, 'pass.yaml'), 'utf8');
        const result = found(text, join(FIXTURES, rule));
        expect(result.filter((f) => f.endsWith(` ${rule}`))).toEqual([]);
        expect(result).toEqual(markers(text));
      });
    });
  }
});
