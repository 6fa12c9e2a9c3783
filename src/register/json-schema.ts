/**
 * The JSON Schemas (draft 2020-12) editors use, generated from the zod
 * schemas: one for the root register, one for the files it includes.
 */
import * as z from 'zod';
import { partSchema, registerSchema } from './schema.js';

export const SCHEMA_ID = 'https://promise-audit.dev/schema/register-1.json';
export const PART_SCHEMA_ID = 'https://promise-audit.dev/schema/register-part-1.json';

export function registerJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(registerSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  // A register in one file must hold owners, touchpoints and promises; with
  // `include` they may come from the included files (zod cannot say this).
  return {
    $schema,
    $id: SCHEMA_ID,
    ...rest,
    if: { not: { required: ['include'] } },
    then: { required: ['owners', 'touchpoints', 'promises'] },
  };
}

export function partJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(partSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: PART_SCHEMA_ID, ...rest };
}

export function registerJsonSchemaText(part = false): string {
  return `${JSON.stringify(part ? partJsonSchema() : registerJsonSchema(), null, 2)}\n`;
}
