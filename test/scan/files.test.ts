/**
 * Which files a scan searches — folders honour .gitignore (nested files,
 * negation), globs and `!globs` work, the register is never searched — and
 * how they are read: binary and huge files skipped with a note, Windows-1252
 * read with a note, UTF-16 with a byte-order mark read as text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopyPathError, listCopyFiles, scanFiles } from '../../src/scan/files.js';
import { compilePatterns } from '../../src/scan/phrases.js';
import { tempDir } from '../helpers/cli.js';

function tree(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const list = (cwd: string, paths: string[] = [], extra: { gitignore?: boolean; exclude?: string[] } = {}) =>
  listCopyFiles({ cwd, paths, ...extra }).map((f) => `${f.display} ${f.format}`);

describe('listing copy files', () => {
  const root = tree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'dist/\n*.log.md\ndrafts/*\n!drafts/keep.md\n',
    'promises.yaml': 'version: 1\n',
    'content/a.md': 'a',
    'content/b.html': 'b',
    'content/c.json': '{}',
    'content/d.yml': 'd: 1',
    'content/e.ts': 'code',
    'content/f.png': 'png',
    'content/.gitignore': 'private/\n',
    'content/private/secret.md': 's',
    'content/debug.log.md': 'log',
    'dist/index.html': 'built',
    'drafts/old.md': 'old',
    'drafts/keep.md': 'keep',
    'node_modules/pkg/README.md': 'dependency',
    'notes.po': 'msgid',
  });

  it('walks the working folder by default, honouring .gitignore files at every level', () => {
    expect(list(root, [], { exclude: [join(root, 'promises.yaml')] })).toEqual([
      'content/a.md markdown',
      'content/b.html html',
      'content/c.json json',
      'content/d.yml yaml',
      'drafts/keep.md markdown',
    ]);
  });

  it('searches everything with --no-gitignore, except .git and node_modules', () => {
    expect(list(root, ['content', 'dist'], { gitignore: false })).toEqual([
      'content/a.md markdown',
      'content/b.html html',
      'content/c.json json',
      'content/d.yml yaml',
      'content/debug.log.md markdown',
      'content/private/secret.md markdown',
      'dist/index.html html',
    ]);
  });

  it('applies the repository\'s .gitignore to a subfolder walked on its own', () => {
    expect(list(join(root, 'content'), ['.'])).toEqual(['a.md markdown', 'b.html html', 'c.json json', 'd.yml yaml']);
  });

  it('matches globs, and leaves out what a !glob names', () => {
    expect(list(root, ['**/*.md', '!drafts/**'])).toEqual(['content/a.md markdown']);
    expect(list(root, ['content/*.{html,json}'])).toEqual(['content/b.html html', 'content/c.json json']);
  });

  it('searches a file named on its own whatever its extension, as text when unknown', () => {
    expect(list(root, ['notes.po', 'content/a.md', 'content/a.md'])).toEqual(['content/a.md markdown', 'notes.po text']);
  });

  it('never searches the register', () => {
    expect(list(root, ['promises.yaml', 'content/d.yml'], { exclude: [join(root, 'promises.yaml')] })).toEqual(['content/d.yml yaml']);
  });

  it('throws for a path that does not exist and a glob that matches nothing', () => {
    expect(() => list(root, ['nowhere'])).toThrow(new CopyPathError('notFound', 'nowhere'));
    expect(() => list(root, ['content/**/*.txt'])).toThrow(new CopyPathError('noMatch', 'content/**/*.txt'));
  });
});

describe('reading copy files', () => {
  const set = compilePatterns([{ promise: 'p', claims: ['kuvien lajittelu*'] }]);

  it('skips binary and huge files with a note, reads Windows-1252 and UTF-16 as text', async () => {
    const root = tree({
      'a.md': 'Uusi kuvien lajittelu',
      'b.md': new Uint8Array([0x41, 0x00, 0x42]),
      'c.md': 'x'.repeat(2000),
      'd.txt': new Uint8Array([...Buffer.from('Ymp'), 0xe4, ...Buffer.from('rist'), 0xf6, ...Buffer.from('yst'), 0xe4, ...Buffer.from('v'), 0xe4, ...Buffer.from('llinen')]),
      'e.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('kuvien lajittelun', 'utf16le')]),
    });
    const files = listCopyFiles({ cwd: root, paths: ['.'] });
    const scan = await scanFiles(files, set, { maxFileSize: 1000 });
    expect(scan.files).toEqual(['a.md', 'd.txt', 'e.txt']);
    expect(scan.mentions.map((m) => `${m.location.file} ${m.text}`)).toEqual(['a.md kuvien lajittelu', 'e.txt kuvien lajittelun']);
    expect(scan.generic.map((g) => `${g.location.file} ${g.text}`)).toEqual(['d.txt Ympäristöystävällinen']);
    expect(scan.notes).toEqual([
      { code: 'binary', file: 'b.md' },
      { code: 'tooLarge', file: 'c.md', size: 2000, max: 1000 },
      { code: 'notUtf8', file: 'd.txt' },
    ]);
  });

  it('keeps the files in order, and reports progress after each', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`f${String(i).padStart(2, '0')}.md`] = `${'x '.repeat(i * 50)}kuvien lajittelu ${i}`;
    const root = tree(files);
    const progress: string[] = [];
    const scan = await scanFiles(listCopyFiles({ cwd: root, paths: ['.'] }), set, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(scan.mentions.map((m) => m.location.file)).toEqual(Object.keys(files));
    expect(progress).toEqual(Object.keys(files).map((_, i) => `${i + 1}/12`));
  });
});
