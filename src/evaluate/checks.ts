import { Ajv, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats'
import { isDeepStrictEqual } from 'node:util'
import { createContext, Script } from 'node:vm'
import { messageOf } from '../errors.js'

/** The check types an eval case can use; any of them can be negated with a `not-` prefix. */
export const CHECK_TYPES = [
  'equals',
  'contains',
  'icontains',
  'starts-with',
  'regex',
  'contains-any',
  'contains-all',
  'is-json',
  'json-equals',
  'fuzzy',
  'levenshtein',
  'llm-rubric',
] as const
export type CheckType = (typeof CHECK_TYPES)[number]

/** Check types that are also promptfoo assertions: their verdicts equal promptfoo's, except where README says. */
export const PROMPTFOO_NAMES: readonly CheckType[] = [
  'equals',
  'contains',
  'icontains',
  'starts-with',
  'regex',
  'contains-any',
  'contains-all',
  'is-json',
  'levenshtein',
]

export interface Check {
  /** As written, possibly with `not-`. */
  type: string
  base: CheckType
  negate: boolean
  /** The check's value; for most checks, `ideal` when absent. */
  value?: unknown
  weight: number
}

/** Checks whose value is not the text to compare with: they take that text from `ideal` (levenshtein, fuzzy) or need none. */
export const NO_IDEAL_FALLBACK: ReadonlySet<CheckType> = new Set(['is-json', 'llm-rubric', 'levenshtein', 'fuzzy'])

/** `fuzzy` passes at this similarity (0 to 1) unless its value says otherwise. */
export const FUZZY_DEFAULT_THRESHOLD = 0.8

export function parseCheckType(type: string): { base: CheckType; negate: boolean } | undefined {
  const negate = type.startsWith('not-')
  const base = (negate ? type.slice(4) : type) as CheckType
  return CHECK_TYPES.includes(base) ? { base, negate } : undefined
}

/** `/pattern/flags` or a bare pattern. */
export function toRegExp(value: string): RegExp {
  const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(value)
  return m ? new RegExp(m[1], m[2]) : new RegExp(value)
}

/** How long one regex check may run on one answer: a pattern such as `(a+)+$` can backtrack for hours. */
export const REGEX_TIME_LIMIT_MS = 1000

/** A check that could not finish in time: it fails (negated or not), with this message. */
export class CheckTimeout extends Error {}

// One context and one script for every regex check: V8 interrupts a script running in a context past its timeout,
// catastrophic backtracking included (measured: (a+)+$ on 40 a's and a b stops at the limit plus a few ms).
const regexContext = createContext({ re: /(?:)/, text: '' })
const regexTest = new Script('re.test(text)')

/** `re.test(text)`, interrupted after `ms`: a CheckTimeout then. */
export function testWithin(re: RegExp, text: string, ms = REGEX_TIME_LIMIT_MS): boolean {
  Object.assign(regexContext, { re, text })
  try {
    return regexTest.runInContext(regexContext, { timeout: ms }) === true
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new CheckTimeout(`the regular expression ${String(re)} did not finish within ${ms} ms on this answer`)
    throw error
  } finally {
    Object.assign(regexContext, { re: /(?:)/, text: '' })
  }
}

/** Lower case, NFKC, punctuation and symbols dropped, white space folded: what "the same words" means for `fuzzy`. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

/** 1 − edit distance / length of the longer text; 1 for two equal texts, 0 when either is empty and the other is not. */
export function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest
}

/**
 * `fuzzy` similarity of an answer to an expected text, from 0 to 1: both are normalised (see normalise); the score is
 * the best ratio between the expected text and a run of whole words of the answer as long as it (±1 word), or the
 * whole answer when it is shorter. So an answer that holds the expected words scores 1, a near miss (a typo) scores
 * high, and a one-word answer against a sentence scores low: words are never cut, and containment counts one way only.
 */
export function fuzzySimilarity(answer: string, expected: string): number {
  const e = normalise(expected)
  const words = normalise(answer).split(' ').filter(Boolean)
  if (e === '') return words.length === 0 ? 1 : 0
  const k = e.split(' ').length
  if (words.length <= k) return ratio(words.join(' '), e)
  let best = 0
  for (const size of [k - 1, k, k + 1]) {
    if (size < 1) continue
    for (let i = 0; i + size <= words.length && best < 1; i++)
      best = Math.max(best, ratio(words.slice(i, i + size).join(' '), e))
  }
  return best
}

export type JsonSchemaDialect = 'draft-07' | '2019-09' | '2020-12'
const DIALECTS: [RegExp, JsonSchemaDialect][] = [
  [/^https?:\/\/json-schema\.org\/draft-07\/schema#?$/, 'draft-07'],
  [/^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, '2019-09'],
  [/^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, '2020-12'],
]

/** The dialect a schema's `$schema` names (2020-12 when it names none), or undefined for one not supported. */
export function schemaDialect(schema: unknown): JsonSchemaDialect | undefined {
  const id = typeof schema === 'object' && schema !== null ? (schema as Record<string, unknown>).$schema : undefined
  if (id === undefined) return '2020-12'
  return typeof id === 'string' ? DIALECTS.find(([re]) => re.test(id))?.[1] : undefined
}

type Compiled = { ok: true; validate: ValidateFunction } | { ok: false; error: string }
// ajv-formats is CommonJS with a `default` export: under ESM the function is either the module or its default.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? (addFormatsModule as unknown as FormatsPlugin)
// Unknown keywords (vendor keys) are let through, but an unknown format throws: Ajv throws on one unless strictSchema is false.
const options = { strict: false, strictSchema: 'log' as const, allErrors: false, logger: false as const }
// ajv-formats types its plugin with the default Ajv class; the 2019-09 and 2020-12 classes share its API.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment */
const validators: Record<JsonSchemaDialect, Ajv> = {
  'draft-07': addFormats(new Ajv(options)),
  '2019-09': addFormats(new Ajv2019(options)),
  '2020-12': addFormats(new Ajv2020(options)),
}
/* eslint-enable @typescript-eslint/no-unsafe-class-instance-assignment */
/**
 * Compiled schemas by dialect and JSON text: an eval file repeats one schema on many cases (each line parses to its
 * own object), and compiling is slow and large (3,000 compilations took 186 s and 1.58 GB). Bounded, least recently
 * used first out, so that a file of distinct schemas cannot grow it without limit.
 */
const SCHEMA_CACHE_ENTRIES = 64
const compiled = new Map<string, Compiled>()

/** Compiles an `is-json` schema in the dialect its `$schema` names; formats Ajv does not know are reported. */
export function compileSchema(schema: unknown): Compiled {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    return { ok: false, error: 'a JSON Schema must be an object' }
  const key = JSON.stringify(schema)
  const cached = compiled.get(key)
  if (cached) {
    compiled.delete(key)
    compiled.set(key, cached)
    return cached
  }
  const result = compileUncached(schema as Record<string, unknown>)
  if (compiled.size >= SCHEMA_CACHE_ENTRIES) compiled.delete(compiled.keys().next().value!)
  compiled.set(key, result)
  return result
}

/** How many schemas were compiled (not found in the cache), for tests. */
export let schemaCompilations = 0

function compileUncached(schema: Record<string, unknown>): Compiled {
  schemaCompilations++
  const dialect = schemaDialect(schema)
  if (!dialect) {
    return {
      ok: false,
      error: `"$schema" ${JSON.stringify(schema.$schema)} is not a supported dialect (draft-07, 2019-09, 2020-12)`,
    }
  }
  // The dialect is chosen here; each Ajv knows its meta-schema under one spelling of the URI only.
  const { $schema: _dialect, ...rest } = schema
  const ajv = validators[dialect]
  try {
    return { ok: true, validate: ajv.compile(rest) }
  } catch (error) {
    const message = messageOf(error)
    const format = /unknown format "([^"]*)" ignored in schema at path "([^"]*)"/.exec(message)
    return {
      ok: false,
      error: format
        ? `format "${format[1]}" (at ${format[2]}) is not one the ${dialect} validator knows; it would be ignored, so it is refused`
        : message,
    }
  } finally {
    // Ajv keeps every schema it compiled (by object, and by $id): our cache is the one that decides what stays.
    ajv.removeSchema(rest)
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/** The texts a text check compares with: its value, else the case's ideal (a list of ideals means any of them). */
function texts(value: unknown, ideal: unknown): string[] {
  const v = value ?? ideal
  // JSON for anything but text: the eval file allows only texts here, and an object must never read as [object Object].
  const asText = (x: unknown) =>
    typeof x === 'string' ? x : ((JSON.stringify(x) as string | undefined) ?? 'undefined')
  if (Array.isArray(v)) return v.map(asText)
  return v === undefined || v === null ? [] : [asText(v)]
}

/**
 * Whether the output passes one check (before negation), given the case's ideal. llm-rubric is graded elsewhere.
 * A regex check that runs out of time throws CheckTimeout.
 * Nothing is trimmed or unfenced: the answer is compared as the model wrote it (README, "Checks").
 */
export function evaluateCheck(
  base: Exclude<CheckType, 'llm-rubric'>,
  output: string,
  value: unknown,
  ideal: unknown,
): boolean {
  switch (base) {
    case 'equals': {
      if (value !== undefined && typeof value !== 'string') {
        const parsed = parseJson(output)
        return parsed.ok && isDeepStrictEqual(parsed.value, value)
      }
      return texts(value, ideal).some(e => output === e)
    }
    case 'contains':
      return texts(value, ideal).some(e => output.includes(e))
    case 'icontains':
      return texts(value, ideal).some(e => output.toLowerCase().includes(e.toLowerCase()))
    case 'starts-with':
      return texts(value, ideal).some(e => output.startsWith(e))
    case 'regex':
      return texts(value, ideal).some(e => testWithin(toRegExp(e), output))
    case 'contains-any':
      return texts(value, ideal).some(e => output.includes(e))
    case 'contains-all': {
      const all = texts(value, ideal)
      return all.length > 0 && all.every(e => output.includes(e))
    }
    case 'is-json': {
      const parsed = parseJson(output)
      if (!parsed.ok) return false
      if (value === undefined) return true
      const schema = compileSchema(value)
      return schema.ok && schema.validate(parsed.value)
    }
    case 'json-equals': {
      const parsed = parseJson(output)
      if (!parsed.ok) return false
      const v = value ?? ideal
      const wanted = typeof v === 'string' ? parseJson(v) : { ok: true as const, value: v }
      // isDeepStrictEqual ignores key order and compares arrays in order.
      return wanted.ok && isDeepStrictEqual(parsed.value, wanted.value)
    }
    case 'fuzzy': {
      const threshold = typeof value === 'number' ? value : FUZZY_DEFAULT_THRESHOLD
      return texts(undefined, ideal).some(e => fuzzySimilarity(output, e) >= threshold)
    }
    case 'levenshtein': {
      // value: the largest distance allowed from the ideal answer(s).
      const max = typeof value === 'number' ? value : 0
      return texts(undefined, ideal).some(e => levenshtein(output, e) <= max)
    }
  }
}

export type ValueProblem = { code: 'eval_check_missing_value' | 'eval_invalid_check_value'; message: string }

const isText = (v: unknown): v is string => typeof v === 'string'
const isIdeal = (v: unknown) => isText(v) || (Array.isArray(v) && v.length > 0 && v.every(isText))

/**
 * What is wrong with a check's value (with the case's ideal), or undefined when it can be run. Values that make a
 * check unable to fail (or unable to pass), such as an empty text to contain, are problems too.
 */
export function checkValueProblem(base: CheckType, value: unknown, ideal: unknown): ValueProblem | undefined {
  const missing = (message: string): ValueProblem => ({ code: 'eval_check_missing_value', message })
  const invalid = (message: string): ValueProblem => ({ code: 'eval_invalid_check_value', message })
  const target = value ?? ideal
  switch (base) {
    case 'equals':
      if (value === null)
        return invalid(
          'value null is ambiguous (promptfoo does not match the answer null with it): write the JSON you expect, or "null" as text',
        )
      if (target === undefined) return missing('needs "value" or the case\'s "ideal"')
      return undefined
    case 'contains':
    case 'icontains':
    case 'starts-with':
    case 'regex': {
      if (target === undefined)
        return missing(
          `needs "value" (or the case's "ideal"): ${base === 'regex' ? 'a regular expression' : 'a non-empty text'}`,
        )
      if (
        value !== undefined &&
        !isText(value) &&
        !(base !== 'regex' && base !== 'starts-with' && typeof value === 'number')
      ) {
        return invalid(
          `value must be a text${base === 'contains' || base === 'icontains' ? ' or a number; a list of texts is contains-any' : ''}, not ${JSON.stringify(value)}`,
        )
      }
      const all = texts(value, ideal)
      if (all.some(t => t === ''))
        return invalid(
          `an empty ${base === 'regex' ? 'pattern matches' : 'text is contained in'} every answer: the check tests nothing`,
        )
      if (base === 'regex') {
        for (const t of all) {
          try {
            toRegExp(t)
          } catch (error) {
            return invalid(`${JSON.stringify(t)} is not a valid regular expression: ${messageOf(error)}`)
          }
        }
      }
      return undefined
    }
    case 'contains-any':
    case 'contains-all':
      if (!Array.isArray(target) || target.length === 0)
        return missing('needs "value" (or "ideal") as a non-empty array of texts')
      if (!target.every(t => isText(t) || typeof t === 'number')) return invalid('value must be an array of texts')
      if (target.some(t => t === ''))
        return invalid('an empty text is contained in every answer: the check tests nothing')
      return undefined
    case 'is-json': {
      if (value === undefined) return undefined
      const schema = compileSchema(value)
      if (!schema.ok) return invalid(`value is not a valid JSON Schema: ${schema.error}`)
      return undefined
    }
    case 'json-equals':
      if (target === undefined) return missing('needs "value" or the case\'s "ideal": the JSON to compare with')
      if (isText(target) && !parseJson(target).ok) return invalid(`${JSON.stringify(target).slice(0, 60)} is not JSON`)
      return undefined
    case 'fuzzy':
      if (!isIdeal(ideal)) return missing('needs the case\'s "ideal" answer(s) to compare with')
      if (value !== undefined && !(typeof value === 'number' && value > 0 && value <= 1))
        return invalid('value is the similarity needed to pass, a number above 0 and at most 1')
      if (texts(undefined, ideal).some(t => normalise(t) === ''))
        return invalid('an ideal with no words cannot be compared')
      return undefined
    case 'levenshtein':
      if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0) || !isIdeal(ideal))
        return missing('needs "value", the largest distance allowed (a whole number), and an "ideal" answer')
      return undefined
    case 'llm-rubric':
      if (!(typeof value === 'string' && value.trim() !== ''))
        return missing('needs "value": the rubric the grader applies')
      return undefined
  }
}
