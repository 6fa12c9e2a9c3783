/** `promise-audit schema [-o FILE]`: the JSON Schema editors use to check registers as people type. */
import { resolve } from 'node:path';
import { registerJsonSchemaText } from '../../register/json-schema.js';
import { EXIT } from '../exit-codes.js';
import { displayPath, writeFileAtomic } from '../files.js';
import type { CliIO } from '../io.js';

export async function schemaCommand(options: { output?: string; part?: boolean }, io: CliIO): Promise<number> {
  const text = registerJsonSchemaText(options.part);
  if (options.output) {
    const target = resolve(io.cwd, options.output);
    writeFileAtomic(target, text, { display: displayPath(target, io.cwd) });
  } else {
    io.stdout.write(text);
  }
  return EXIT.pass;
}
