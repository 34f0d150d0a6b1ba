import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startSimulator, type Simulator } from '../../testing/openai/index.js'
import { pullRequestEvent, startGitHubServer, type GitHubServer } from '../../testing/github/index.js'
import { chatExample, chatExamples, tempDir } from '../helpers/files.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

/**
 * The attacks of issue 11, each as a pull request would mount it: files of the pull request in the workspace
 * (symbolic links included), the action run as the runner runs it, and every public place checked afterwards.
 */
const REPO = 'acme/support-bot'
const SECRET_BYTES = 'OUTSIDE-THE-WORKSPACE-7f3a'
const jsonl = (rows: unknown[]) => rows.map(r => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n'

let gh: GitHubServer
beforeEach(async () => {
  gh = await startGitHubServer({ port: 0 })
})
afterEach(async () => {
  await gh.stop()
})

/** A file on the runner outside the workspace, shaped like what an attacker wants: short lines, unknown keys. */
function outsideFile(): string {
  const dir = tempDir('fta-outside-')
  const file = path.join(dir, 'environ.jsonl')
  writeFileSync(file, `${SECRET_BYTES}=1\n{"${SECRET_BYTES}": true}\n`)
  return file
}

function workspace(files: Record<string, string>, links: Record<string, string> = {}): string {
  const ws = tempDir('fta-ws-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true })
    writeFileSync(path.join(ws, name), text)
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true })
    symlinkSync(target, path.join(ws, name))
  }
  return ws
}

function runPr(ws: string, inputs: Record<string, string>) {
  return runAction({
    workspace: ws,
    eventName: 'pull_request_target',
    event: pullRequestEvent({ repo: REPO, number: 7, head: { sha: '1'.repeat(40) }, base: { sha: 'b'.repeat(40) } }),
    inputs: { 'github-token': gh.token, mode: 'validate', ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
  })
}

/** Every place a run writes to that others can read: log, summary, outputs, annotations, comment, report files. */
function publicText(run: ActionRun): string {
  const reports = ['report-path', 'eval-report-path']
    .map(o => run.outputs[o])
    .filter((f): f is string => Boolean(f) && existsSync(f))
    .map(f => readFileSync(f, 'utf8'))
  const comments = gh.comments('acme', 'support-bot', 7).map(c => c.body)
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...reports, ...comments].join('\n')
}

const failure = (run: ActionRun) => run.commands.filter(c => c.command === 'error').at(-1)?.message

describe('inputs stay in the workspace', () => {
  test('a dataset that is a symbolic link out of the workspace is refused, and no byte of it is shown', async () => {
    const ws = workspace({}, { 'data/train.jsonl': outsideFile() })
    const run = await runPr(ws, { 'training-file': 'data/train.jsonl' })
    expect(run.code).toBe(1)
    expect(failure(run)).toBe(
      'training-file: data/train.jsonl is a symbolic link (or goes through one) that leads outside the workspace; refused, as on a runner this action reads and writes files in the workspace only.',
    )
    expect(publicText(run)).not.toContain(SECRET_BYTES)
    expect(gh.comments('acme', 'support-bot', 7)).toEqual([])
  })

  test('links to /etc/passwd and /proc/self/environ are refused the same way', async () => {
    for (const target of ['/etc/passwd', '/proc/self/environ']) {
      const ws = workspace({ 'data/ok.jsonl': jsonl(chatExamples(10)) }, { 'data/train.jsonl': target })
      const run = await runPr(ws, { 'training-file': 'data/*.jsonl' })
      expect(run.code).toBe(1)
      expect(failure(run)).toMatch(
        /^training-file: data\/train\.jsonl is a symbolic link that leads outside the workspace/,
      )
      expect(publicText(run)).not.toMatch(/root:x:0|PATH=/)
    }
  })

  test('a glob does not walk a link to a folder; a link it matches, or starts from, that leads out is refused', async () => {
    const outside = path.dirname(outsideFile())
    const ws = workspace({ 'data/real.jsonl': jsonl(chatExamples(10)) }, { 'data/more': outside })
    const walked = await runPr(ws, { 'training-file': 'data/**/*.jsonl' })
    expect(walked.code).toBe(0)
    expect(walked.outputs.examples).toBe('10')
    const report = JSON.parse(readFileSync(walked.outputs['report-path'], 'utf8')) as { files: { path: string }[] }
    expect(report.files.map(f => f.path)).toEqual(['data/real.jsonl'])
    expect(publicText(walked)).not.toContain(SECRET_BYTES)
    // The link it passed is named, once, as a warning annotation.
    const linkWarnings = walked.commands.filter(c => c.command === 'warning' && c.message.includes('symbolic link'))
    expect(linkWarnings.map(c => c.message)).toEqual([
      'training-file: data/more is a symbolic link to a directory outside the workspace; the glob did not follow it, as on a runner this action reads files in the workspace only. Nothing under it was read.',
    ])

    const matched = await runPr(ws, { 'training-file': 'data/*' })
    expect(failure(matched)).toMatch(/^training-file: data\/more is a symbolic link that leads outside the workspace/)
    const through = await runPr(ws, { 'training-file': 'data/more/*.jsonl' })
    expect(failure(through)).toMatch(
      /^training-file: "data\/more\/\*\.jsonl" is a symbolic link \(or goes through one\) that leads outside the workspace/,
    )
    for (const run of [matched, through]) expect(publicText(run)).not.toContain(SECRET_BYTES)
  })

  test('a skipped link named to start workflow commands is one warning, and runs none', async () => {
    // A link inside the workspace whose name holds a line break and commands: the warning names it, nothing more.
    const name = 'data/x\n::add-mask::hidden\n::error::injected'
    const ws = workspace({ 'data/real.jsonl': jsonl(chatExamples(10)), 'other/a.jsonl': '{}\n' })
    symlinkSync(path.join(ws, 'other'), path.join(ws, name))
    const run = await runPr(ws, { 'training-file': 'data/**/*.jsonl' })
    expect(run.code).toBe(0)
    // (The one add-mask is the action's own, for the GitHub token.)
    expect(
      run.commands.filter(c => (c.command === 'add-mask' && c.message === 'hidden') || c.command === 'error'),
    ).toEqual([])
    const warnings = run.commands.filter(c => c.command === 'warning' && c.message.includes('symbolic link'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('::add-mask::hidden')
  })

  test('../ and absolute paths out of the workspace are refused for data, grader and eval files', async () => {
    const outside = outsideFile()
    const ws = workspace({ 'data/train.jsonl': jsonl(chatExamples(10)) })
    const relative = path.relative(ws, outside)
    expect(relative.startsWith('..')).toBe(true)
    const cases: [Record<string, string>, string][] = [
      [{ 'training-file': relative }, `training-file: ${relative} is outside the workspace`],
      [{ 'training-file': outside }, `training-file: ${outside} is outside the workspace`],
      [{ 'training-file': 'data/*.jsonl\n/etc/*' }, 'training-file: "/etc/*" is outside the workspace'],
      [{ 'training-file': 'data/train.jsonl', 'validation-file': '/etc/passwd' }, 'validation-file: /etc/passwd is'],
      [{ 'training-file': 'data/train.jsonl', 'grader-file': outside }, `grader-file: ${outside} is outside`],
      [{ 'training-file': 'data/train.jsonl', 'eval-file': relative }, `eval-file: ${relative} is outside`],
    ]
    for (const [inputs, message] of cases) {
      const run = await runPr(ws, inputs)
      expect(run.code).toBe(1)
      expect(failure(run)).toContain(message)
      expect(publicText(run)).not.toContain(SECRET_BYTES)
      expect(publicText(run)).not.toContain('root:x:0')
    }
  })

  test('a report is never written over an input, nor through a link', async () => {
    const data = jsonl(chatExamples(10))
    const ws = workspace(
      { 'data/train.jsonl': data, 'evals/cases.jsonl': '{}\n' },
      { 'out/report.json': outsideFile() },
    )
    const over = await runPr(ws, { 'training-file': 'data/*.jsonl', 'report-file': 'data/train.jsonl' })
    expect(failure(over)).toBe(
      'report-file: data/train.jsonl is an input of this run (training-file); the report would be written over it. Give another path.',
    )
    const overEval = await runPr(ws, {
      'training-file': 'data/train.jsonl',
      'eval-file': 'evals/cases.jsonl',
      'report-file': 'evals/../evals/cases.jsonl',
    })
    expect(failure(overEval)).toMatch(
      /^report-file: evals\/\.\.\/evals\/cases\.jsonl is an input of this run \(eval-file\)/,
    )
    const link = await runPr(ws, { 'training-file': 'data/train.jsonl', 'report-file': 'out/report.json' })
    expect(failure(link)).toBe('report-file: out/report.json is a symbolic link; give the path of a plain file.')
    expect(readFileSync(path.join(ws, 'data/train.jsonl'), 'utf8')).toBe(data)
    expect(readFileSync(path.join(ws, 'evals/cases.jsonl'), 'utf8')).toBe('{}\n')
    expect(readFileSync(path.join(ws, 'out/report.json'), 'utf8')).toContain(SECRET_BYTES)
  })
})

describe('no data-derived log line can start a workflow command', () => {
  test('a file name, a JSON key, a role value and a regex holding line breaks and commands stay data', async () => {
    const evil = (what: string) => `\n::warning::INJECTED ${what}\n##[error]INJECTED legacy ${what}\n`
    const ws = workspace({
      [`data/a${evil('name')}.jsonl`]: jsonl(chatExamples(10)),
      'data/b.jsonl': jsonl([
        { ...chatExample('Hi?'), [evil('key')]: 1 },
        { messages: [{ role: evil('role'), content: 'x' }] },
        `::add-mask::INJECTED short line`,
        ...chatExamples(10),
      ]),
      'evals/cases.jsonl': jsonl([
        {
          id: 'r1',
          messages: [{ role: 'user', content: 'Hi' }],
          checks: [{ type: 'regex', value: `/(${evil('regex')}/` }],
        },
      ]),
    })
    const run = await runPr(ws, {
      'training-file': 'data/*.jsonl',
      'eval-file': 'evals/cases.jsonl',
      'fail-on': 'never',
    })
    // The hostile text did reach the log (as data), so this test would see a command if one got through.
    expect(run.stdout).toContain('\n::warning::INJECTED key')
    expect(run.stdout).toContain('"::add-mask"...')
    expect(run.stdout).toContain('\n##[error]INJECTED legacy name\n')
    expect(run.commands.filter(c => /INJECTED/.test(c.message) && Object.keys(c.props).length === 0)).toEqual([])
    expect(run.commands.filter(c => c.message.startsWith('INJECTED'))).toEqual([])
    expect(run.commands.filter(c => c.command === 'add-mask').map(c => c.message)).toEqual([gh.token])
    // The annotations still carry the finding, escaped by @actions/core, on the right file.
    expect(run.commands.some(c => c.command === 'error' && c.props.file === 'data/b.jsonl')).toBe(true)
  })
})

describe('error text from a server is redacted before the summary and the eval report', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.stop()
  })

  test('a gateway that echoes the Authorization header does not put the key anywhere', async () => {
    const KEY = 'sk-proj-echoedKey0123456789abcdefXYZ'
    const OTHER = 'sk-live-anotherKeyItMentions0123456789'
    sim = await startSimulator({ apiKey: KEY })
    sim.faults.inject(
      'POST /chat/completions',
      {
        kind: 'server_error',
        status: 400,
        message: `Bad request; headers were {"Authorization": "Bearer ${KEY}", "x-other": "${OTHER}"} ${'z'.repeat(2000)}`,
      },
      100,
    )
    const ws = workspace({
      'evals/cases.jsonl': jsonl([
        { id: 'c1', messages: [{ role: 'user', content: 'Hi' }], checks: [{ type: 'contains', value: 'x' }] },
      ]),
    })
    const reportFile = path.join(ws, 'out/eval.json')
    const run = await runAction({
      workspace: ws,
      eventName: 'workflow_dispatch',
      inputs: {
        mode: 'evaluate',
        'api-key': KEY,
        'base-url': sim.url,
        'eval-file': 'evals/cases.jsonl',
        'eval-model': 'gpt-4.1-mini-2025-04-14',
        'eval-report-file': 'out/eval.json',
        'github-token': '',
      },
    })
    const report = readFileSync(reportFile, 'utf8')
    const error = (JSON.parse(report) as { cases: { results: Record<string, { error: string }> }[] }).cases[0].results[
      'gpt-4.1-mini-2025-04-14'
    ].error
    expect(error).toContain('"Authorization": "Bearer ***"')
    expect(error).toContain('"x-other": "***"')
    expect(error.length).toBeLessThan(600)
    for (const text of [report, run.summary, run.stderr, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(KEY)
      expect(text).not.toContain(OTHER)
    }
    expect(run.stdout.split('\n').filter(l => l.includes(KEY))).toEqual([`::add-mask::${KEY}`])
  })
})
