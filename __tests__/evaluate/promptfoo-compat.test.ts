import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  checkValueProblem,
  evaluateCheck,
  parseCheckType,
  PROMPTFOO_NAMES,
  type CheckType,
} from '../../src/evaluate/checks.js'
import { ROOT } from '../helpers/run-action.js'
import { COMPAT_CASES, type CompatCase } from './promptfoo-cases.js'

/** promptfoo's verdicts (true, false, or "error: ...") from its own assertion engine, in a child process, offline. */
function promptfoo(cases: CompatCase[]): (boolean | string)[] {
  const mapped = cases.map(c => {
    const base = c.type.replace(/^not-/, '')
    // promptfoo's levenshtein takes the text as value and the distance as threshold; ours the text from ideal.
    return base === 'levenshtein'
      ? { type: c.type, output: c.output, value: c.ideal, threshold: c.value }
      : { type: c.type, output: c.output, value: c.value ?? c.ideal }
  })
  const home = mkdtempSync(path.join(tmpdir(), 'promptfoo-'))
  const r = spawnSync(process.execPath, [path.join(ROOT, '__tests__/helpers/promptfoo-oracle.mjs')], {
    input: JSON.stringify(mapped),
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: home,
      PROMPTFOO_CONFIG_DIR: home,
      PROMPTFOO_DISABLE_TELEMETRY: '1',
      PROMPTFOO_DISABLE_UPDATE: '1',
      NO_PROXY: '*',
    },
    timeout: 120_000,
  })
  if (r.status !== 0) throw new Error(`promptfoo oracle failed: ${r.stderr}`)
  return JSON.parse(r.stdout)
}

function ours(c: CompatCase): boolean | string {
  const { base, negate } = parseCheckType(c.type)!
  const problem = checkValueProblem(base, c.value, c.ideal)
  if (problem) return `error: ${problem.message}`
  return evaluateCheck(base as Exclude<CheckType, 'llm-rubric'>, c.output, c.value, c.ideal) !== negate
}

describe('promptfoo compatibility: its own assertion engine and ours on the same outputs and values', () => {
  const verdicts = promptfoo(COMPAT_CASES)

  test('every shared check name, and its not- form, has cases that pass and cases that fail', () => {
    for (const name of PROMPTFOO_NAMES) {
      for (const type of [name, `not-${name}`]) {
        const results = COMPAT_CASES.flatMap((c, i) => (c.type === type ? [verdicts[i]] : []))
        expect([type, results.includes(true), results.includes(false)]).toEqual([type, true, true])
      }
    }
    expect(COMPAT_CASES.length).toBeGreaterThanOrEqual(130)
  })

  test('verdicts are equal, except on the documented exceptions, where they differ', () => {
    const table = COMPAT_CASES.map((c, i) => ({
      case: `${c.type} ${JSON.stringify(c.output)} ${JSON.stringify(c.value)}`,
      promptfoo: verdicts[i],
      ours: ours(c),
      differs: Boolean(c.differs),
    }))
    const wrong = table.filter(
      t => typeof t.promptfoo !== 'boolean' || typeof t.ours !== 'boolean' || (t.promptfoo !== t.ours) !== t.differs,
    )
    expect(wrong).toEqual([])
    expect(table.filter(t => t.differs).length).toBe(6)
  })

  test('values that test nothing: promptfoo refuses them when it runs, the eval file refuses them at their line', () => {
    const empty: CompatCase[] = [
      { type: 'contains', output: 'anything', value: '' },
      { type: 'not-contains', output: 'anything', value: '' },
      { type: 'icontains', output: 'anything', value: '' },
      { type: 'starts-with', output: 'anything', value: '' },
      { type: 'regex', output: 'anything', value: '' },
    ]
    const theirs = promptfoo(empty)
    empty.forEach((c, i) => {
      expect([c.type, theirs[i]]).toEqual([c.type, expect.stringMatching(/^error: .*must have a string/)])
      expect([c.type, ours(c)]).toEqual([c.type, expect.stringMatching(/^error: .*tests nothing/)])
    })
  })
})
