import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { decodeBatch, MAX_BATCH_LINES, readBatches, readLines, type RawLine } from '../../src/dataset/read-lines.js'
import { tempDir } from '../helpers/files.js'

const dir = tempDir()

async function read(
  bytes: Buffer | string,
  options: { maxLineBytes?: number; chunkBytes?: number } = {},
): Promise<RawLine[]> {
  const file = path.join(dir, `f${Math.random()}.jsonl`)
  writeFileSync(file, bytes)
  const out: RawLine[] = []
  for await (const batch of readLines(file, {
    maxLineBytes: options.maxLineBytes ?? 1 << 20,
    chunkBytes: options.chunkBytes,
  }))
    out.push(...batch)
  return out
}

describe('readLines', () => {
  test('numbers lines from 1 and strips a BOM, CR line ends and needs no final newline', async () => {
    expect(await read('\uFEFF{"a":1}\r\n{"b":2}\r\n{"c":3}')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
      { line: 3, text: '{"c":3}' },
    ])
  })

  test('keeps blank lines as lines (the caller reports them) but adds none for the final newline', async () => {
    expect(await read('{"a":1}\n\n  \n{"b":2}\n')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '' },
      { line: 3, text: '  ' },
      { line: 4, text: '{"b":2}' },
    ])
  })

  test('an empty file has no lines', async () => {
    expect(await read('')).toEqual([])
  })

  test('invalid UTF-8 is reported at its line, the following lines still read', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":"ok"}\n{"a":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n{"a":"é"}\n'),
    ])
    expect(await read(bytes)).toEqual([
      { line: 1, text: '{"a":"ok"}' },
      { line: 2, problem: 'invalid_utf8', bytes: 10 },
      { line: 3, text: '{"a":"é"}' },
    ])
  })

  test('lines split across chunks (multi-byte characters too) come out whole', async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ i, text: 'héllo wörld 日本語 🎉'.repeat(i % 7) }),
    )
    const got = await read(lines.join('\n'), { chunkBytes: 7 })
    expect(got).toEqual(lines.map((text, i) => ({ line: i + 1, text })))
  })

  test('an over-long line is reported with its size and skipped without holding it, in any chunking', async () => {
    const long = `{"x":"${'a'.repeat(300)}"}`
    for (const chunkBytes of [16, 64, 1000]) {
      expect(await read(`{"a":1}\n${long}\n{"b":2}\n${long}`, { maxLineBytes: 100, chunkBytes })).toEqual([
        { line: 1, text: '{"a":1}' },
        { line: 2, problem: 'line_too_long', bytes: long.length },
        { line: 3, text: '{"b":2}' },
        { line: 4, problem: 'line_too_long', bytes: long.length },
      ])
    }
  })
})

describe('readBatches', () => {
  test('splits a chunk of many tiny lines into batches of at most MAX_BATCH_LINES, numbered and complete', async () => {
    const file = path.join(dir, 'tiny.jsonl')
    // 20,000 lines of "{}" then one over-long line, in one 1 MB chunk: three batches.
    writeFileSync(file, '{}\n'.repeat(20_000) + 'x'.repeat(100) + '\n{}\n')
    const batches = []
    for await (const b of readBatches(file, { maxLineBytes: 50 })) batches.push(b)
    expect(batches.map(b => [b.firstLine, b.lineCount])).toEqual([
      [1, MAX_BATCH_LINES],
      [MAX_BATCH_LINES + 1, MAX_BATCH_LINES],
      [2 * MAX_BATCH_LINES + 1, 20_002 - 2 * MAX_BATCH_LINES],
    ])
    const lines = batches.flatMap(b => decodeBatch(b))
    expect(lines).toHaveLength(20_002)
    expect(lines[20_000]).toEqual({ line: 20_001, problem: 'line_too_long', bytes: 100 })
    expect(lines.filter(l => 'text' in l && l.text === '{}')).toHaveLength(20_001)
    expect(batches.every(b => b.transferable)).toBe(true)
  })
})
