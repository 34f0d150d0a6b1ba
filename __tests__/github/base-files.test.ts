import { readFileSync } from 'node:fs'
import { DEFAULT_TOKEN, startGitHubServer } from '../../testing/github/index.js'
import { tempDir } from '../helpers/files.js'

const gh = await startGitHubServer({ port: 0 })
// @actions/github reads the API's URL when it is first imported.
process.env.GITHUB_API_URL = gh.url
const { createOctokit } = await import('../../src/github/octokit.js')
const { BASE_READ_CONCURRENCY, fetchBaseFiles } = await import('../../src/github/base-files.js')
afterAll(async () => gh.stop())

test('base-branch files are read a bounded number at a time, every one, in the order asked', async () => {
  const paths = Array.from({ length: 40 }, (_, i) => `data/part-${i}.jsonl`)
  paths.forEach((p, i) => {
    if (i % 10 !== 3) gh.setFile('base123', p, `{"n": ${i}}\n`)
  })
  const octokit = createOctokit(DEFAULT_TOKEN)
  let inFlight = 0
  let most = 0
  // Each request held a little on the client, so that concurrent ones overlap and can be counted.
  octokit.hook.wrap('request', async (request, options) => {
    most = Math.max(most, ++inFlight)
    await new Promise(r => setTimeout(r, 20))
    try {
      return await request(options)
    } finally {
      inFlight--
    }
  })
  const files = await fetchBaseFiles(octokit, 'acme', 'data', 'base123', paths, tempDir())
  expect(most).toBe(BASE_READ_CONCURRENCY)
  expect(
    gh.requests.all.filter(r => decodeURIComponent(r.path).startsWith('/repos/acme/data/contents/data/')).length,
  ).toBe(40)
  expect(files.map(f => f.path)).toEqual(paths)
  expect(files.filter(f => f.state === 'new').map(f => f.path)).toEqual(
    [3, 13, 23, 33].map(i => `data/part-${i}.jsonl`),
  )
  const found = files.flatMap(f => (f.state === 'found' ? [readFileSync(f.localPath, 'utf8')] : []))
  expect(found).toHaveLength(36)
  expect(found[4]).toBe('{"n": 5}\n')
})

test('a base file the API refuses is unavailable, with the reason cut short for the comment', async () => {
  gh.setFile('base456', 'data/a.jsonl', '{"n": 1}\n')
  gh.faults.inject('GET /repos/acme/data/contents/**', { kind: 'server_error', status: 400, message: 'x'.repeat(5000) })
  const [file] = await fetchBaseFiles(
    createOctokit(DEFAULT_TOKEN),
    'acme',
    'data',
    'base456',
    ['data/a.jsonl'],
    tempDir(),
  )
  expect(file.state).toBe('unavailable')
  const reason = file.state === 'unavailable' ? file.reason : ''
  expect(reason).toContain('xxxx')
  expect(reason.length).toBeLessThan(600)
  expect(reason).toMatch(/… \(\d+ more characters\)$/)
})
