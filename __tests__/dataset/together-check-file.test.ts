import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { FINDING_CODES } from '../../src/dataset/findings.js'

/**
 * The oracle is the together-ai SDK's own `checkFile`. Its ESM build loads node's modules with `require` inside a
 * try/catch, which fails silently under ESM (every fs function is then undefined), so the CommonJS build is loaded.
 */
const require = createRequire(import.meta.url)
const { checkFile } = require('together-ai/lib/check-file.js') as {
  checkFile: (path: string) => Promise<{ is_check_passed: boolean; line_number?: number; message: string }>
}

const sys = { role: 'system', content: 'Be brief.' }
const user = { role: 'user', content: 'Hi' }
const asst = { role: 'assistant', content: 'Hello.' }
const chat = (...messages: unknown[]) => JSON.stringify({ messages })
const good = chat(sys, user, asst)
const pref = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    input: { messages: [user] },
    preferred_output: [asst],
    non_preferred_output: [{ role: 'assistant', content: 'Go away.' }],
    ...over,
  })

/** Files as lists of lines; each is checked by the SDK and by us. */
const FILES: Record<string, string[]> = {
  'chat ok': [good, chat(user, asst, user, asst)],
  'chat with weights ok': [chat(user, { ...asst, weight: 0 }, user, { ...asst, weight: 1 })],
  'instruction ok': [JSON.stringify({ prompt: 'a', completion: 'b' })],
  'text ok': [JSON.stringify({ text: 'plain' }), JSON.stringify({ text: 'more' })],
  'preference ok': [pref()],
  'bad json at line 2': [good, '{"messages": [', good],
  'blank line 2': [good, '', good],
  'array line': [good, '[1,2]'],
  'unknown columns': [good, JSON.stringify({ question: 'q', answer: 'a' })],
  'two formats on a line': [JSON.stringify({ text: 'x', messages: [user, asst] })],
  'extra column': [good, JSON.stringify({ messages: [user, asst], tools: [] })],
  'mixed formats': [good, JSON.stringify({ text: 'x' })],
  'messages not a list': [JSON.stringify({ messages: 'hi' })],
  'messages empty': [good, JSON.stringify({ messages: [] })],
  'message not an object': [chat(user, 'x')],
  'message without content': [chat(user, { role: 'assistant' })],
  'content null': [chat(user, { role: 'assistant', content: null })],
  'content parts': [chat({ role: 'user', content: [{ type: 'text', text: 'hi' }] }, asst)],
  'tool role': [chat(user, asst, { role: 'tool', content: 'x' })],
  'two users in a row': [good, chat(user, user, asst)],
  'no assistant': [chat(sys, user)],
  'weight 2': [chat(user, { ...asst, weight: 2 })],
  'weight 0.5': [chat(user, { ...asst, weight: 0.5 })],
  'weight string': [chat(user, { ...asst, weight: '1' })],
  'prompt not a string': [JSON.stringify({ prompt: 1, completion: 'b' })],
  'text not a string': [JSON.stringify({ text: ['a'] })],
  'preference input not an object': [pref({ input: [user] })],
  'preference input ends with assistant': [pref({ input: { messages: [user, asst] } })],
  'preference two outputs': [pref({ preferred_output: [asst, asst] })],
  'preference output from user': [pref({ non_preferred_output: [user] })],
  'preference output content not a string': [pref({ preferred_output: [{ role: 'assistant', content: 1 }] })],
  'preference extra column': [pref({ tools: [] })],
}

const dir = mkdtempSync(join(tmpdir(), 'together-check-file-'))

/** The error codes our rules gave across the table, so that a Together rule without a case shows. */
const seen = new Set<string>()

describe('Together: never more lenient than the SDK checkFile', () => {
  test.each(Object.entries(FILES))('%s', async (name, lines) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.jsonl`)
    writeFileSync(path, lines.join('\n') + '\n')
    const sdk = await checkFile(path)
    const ours = await analyzeDataset([{ path, role: 'training' }], {
      model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
      method: 'auto',
      provider: 'together',
    })
    const errors = ours.files[0].findings.filter(f => FINDING_CODES[f.code].severity === 'error')
    for (const f of errors) seen.add(f.code)
    // The table is meant to hold both verdicts: its name says which the SDK gives.
    expect([name, sdk.is_check_passed]).toEqual([name, name.endsWith(' ok')])
    expect([name, ours.valid]).toEqual([name, sdk.is_check_passed])
    // Where the SDK names a line (all but JSON syntax errors), our first error on a line is on that line.
    if (sdk.line_number !== undefined)
      expect([name, errors.find(f => f.line !== null)?.line]).toEqual([name, sdk.line_number])
    else if (!sdk.is_check_passed) expect([name, errors.length]).not.toEqual([name, 0])
  })

  test('every Together line rule has a file in the table (the file-size rule needs a 25 GB file)', () => {
    const rules = Object.keys(FINDING_CODES).filter(c => c.startsWith('together_') && c !== 'together_file_too_large')
    expect(rules.filter(code => !seen.has(code))).toEqual([])
  })

  // method: supervised trains chat, prompt/completion and text alike: a file the SDK passes stays valid with it.
  test.each(Object.entries(FILES).filter(([name]) => name.endsWith(' ok') && !name.startsWith('preference')))(
    '%s, with method: supervised',
    async (name, lines) => {
      const path = join(dir, `supervised-${name.replace(/\W+/g, '-')}.jsonl`)
      writeFileSync(path, lines.join('\n') + '\n')
      expect((await checkFile(path)).is_check_passed).toBe(true)
      const ours = await analyzeDataset([{ path, role: 'training' }], {
        model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
        method: 'supervised',
        provider: 'together',
      })
      expect([name, ours.valid, ours.files[0].findings.map(f => f.code)]).toEqual([name, true, []])
    },
  )
})
