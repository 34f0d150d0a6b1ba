import type { Report } from '../findings.js'
import { isObject, preview, type JsonObject } from '../json.js'

/** The grader types of the fine-tuning API (OpenAPI: FineTuneReinforcementMethod.grader). */
export const GRADER_TYPES = new Set([
  'string_check',
  'text_similarity',
  'python',
  'score_model',
  'label_model',
  'multi',
  'endpoint',
])

/** `{{ item.a.b }}` in a grader's templates: the field path it reads from each example. */
const ITEM_TEMPLATE = /\{\{\s*item((?:\.[A-Za-z_$][\w$-]*|\[\s*(?:"[^"]*"|'[^']*'|\d+)\s*\])+)\s*\}\}/g

export interface GraderFields {
  /** Every distinct field path the grader reads, as written (`reference_answer`, `meta.label`). */
  fields: { path: string; keys: string[]; at: string }[]
  /** What makes the value not a grader at all; empty when it is one. */
  problems: string[]
}

function parsePath(tail: string): string[] {
  const keys: string[] = []
  for (const m of tail.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+))\s*\]/g))
    keys.push((m.slice(1) as (string | undefined)[]).find(group => group !== undefined) ?? '')
  return keys
}

/**
 * The `{{item.…}}` fields a reinforcement grader reads, from every string of it (inputs, references, model prompts,
 * labels), nested graders of `multi` included, with where each was first seen. Also checks that the value is a
 * grader: an object with a known `type`, and `graders` (an object of graders) for `multi`.
 */
export function graderFields(grader: unknown): GraderFields {
  const problems: string[] = []
  const found = new Map<string, GraderFields['fields'][number]>()
  const visitGrader = (g: unknown, at: string) => {
    if (!isObject(g)) return void problems.push(`${at} is not an object`)
    if (typeof g.type !== 'string' || !GRADER_TYPES.has(g.type))
      problems.push(`${at}.type ${preview(g.type)} is not a grader type (${[...GRADER_TYPES].join(', ')})`)
    if (g.type === 'multi') {
      const graders = g.graders
      if (!isObject(graders) || Object.keys(graders).length === 0)
        problems.push(`${at}.graders must be an object of named graders`)
      else for (const [name, inner] of Object.entries(graders)) visitGrader(inner, `${at}.graders.${name}`)
    }
    for (const [key, value] of Object.entries(g))
      if (!(g.type === 'multi' && key === 'graders')) visitStrings(value, `${at}.${key}`)
  }
  const visitStrings = (value: unknown, at: string) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(ITEM_TEMPLATE)) {
        const keys = parsePath(m[1])
        const path = keys.join('.')
        if (!found.has(path)) found.set(path, { path, keys, at })
      }
    } else if (Array.isArray(value))
      value.forEach((v, i) => {
        visitStrings(v, `${at}[${i}]`)
      })
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) visitStrings(v, `${at}.${k}`)
  }
  visitGrader(grader, 'grader')
  return { fields: [...found.values()], problems }
}

function has(example: unknown, keys: readonly string[]): boolean {
  let v: unknown = example
  for (const key of keys) {
    if (Array.isArray(v) && /^\d+$/.test(key)) v = v[Number(key)]
    else if (isObject(v) && Object.hasOwn(v, key)) v = v[key]
    else return false
    if (v === undefined) return false
  }
  return true
}

/** Reports, for one example, every field the grader reads that the example does not have (one finding per field). */
export function checkGraderFields(example: JsonObject, fields: GraderFields['fields'], report: Report): void {
  for (const f of fields) {
    if (!has(example, f.keys))
      report(
        'grader_field_missing',
        `the grader reads {{item.${f.path}}} (${f.at}), and this example has no "${f.path}"`,
      )
  }
}
