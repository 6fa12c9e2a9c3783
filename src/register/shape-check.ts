/**
 * A quick yes to "does this value have the register's shape?", so that a
 * large valid register is not also run through zod, which is slower and
 * copies the whole register while it checks.
 *
 * The check is compiled at build time (scripts/bundle.mjs): Ajv turns the JSON
 * Schemas that zod itself generates (json-schema.ts) into standalone code,
 * dist/register/shape-check.cjs. Only a yes is trusted: a no, or no compiled
 * check (running from the sources), sends the value to zod, whose issues
 * become the diagnostics. test/register/shape-check.test.ts checks that
 * whatever the compiled check accepts, zod accepts too.
 */
import { createRequire } from 'node:module';

export interface ShapeCheck {
  register(value: unknown): boolean;
  part(value: unknown): boolean;
}

/** Below this many characters zod alone is quicker than loading the compiled check. */
export const SHAPE_CHECK_FROM = 512 * 1024;

let loaded: ShapeCheck | null | undefined;

/** The compiled check, loaded on first use; null where the build did not make one. */
export function shapeCheck(): ShapeCheck | null {
  if (loaded === undefined) {
    try {
      const compiled = createRequire(import.meta.url)('./shape-check.cjs') as Record<'register' | 'part', (value: unknown) => boolean>;
      loaded = { register: (value) => compiled.register(value) === true, part: (value) => compiled.part(value) === true };
    } catch {
      loaded = null;
    }
  }
  return loaded;
}
