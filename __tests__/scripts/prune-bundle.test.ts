import { readFileSync } from 'node:fs'
import { pruneBundle } from '../../scripts/prune-bundle.mjs'

describe('pruneBundle', () => {
  test('cuts what webpack marks as an unused pure expression, and nothing else of the statement', () => {
    const source = [
      'const used = 1;',
      'const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmail", (inst) => { inst.x = 1 })));',
      'const kept = null && (sideEffect());',
    ].join('\n')
    const { code, removed } = pruneBundle(source)
    expect(removed).toBe(1)
    expect(code).toBe(
      [
        'const used = 1;',
        'const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));',
        'const kept = null && (sideEffect());',
      ].join('\n'),
    )
  })

  test('cuts a function no identifier uses, then one only it used, and keeps every function in use', () => {
    const source = [
      '(() => {',
      '  function helper() { return 1 }',
      '  function unused() { return helper() }',
      '  function exported() { return 2 }',
      '  function recursive(n) { return n && recursive(n - 1) }',
      '  function named() {}',
      '  const table = { named: 1 };',
      '  module.exports = { exported: () => exported };',
      '})()',
    ].join('\n')
    const { code, removed } = pruneBundle(source)
    expect(removed).toBe(2)
    expect(code).not.toMatch(/function (unused|helper)\b/)
    // In use, referenced by itself, or named by a property: kept, since a name in doubt keeps its function.
    expect(code).toMatch(/function exported\(\)/)
    expect(code).toMatch(/function recursive\(n\)/)
    expect(code).toMatch(/function named\(\)/)
  })

  test('keeps a nested function that shares a name with one in use elsewhere', () => {
    const source =
      'function outer() { function inner() {} return inner }\nfunction other() { function inner() {} }\nouter(); other()'
    const { code } = pruneBundle(source)
    expect(code).toContain('function outer()')
    // The second `inner` is unused in its scope; the name counts once there, so it goes.
    expect(code).toMatch(/function other\(\) \{\s*\}/)
    expect(code.match(/function inner/g)).toHaveLength(1)
  })

  test('the committed action bundle has nothing left to prune, and still holds what the check runs', () => {
    const bundle = readFileSync('dist/index.js', 'utf8')
    expect(pruneBundle(bundle).removed).toBe(0)
    expect(bundle).toContain('function parseSettings(')
    const marks = [...bundle.matchAll(/unused pure expression or super \*\/ null && (.{3})/g)].map(m => m[1])
    expect(marks.length).toBeGreaterThan(100)
    expect(marks.filter(after => after !== '(0)')).toEqual([])
  })
})
