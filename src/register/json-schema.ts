/** The register's JSON Schema (draft 2020-12), generated from the zod schema. */
import { z } from 'zod';
import { registerSchema } from './schema.js';

export const SCHEMA_ID = 'https://promise-audit.dev/schema/register-1.json';

export function registerJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(registerSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, ...rest };
}

export function registerJsonSchemaText(): string {
  return `${JSON.stringify(registerJsonSchema(), null, 2)}\n`;
}
