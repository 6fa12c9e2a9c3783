/**
 * load → validate: bytes or text in; a typed register, or every structural
 * problem of the file with its position, out. Pure: no file system here.
 */
import type { Diagnostic } from '../types.js';
import { decodeSource } from './decode.js';
import { DEFAULT_MAX_ALIAS_COUNT, MAX_DEPTH, parseSource, type SyntaxProblem } from './parse.js';
import { checkReferences } from './references.js';
import { registerSchema, type RegisterInput } from './schema.js';
import { RegisterSource } from './source.js';
import { issuesToDiagnostics, valueType } from './zod-issues.js';

/** A register that passed validation. */
export type Register = RegisterInput;

export type LoadResult =
  | { ok: true; register: Register; source: RegisterSource }
  | { ok: false; diagnostics: Diagnostic[]; source: RegisterSource };

export interface LoadOptions {
  /** Alias expansions allowed before the file is refused. Default 100. */
  maxAliasCount?: number;
}

export function loadRegister(input: string | Uint8Array, file = 'promises.yaml', options: LoadOptions = {}): LoadResult {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeSource(input);
    if (!decoded.ok) {
      const source = new RegisterSource(file, decoded.text);
      const diagnostic: Diagnostic =
        decoded.code === 'binaryFile'
          ? { code: 'binaryFile', data: {}, location: source.at(decoded.offset) }
          : { code: 'notUtf8', data: { byte: decoded.byte }, location: source.at(decoded.offset) };
      return { ok: false, diagnostics: [diagnostic], source };
    }
    text = decoded.text;
  }
  if (text.includes('\0')) {
    const source = new RegisterSource(file, text);
    return { ok: false, diagnostics: [{ code: 'binaryFile', data: {}, location: source.at(text.indexOf('\0')) }], source };
  }

  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const parsed = parseSource(text, { maxAliasCount });
  const source = new RegisterSource(file, text, parsed);
  const syntax = parsed.problems.map((p) => syntaxDiagnostic(p, source, maxAliasCount));
  if (parsed.problems.some((p) => p.code !== 'DUPLICATE_KEY')) return { ok: false, diagnostics: sortByPosition(syntax), source };
  const raw = parsed.value;
  if (raw === null || raw === undefined) {
    return { ok: false, diagnostics: [{ code: 'emptyFile', data: {}, location: source.at(0) }], source };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, diagnostics: [{ code: 'notAMapping', data: { got: valueType(raw) }, location: source.at(0) }], source };
  }

  const result = registerSchema.safeParse(raw);
  const diagnostics = [
    ...syntax,
    ...(result.success ? [] : issuesToDiagnostics(result.error.issues, raw, registerSchema, source)),
    ...checkReferences(raw, source),
  ];
  if (diagnostics.length > 0 || !result.success) return { ok: false, diagnostics: sortByPosition(diagnostics), source };
  return { ok: true, register: result.data, source };
}

function syntaxDiagnostic(p: SyntaxProblem, source: RegisterSource, maxAliasCount: number): Diagnostic {
  const location = source.at(p.offset);
  switch (p.code) {
    case 'DUPLICATE_KEY':
      return { code: 'duplicateKey', data: { key: p.key ?? '?' }, location };
    case 'TAB_AS_INDENT':
      return { code: 'tabIndent', data: {}, location };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return { code: p.code === 'BAD_INDENT' ? 'badIndent' : 'yamlSyntax', data: { detail: p.detail }, location };
    case 'MULTIPLE_DOCS':
      return { code: 'multipleDocs', data: {}, location };
    case 'TOO_DEEP':
      return { code: 'tooDeep', data: { max: MAX_DEPTH }, location };
    case 'ALIAS_LIMIT':
      return { code: 'aliasLimit', data: { max: maxAliasCount }, location };
    default:
      return { code: 'yamlSyntax', data: { detail: p.detail }, location };
  }
}

/** File order: a person fixes a file from the top. Stable for equal positions. */
function sortByPosition(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.location.line - b.d.location.line || a.d.location.column - b.d.location.column || a.i - b.i)
    .map((x) => x.d);
}
