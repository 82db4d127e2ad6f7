import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync('test/fixtures/sarif-2.1.0.schema.json', 'utf8')));

/** Schema errors of a SARIF file against the SARIF 2.1.0 JSON schema (empty when it is valid). */
export function sarifSchemaErrors(file: string): unknown[] {
  return validate(JSON.parse(readFileSync(file, 'utf8'))) ? [] : (validate.errors ?? ['invalid']);
}
