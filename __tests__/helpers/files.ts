import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh temporary directory per test file. */
export function tempDir(prefix = 'fta-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function writeJsonl(dir: string, name: string, lines: unknown[], eol = '\n', finalNewline = true): string {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  const body = lines.map(l => (typeof l === 'string' ? l : JSON.stringify(l))).join(eol)
  writeFileSync(file, finalNewline && lines.length > 0 ? body + eol : body)
  return file
}

export const chatExample = (question: string, answer = 'Sure.') => ({
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: question },
    { role: 'assistant', content: answer },
  ],
})

/** n distinct, valid chat examples. */
export const chatExamples = (n: number) => Array.from({ length: n }, (_, i) => chatExample(`Question number ${i + 1}?`))
