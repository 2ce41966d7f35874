// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import config from '../codegen';

/**
 * src/gql holds the operation types generated from schema.gql and committed.
 * When the schema or an operation changes without regenerating, this fails:
 * run `npm run codegen`.
 */
it('the committed operation types match schema.gql and the operations', async () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const committed = readFileSync(path.resolve(root, output.filename), 'utf8');
    expect({ file: output.filename, upToDate: committed === output.content }).toEqual({
      file: output.filename,
      upToDate: true,
    });
  }
}, 30_000);
