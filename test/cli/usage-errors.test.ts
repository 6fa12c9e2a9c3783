/**
 * Mistakes on the command line: one line on standard error that names the
 * mistake and the fix, in the run's language (--lang, else the register's
 * locale), exit 2, and nothing of commander's own English.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

/** The whole of standard error, and the exit code. */
async function said(argv: string[], cwd?: string): Promise<[number, string]> {
  const r = await run(argv, cwd ? { cwd } : {});
  expect(r.stdout).toBe('');
  return [r.code, r.stderr];
}

describe('usage errors in English', () => {
  it.each([
    [['check', '--formt', 'json'], 'there is no option `--formt` — did you mean --format?'],
    [['check', '--format=jsn'], '--format cannot be `jsn` — use one of table, json, sarif, junit, github, csv, markdown, html'],
    [['validate', '-z'], 'there is no option `-z` — see the options with `promise-audit validate --help`'],
    [['check', '--fail-on', 'errors'], '--fail-on cannot be `errors` — use one of error, warning, never'],
    [['check', '--max-size', '10MB'], '--max-size must be a whole number above 0, not `10MB`'],
    [['scan', '--max-file-size', '0'], '--max-file-size must be a whole number above 0, not `0`'],
    [['check', '--as-of'], '--as-of needs a value after it: `--as-of <date>`'],
    // `-o "$OUT"` with OUT unset would name the working folder.
    [['check', '-o', ''], '--output needs a value after it: `--output <file>`'],
    [['explain'], '`<promise>` is missing — `promise-audit explain [options] <promise> [register]`'],
    [['check', 'a.yaml', 'b.yaml'], '`promise-audit check` was given 2 arguments, more than it takes — `promise-audit check [options] [register]`; put a name with spaces in quotes'],
    [['schema', 'x.json'], '`promise-audit schema` was given an argument, and takes none — `promise-audit schema [options]`'],
    [['check', '--report', 'xml=a.xml'], '--report needs FORMAT=FILE, with FORMAT one of `table`, `json`, `sarif`, `junit`, `github`, `csv`, `markdown`, `html`, like --report sarif=promises.sarif — not `xml=a.xml`'],
  ])('%j', async (argv, message) => {
    expect(await said(argv, tempDir())).toEqual([2, `promise-audit: ${message}\n`]);
  });

  it('names the command the words went to, whatever an option value says', async () => {
    // `init` and `validate` are values here: commander hands all of it to `check`.
    expect(await said(['--campaign', 'init', 'validate', '--format', 'xml'], tempDir())).toEqual([2, 'promise-audit: --format cannot be `xml` — use one of table, json, sarif, junit, github, csv, markdown, html\n']);
    expect(await said(['-x', 'schema'], tempDir())).toEqual([2, 'promise-audit: there is no option `-x` — see the options with `promise-audit check --help`\n']);
    expect(await said(['--debug', 'validate', '-z'], tempDir())).toEqual([2, 'promise-audit: there is no option `-z` — see the options with `promise-audit validate --help`\n']);
  });

  it('quotes what was typed without obeying it', async () => {
    const [code, stderr] = await said(['check', '--format', 'x\u001b]0;owned\u0007'], tempDir());
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/[\u001b\u0007]/);
    expect(stderr).toMatch(/^promise-audit: --format cannot be `x.*]0;owned.*` — use one of /);
  });
});

describe('usage errors in Finnish', () => {
  it('with --lang fi, wherever it stands', async () => {
    expect(await said(['check', '--formt', 'json', '--lang', 'fi'], tempDir())).toEqual([2, 'promise-audit: valitsinta `--formt` ei ole — tarkoititko --format?\n']);
    expect(await said(['--lang=fi', 'check', '--fail-on', 'x'], tempDir())).toEqual([2, 'promise-audit: --fail-on ei voi olla `x` — valitse jokin näistä: error, warning, never\n']);
    expect(await said(['explain', '--lang', 'fi'], tempDir())).toEqual([2, 'promise-audit: `<promise>` puuttuu — `promise-audit explain [options] <promise> [register]`\n']);
  });

  it("in the locale of the register named, or of ./promises.yaml; --lang wins", async () => {
    const dir = tempDir();
    copyFileSync('examples/kuvapalvelu.yaml', join(dir, 'kuvat.yaml'));
    expect(await said(['check', 'kuvat.yaml', '--max-size', '-1'], dir)).toEqual([2, 'promise-audit: valitsimen --max-size arvon pitää olla nollaa suurempi kokonaisluku, ei `-1`\n']);
    expect(await said(['check', 'kuvat.yaml', '--max-size', '-1', '--lang', 'en'], dir)).toEqual([2, 'promise-audit: --max-size must be a whole number above 0, not `-1`\n']);
    copyFileSync('examples/kuvapalvelu.yaml', join(dir, 'promises.yaml'));
    expect(await said(['valdate'], dir)).toEqual([2, 'promise-audit: komentoa `valdate` ei ole — tarkoititko `promise-audit validate`? (Sen nimistä rekisteritiedostoakaan ei ole.)\n']);
    expect(await said(['check', '--as-of'], dir)).toEqual([2, 'promise-audit: valitsimen --as-of perään tarvitaan arvo: `--as-of <date>`\n']);
  });

  it('in the locale a register written as JSON names', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), '{\n  "version": 1,\n  "locale": "fi",\n  "brand": "B"\n}\n');
    expect((await said(['check', '--formt'], dir))[1]).toBe('promise-audit: valitsinta `--formt` ei ole — tarkoititko --format?\n');
  });

  it('in the locale of the register named, not of ./promises.yaml, even when the one named cannot be read', async () => {
    const dir = tempDir();
    copyFileSync('examples/kuvapalvelu.yaml', join(dir, 'promises.yaml'));
    copyFileSync('examples/webshop.yaml', join(dir, 'webshop.yaml'));
    expect((await said(['check', 'webshop.yaml', '--formt'], dir))[1]).toBe('promise-audit: there is no option `--formt` — did you mean --format?\n');
    expect((await said(['check', 'missing.yaml', '--formt'], dir))[1]).toBe('promise-audit: there is no option `--formt` — did you mean --format?\n');
    // A report's file name is no register.
    expect((await said(['check', '--report', 'json=out.yaml', '--formt'], dir))[1]).toBe('promise-audit: valitsinta `--formt` ei ole — tarkoititko --format?\n');
  });

  it('in English when the register names no locale, or cannot be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'promises.yaml'), 'version: 1\nbrand: B\n');
    expect((await said(['check', '--formt'], dir))[1]).toBe('promise-audit: there is no option `--formt` — did you mean --format?\n');
    expect((await said(['check', 'missing.yaml', '--formt'], tempDir()))[1]).toBe('promise-audit: there is no option `--formt` — did you mean --format?\n');
  });
});
