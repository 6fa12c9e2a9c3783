/**
 * One folder per rule under test/fixtures/<rule-id>/: `fail.yaml` must raise
 * the rule, `pass.yaml` must not. Every finding must be announced by an
 * inline marker on the line it points at — `# expect: rule-id`, or
 * `# expect: rule-id (waived)` — and every marker must be met.
 *
 * Rules about copy also have `fail/` and `pass/` folders of copy, scanned
 * with the register beside them; their markers are `<!-- expect: rule-id -->`
 * (Markdown, HTML), `# expect: rule-id` (YAML, front matter) or a
 * `"_expect": "rule-id"` key (JSON), and findings in them are `file:line`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/audit/rules/index.js';
import { fileHost } from '../../src/cli/files.js';
import { RULE_IDS } from '../../src/rule-ids.js';
import { scanTexts } from '../helpers/copy.js';
import { auditYaml, load } from '../helpers/register.js';

const FIXTURES = 'test/fixtures';

function markers(text: string, prefix = ''): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = prefix === '' ? /# expect: (.+)$/.exec(line) : /(?:# |<!-- |"_)expect"?: "?([a-z][a-z, ()-]*[a-z)])/.exec(line);
    if (!m) return;
    for (const item of (m[1] as string).split(',')) out.push(`${prefix}${i + 1} ${item.trim()}`);
  });
  return out;
}

/** The markers of the register and, for copy rules, of every file in its copy folder. */
function expectations(text: string, copyDir: string): string[] {
  const out = markers(text);
  if (existsSync(copyDir)) for (const name of readdirSync(copyDir)) out.push(...markers(readFileSync(join(copyDir, name), 'utf8'), `${name}:`));
  return out.sort();
}

function found(text: string, dir: string, copyDir: string): string[] {
  let copy;
  if (existsSync(copyDir)) {
    const files = Object.fromEntries(readdirSync(copyDir).sort().map((name) => [name, readFileSync(join(copyDir, name), 'utf8')]));
    copy = scanTexts(load(text).register, files);
  }
  // Data files sit beside the fixture, as they would beside a register.
  const result = auditYaml(text, { host: fileHost(join(dir, 'fixture.yaml')), copy });
  return result.findings.map((f) => `${f.location.file === 'promises.yaml' ? '' : `${f.location.file}:`}${f.location.line} ${f.rule}${f.waived ? ' (waived)' : ''}`).sort();
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
        const expected = expectations(text, join(FIXTURES, rule, 'fail'));
        expect(expected.some((m) => m.endsWith(` ${rule}`))).toBe(true);
        expect(found(text, join(FIXTURES, rule), join(FIXTURES, rule, 'fail'))).toEqual(expected);
      });

      it('pass.yaml does not raise it', () => {
        const text = readFileSync(join(FIXTURES, rule, 'pass.yaml'), 'utf8');
        const result = found(text, join(FIXTURES, rule), join(FIXTURES, rule, 'pass'));
        expect(result.filter((f) => f.endsWith(` ${rule}`))).toEqual([]);
        expect(result).toEqual(expectations(text, join(FIXTURES, rule, 'pass')));
      });
    });
  }
});
