/**
 * The register's usual entry: load and validate synchronously, zod at hand.
 * The pipeline itself is load.ts; the command line calls it without zod first
 * and loads zod only for a register the compiled shape check does not pass.
 */
import { loadRegisterWith, type LoadOptions, type LoadResult } from './load.js';
import { partSchema, registerSchema } from './schema.js';

const SCHEMAS = { register: registerSchema, part: partSchema };

/** Loads a register: every file it includes and every data file it names, validated and merged. */
export function loadRegister(input: string | Uint8Array, file = 'promises.yaml', options: LoadOptions = {}): LoadResult {
  return loadRegisterWith(SCHEMAS, input, file, options);
}
