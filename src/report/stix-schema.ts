/**
 * Validation of STIX 2.1 bundles against the official OASIS JSON schemas (test/fixtures/stix2.1, BSD-3-Clause)
 * with Ajv's draft 2020-12 build. Test support only: ajv is a dev dependency and nothing at run time imports this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the plugin function sits on `.default`.
type FormatsPlugin = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

export const STIX_SCHEMA_DIR = fileURLToPath(new URL('../../../test/fixtures/stix2.1/schemas/', import.meta.url));
const BUNDLE_ID = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

export type StixValidator = (bundle: unknown) => { valid: boolean; errors: string[] };

/**
 * Compiles the bundle schema with every object schema registered. `strict: false`: the official schemas use
 * annotation keywords Ajv's strict mode rejects; `unicodeRegExp: false`: their patterns contain escapes (`\\-`)
 * that are invalid under the `u` flag but fine in plain ECMAScript regular expressions.
 */
export function stixBundleValidator(): StixValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  // ajv-formats has no idn-hostname (domain-name SCO); accept any non-blank host rather than log a warning per compile.
  ajv.addFormat('idn-hostname', /^\S+$/);
  for (const f of walk(STIX_SCHEMA_DIR)) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')) as object);
  const validate = ajv.getSchema(BUNDLE_ID);
  if (!validate) throw new Error(`bundle schema ${BUNDLE_ID} not found under ${STIX_SCHEMA_DIR}`);
  return (bundle) => {
    const valid = validate(bundle) as boolean;
    return { valid, errors: (validate.errors ?? []).slice(0, 20).map((e: { instancePath: string; message?: string; params: unknown }) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`) };
  };
}
