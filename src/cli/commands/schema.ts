/** `promise-audit schema [-o FILE]`: the JSON Schema editors use to check registers as people type. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../../i18n/en.js';
import { registerJsonSchemaText } from '../../register/json-schema.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { displayPath, writeFileAtomic } from '../files.js';
import type { CliIO } from '../io.js';
import { outputFile } from '../option-values.js';

export async function schemaCommand(options: { output?: string; part?: boolean }, io: CliIO): Promise<number> {
  const text = registerJsonSchemaText(options.part);
  const output = outputFile(options.output);
  if (output) {
    const target = resolve(io.cwd, output);
    const display = displayPath(target, io.cwd);
    // `schema -o promises.yaml` is a slip of the fingers that would cost the register.
    if (/\.ya?ml$/i.test(target) && existsSync(target)) throw new UserError(en.cli.refuseSchemaOverYaml({ file: display }));
    writeFileAtomic(target, text, { display });
  } else {
    io.stdout.write(text);
  }
  return EXIT.pass;
}
