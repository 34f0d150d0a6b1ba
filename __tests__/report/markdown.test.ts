import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { escapeMarkdown } from '../../src/report/escape.js'
import { markdownReport } from '../../src/report/markdown.js'
import { chatExamples, tempDir, writeJsonl } from '../helpers/files.js'

describe('Markdown from dataset text is inert', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['</details>', '&lt;/details&gt;'],
    ['ping @octocat', 'ping @\u2060octocat'],
    ['fixes #123', 'fixes #\u2060123'],
    ['[click](https://evil.test)', '\\[click\\]\\(https:\u2060//evil.test\\)'],
    ['a | b\nc', 'a \\| b c'],
    ['**bold** `code`', '\\*\\*bold\\*\\* \\`code\\`'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  test('a report with hostile role names and paths renders them escaped', async () => {
    const dir = tempDir()
    const file = writeJsonl(dir, '@octocat <b>.jsonl', [
      ...chatExamples(10),
      { messages: [{ role: '<script>@admin #1', content: 'x' }] },
    ])
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    const md = markdownReport(r)
    expect(md).not.toMatch(/<script>|<b>|@admin|@octocat|#1\b/)
    expect(md).toContain('&lt;script&gt;@\u2060admin #\u20601')
  })
})
