import { Ajv2020 } from 'ajv/dist/2020.js'
import { isDeepStrictEqual } from 'node:util'

/** The check types an eval case can use; any of them can be negated with a `not-` prefix. */
export const CHECK_TYPES = ['equals', 'contains', 'icontains', 'starts-with', 'regex', 'contains-any', 'contains-all', 'is-json', 'json-equals', 'fuzzy', 'levenshtein', 'llm-rubric'] as const
export type CheckType = (typeof CHECK_TYPES)[number]

export interface Check {
  /** As written, possibly with `not-`. */
  type: string
  base: CheckType
  negate: boolean
  /** The check's value; for most checks, `ideal` when absent. */
  value?: unknown
  weight: number
}

/** Checks whose value is not a text to compare with: they do not fall back on `ideal`. */
export const NO_IDEAL_FALLBACK: ReadonlySet<CheckType> = new Set(['is-json', 'llm-rubric'])

export function parseCheckType(type: string): { base: CheckType; negate: boolean } | undefined {
  const negate = type.startsWith('not-')
  const base = (negate ? type.slice(4) : type) as CheckType
  return CHECK_TYPES.includes(base) ? { base, negate } : undefined
}

/** `/pattern/flags` or a bare pattern. */
export function toRegExp(value: string): RegExp {
  const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(value)
  return m ? new RegExp(m[1]!, m[2]) : new RegExp(value)
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)])

/** Lower case, punctuation dropped, white space folded: what "the same words" means for `fuzzy`. */
export function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]!
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  // Models often fence JSON in Markdown; the fence is not part of the answer.
  const unfenced = text.trim().replace(/^```(?:json)?\s*\n([\s\S]*?)\n?```$/, '$1')
  try {
    return { ok: true, value: JSON.parse(unfenced) }
  } catch {
    return { ok: false }
  }
}

const ajv = new Ajv2020({ strict: false, allErrors: false })

/** Whether the output passes one check (before negation), given the case's ideal. llm-rubric is graded elsewhere. */
export function evaluateCheck(base: Exclude<CheckType, 'llm-rubric'>, output: string, value: unknown, ideal: unknown): boolean {
  const expected = value ?? (NO_IDEAL_FALLBACK.has(base) ? undefined : ideal)
  const out = output.trim()
  switch (base) {
    case 'equals':
      return texts(expected).some(e => out === e.trim())
    case 'contains':
      return texts(expected).some(e => output.includes(e))
    case 'icontains':
      return texts(expected).some(e => output.toLowerCase().includes(e.toLowerCase()))
    case 'starts-with':
      return texts(expected).some(e => out.startsWith(e.trim()))
    case 'regex':
      return texts(expected).some(e => toRegExp(e).test(output))
    case 'contains-any':
      return texts(expected).some(e => output.includes(e))
    case 'contains-all':
      return texts(expected).length > 0 && texts(expected).every(e => output.includes(e))
    case 'is-json': {
      const parsed = parseJson(output)
      if (!parsed.ok) return false
      return expected === undefined || Boolean(ajv.validate(expected as object, parsed.value))
    }
    case 'json-equals': {
      const parsed = parseJson(output)
      if (!parsed.ok) return false
      const wanted = typeof expected === 'string' ? parseJson(expected) : { ok: true as const, value: expected }
      // isDeepStrictEqual ignores key order and compares arrays in order.
      return wanted.ok && isDeepStrictEqual(parsed.value, wanted.value)
    }
    case 'fuzzy': {
      const o = normalise(output)
      return texts(expected).some(e => {
        const n = normalise(e)
        return n.length > 0 && o.length > 0 && (o.includes(n) || n.includes(o))
      })
    }
    case 'levenshtein': {
      // value: the largest distance allowed from the ideal answer(s).
      const max = typeof value === 'number' ? value : 0
      return texts(ideal).some(e => levenshtein(out, e.trim()) <= max)
    }
  }
}
