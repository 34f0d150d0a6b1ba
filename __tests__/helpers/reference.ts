import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'

/**
 * The one place that knows where ../shared is: the folder beside this repository (CI clones it there) holding the
 * published reference schemas and the datasets the tests read. Everything that needs it imports these.
 */
export const SHARED_DIR = new URL('../../../shared/', import.meta.url)
export const REFERENCE_DIR = new URL('reference/', SHARED_DIR)
export const DATASETS_DIR = new URL('datasets/', SHARED_DIR).pathname

/** OpenAPI 3.0's `nullable: true` becomes a JSON Schema union with null, so Ajv reads the schemas as published. */
export function openApiToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema)
  if (typeof node !== 'object' || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable' && k !== 'x-oaiMeta') out[k] = openApiToJsonSchema(v)
  if ((node as Record<string, unknown>).nullable === true) return { anyOf: [{ type: 'null' }, out] }
  return out
}

let inputFormats: Ajv2020 | undefined

/** A validator for one line of a fine-tuning file, straight from the published schemas. */
export function inputFormatValidator(root: string): ValidateFunction {
  if (!inputFormats) {
    const reference = JSON.parse(
      readFileSync(new URL('openai-fine-tuning-input-formats.schema.json', REFERENCE_DIR), 'utf8'),
    )
    inputFormats = new Ajv2020({ strict: false, validateFormats: false })
    inputFormats.addSchema({ $id: 'ref', components: { schemas: openApiToJsonSchema(reference.schemas) } })
  }
  return inputFormats.getSchema(`ref#/components/schemas/${root}`)!
}
