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
    ['see www.evil.test or WWW.evil.test', 'see www\u2060.evil.test or WWW\u2060.evil.test'],
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

  test('a file name cannot end the link to its line and open one of its own', async () => {
    const dir = tempDir()
    writeJsonl(dir, 'a)(www.evil.test(.jsonl', [...chatExamples(10), { messages: [{ role: 'user', content: 'x' }] }])
    const r = await analyzeDataset(
      [{ path: 'a)(www.evil.test(.jsonl', role: 'training', readFrom: `${dir}/a)(www.evil.test(.jsonl` }],
      {
        model: 'gpt-4o-mini',
        method: 'auto',
      },
    )
    const md = markdownReport(r, {
      links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'bot', sha: 'f'.repeat(40) },
    })
    expect(md).toContain(`](https://github.com/acme/bot/blob/${'f'.repeat(40)}/a%29%28www.evil.test%28.jsonl#L11)`)
    // Outside the link target the name is escaped text, its www. no longer a link.
    expect(md).not.toMatch(/\]\([^)\s]*\)\(www\./)
    expect(md).toContain('a\\)\\(www\u2060.evil.test\\(.jsonl')
  })
})
