/** Scanning copy in tests without touching the disk: texts in, a CopyScan for `audit` out. */
import type { Register } from '../../src/register/load.js';
import { compilePatterns } from '../../src/scan/phrases.js';
import { formatOf, scanText, type TextFormat } from '../../src/scan/scan.js';
import type { CopyScan } from '../../src/types.js';

/** Scans each `name → text` (format by extension, else the one given) with the register's claims. */
export function scanTexts(register: Pick<Register, 'promises'>, files: Record<string, string>, format?: TextFormat): CopyScan {
  const set = compilePatterns(register.promises.map((p) => ({ promise: p.id, claims: p.claims ?? [] })));
  const scan: CopyScan = { files: [], mentions: [], generic: [], suppressions: [], notes: [] };
  for (const [name, text] of Object.entries(files)) {
    const r = scanText(name, text, format ?? formatOf(name) ?? 'text', set);
    scan.files.push(name);
    scan.mentions.push(...r.mentions);
    scan.generic.push(...r.generic);
    scan.suppressions.push(...r.suppressions);
    scan.notes.push(...r.notes);
  }
  return scan;
}
