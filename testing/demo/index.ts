#!/usr/bin/env node
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAzureSimulator } from '../azure/index.js'
import { pullRequestEvent, startGitHubServer } from '../github/index.js'
import { AcceleratedClock, startSimulator } from '../openai/index.js'
import { startTogetherSimulator } from '../together/index.js'
import { runActionProcess } from '../runner.js'
import { renderMarkdown } from './render.js'
import { messageOf } from '../../src/errors.js'

// The demo sits in dist/demo/; the action bundle is dist/index.js and the example data is in examples/.
const here = path.dirname(fileURLToPath(import.meta.url))
const ACTION = path.join(here, '..', 'index.js')
const EXAMPLES = path.join(here, '..', '..', 'examples', 'support-bot')
const REPO = 'acme/support-bot'
const KEY = 'sk-demo-not-a-real-key'
const BASE_SHA = '0b1e5e'.padEnd(40, '0')
const HEAD_SHA = ['a11ce5'.padEnd(40, '1'), 'f1xed5'.padEnd(40, '2')]
const MERGE_SHA = '3e49ed'.padEnd(40, '3')
/**
 * `npm run demo -- --backend together`: the same story on an open model, through Together AI's API.
 * `npm run demo -- --backend azure`: through Azure OpenAI's shape, where the fine-tune answers only once deployed.
 */
const BACKEND = /--backend[= ](together|azure)\b/.exec(process.argv.slice(2).join(' '))?.[1]
const TOGETHER = BACKEND === 'together'
const AZURE = BACKEND === 'azure'
const OPEN_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'
const colour = process.stdout.isTTY
const bold = (s: string) => (colour ? `\u001b[1m${s}\u001b[22m` : s)
const dim = (s: string) => (colour ? `\u001b[2m${s}\u001b[22m` : s)

interface Run {
  code: number | null
  lines: string[]
  outputs: Record<string, string>
  summary: string
}

async function main(): Promise<void> {
  const started = Date.now()
  console.log(bold('fine-tune-action demo: a dataset change from pull request to fine-tuned model, offline.'))
  console.log(
    'Each step runs the bundled action (dist/index.js) as a GitHub runner would, against two local simulations on\n' +
      `127.0.0.1: ${TOGETHER ? "Together AI's fine-tuning API, training an open model" : AZURE ? 'Azure OpenAI (its v1 API and Resource Manager deployments)' : 'an OpenAI-compatible fine-tuning API'} (its clock runs 60× fast) and the GitHub REST API.\n` +
      'Nothing leaves this machine: no network, no real key, no money.\n',
  )
  const ws = mkdtempSync(path.join(os.tmpdir(), 'fine-tune-demo-'))
  mkdirSync(path.join(ws, 'data'))
  for (const f of ['train.jsonl', 'validation.jsonl', 'eval.jsonl'])
    copyFileSync(path.join(EXAMPLES, f), path.join(ws, 'data', f))
  const train = readFileSync(path.join(EXAMPLES, 'train.jsonl'), 'utf8').trim().split('\n')
  const answers = answerBook([
    ...train,
    ...readFileSync(path.join(EXAMPLES, 'validation.jsonl'), 'utf8').trim().split('\n'),
  ])

  const fineTuned = (model: string) => (TOGETHER ? model.includes('-harbor-') : /^ft:|\.ft-/.test(model))
  const chat = ({ model, lastUserMessage }: { model: string; lastUserMessage: string }) =>
    fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage)
  const azure = AZURE
    ? await startAzureSimulator({
        apiKey: KEY,
        clock: new AcceleratedClock({ factor: 60 }),
        schedule: { validatingSeconds: 20, queuedSeconds: 40, runningSeconds: 240 },
        fileProcessingSeconds: 10,
        provisioningMs: 1500,
        chat,
      })
    : undefined
  const sim = azure
    ? azure
    : TOGETHER
      ? await startTogetherSimulator({
          apiKey: KEY,
          clock: new AcceleratedClock({ factor: 60 }),
          schedule: {
            pendingSeconds: 10,
            queuedSeconds: 30,
            runningSeconds: 240,
            compressingSeconds: 20,
            uploadingSeconds: 20,
          },
          fileProcessingSeconds: 10,
          chat: ({ model, lastUserMessage }) =>
            fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage),
        })
      : await startSimulator({
          apiKey: KEY,
          clock: new AcceleratedClock({ factor: 60 }),
          schedule: { validatingSeconds: 20, queuedSeconds: 40, runningSeconds: 240 },
          fileProcessingSeconds: 10,
          // The fine-tune learned the shop's answers; the base model improvises.
          chat: ({ model, lastUserMessage }) =>
            fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage),
        })
  const gh = await startGitHubServer({ port: 0 })
  try {
    gh.setFile(BASE_SHA, 'data/train.jsonl', `${train.slice(0, 10).join('\n')}\n`)
    const github = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SERVER_URL: 'https://github.com' }
    const pr = (sha: string) => ({
      event: pullRequestEvent({
        repo: REPO,
        number: 42,
        head: { sha, ref: 'more-examples' },
        base: { sha: BASE_SHA, ref: 'main' },
      }),
      eventName: 'pull_request',
    })
    const prInputs = {
      'training-file': 'data/train.jsonl',
      'validation-file': 'data/validation.jsonl',
      'eval-file': 'data/eval.jsonl',
      'github-token': gh.token,
      // Azure publishes no dated training price the action could check a budget against.
      ...(AZURE ? { backend: 'azure', 'base-url': sim.url } : { 'max-cost': '5' }),
    }

    step(1, 'A pull request adds two examples to data/train.jsonl; one of them is broken')
    const giftCard = (weight: number) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: 'Can I pay with a gift card?' },
          { role: 'assistant', content: 'Yes, at checkout.', weight },
        ],
      })
    const broken = giftCard(2)
    writeFileSync(
      path.join(ws, 'data', 'train.jsonl'),
      [...train, JSON.stringify(newExample()), broken].join('\n') + '\n',
    )
    const first = await runAction(ws, { ...pr(HEAD_SHA[0]), inputs: prInputs, env: github })
    annotations(first)
    const comment = gh.comments('acme', 'support-bot', 42)[0]
    console.log(`  exit ${first.code}: the check fails, and pull request #42 gets one comment (id ${comment.id}):`)
    console.log(renderMarkdown(comment.body))

    step(2, 'The author fixes the weight and pushes again')
    writeFileSync(
      path.join(ws, 'data', 'train.jsonl'),
      [...train, JSON.stringify(newExample()), giftCard(1)].join('\n') + '\n',
    )
    const second = await runAction(ws, { ...pr(HEAD_SHA[1]), inputs: prInputs, env: github })
    const edited = gh.comments('acme', 'support-bot', 42)
    console.log(
      `  exit ${second.code}: the check passes; still ${edited.length} comment, edited in place (id ${edited[0].id}, ${gh.counts.updated} edit):`,
    )
    console.log(renderMarkdown(edited[0].body.split('\n').slice(0, 16).join('\n')))
    console.log(dim('  │ … (findings, costs on other models and distributions follow, folded)'))

    step(3, 'The pull request is merged: the push trains a model, then evaluates it against its base')
    gh.setCommitPulls(MERGE_SHA, [
      {
        number: 42,
        state: 'closed',
        merged_at: new Date().toISOString(),
        head: { sha: HEAD_SHA[1], ref: 'more-examples' },
        base: { sha: BASE_SHA, ref: 'main' },
      },
    ])
    let steps = 0
    const merged = await runAction(ws, {
      eventName: 'push',
      inputs: {
        ...prInputs,
        ...(TOGETHER
          ? { backend: 'together', 'api-key': KEY, 'base-url': sim.url, model: OPEN_MODEL }
          : azure
            ? {
                'api-key': KEY,
                'azure-management-url': azure.managementUrl,
                'azure-subscription-id': 'sub-demo',
                'azure-resource-group': 'rg-demo',
                'azure-resource-name': 'lighthouse-aoai',
                'azure-delete-deployment': 'true',
              }
            : { 'openai-api-key': KEY, 'openai-base-url': sim.url }),
        'poll-interval': '1',
        suffix: 'harbor',
        'eval-compare-models': 'base',
        'eval-min-pass-rate': '0.8',
      },
      env: { ...github, GITHUB_SHA: MERGE_SHA, GITHUB_RUN_ID: '1001', ...(azure && azureLogin(azure.armToken)) },
      onLine: line => {
        if (line.startsWith('::') || line.trim() === '') return
        const step = /step (\d+)\/(\d+)/.exec(line)
        if (step) {
          if (++steps % 12 === 1 || step[1] === step[2]) console.log(`  ${dim(line.replace(/^\S+Z /, ''))}`)
          return
        }
        if (
          /^(Uploading|Uploaded|Together AI estimates|Created fine-tuning job ft|Job ft|Deploying|Deployment \S+ is ready|Deleted the deployment|\S+Z (Job started|Model upload complete)|\S+Z (Fine-tuning job started|New fine-tuned model|The job has)|Estimated finish|Evaluating|.+: pass rate|against|Fine-tuned model|Pull request comment)/.test(
            line,
          )
        ) {
          console.log(`  ${line.replace(/^\S+Z /, '')}`)
        }
      },
    })
    for (const line of merged.lines.filter(l => l.startsWith('::error::')))
      console.log(`  ✖ ${decodeURIComponent(line.slice(9))}`)
    console.log(`  exit ${merged.code}. Outputs for the next steps of the workflow:`)
    for (const name of [
      'model-id',
      'job-id',
      'job-status',
      'trained-tokens',
      'actual-cost',
      'training-file-id',
      'eval-pass-rate',
      'eval-results',
    ]) {
      console.log(`    ${name.padEnd(18)} ${merged.outputs[name] ?? ''}`)
    }
    console.log('  The job summary, as GitHub shows it under the run:')
    console.log(renderMarkdown(merged.summary.split('\n#### Findings')[0].split('\n### ✅ Fine-tuning data')[0]))
    const final = gh.comments('acme', 'support-bot', 42)[0]
    console.log(
      `  Pull request #42's comment now ends with the job and the evaluation (${final.body.length.toLocaleString('en-US')} characters).`,
    )
    if (azure)
      console.log(
        `  Azure Resource Manager saw ${azure.requests.filter(r => r.path.includes('/deployments/')).length} deployment requests; deployments left: ${azure.deployments.size}.`,
      )
    const ok =
      first.code === 1 &&
      second.code === 0 &&
      merged.code === 0 &&
      fineTuned(merged.outputs['model-id'] ?? '') &&
      (!azure || azure.deployments.size === 0)
    console.log(
      `\n${bold(ok ? 'Done' : 'Something did not go as expected')} in ${((Date.now() - started) / 1000).toFixed(1)} s. Everything above ran against local simulations; to point your own`,
    )
    console.log('scripts at the fine-tuning simulator: npm run simulator')
    if (!ok) process.exitCode = 1
  } finally {
    await gh.stop()
    await sim.stop()
  }
}

/** What `azure/login` leaves behind: an Azure CLI that hands DefaultAzureCredential the Resource Manager token. */
function azureLogin(token: string): Record<string, string> {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'fine-tune-demo-az-'))
  const expires = Math.floor(Date.now() / 1000) + 3600
  writeFileSync(
    path.join(bin, 'az'),
    `#!/bin/sh\necho '{"accessToken":"${token}","expires_on":${expires},"tokenType":"Bearer"}'\n`,
  )
  chmodSync(path.join(bin, 'az'), 0o755)
  return { PATH: `${bin}:${process.env.PATH ?? ''}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential' }
}

function step(n: number, title: string): void {
  console.log(`\n${bold(`── ${n}. ${title}`)}`)
}

function annotations(run: Run): void {
  for (const line of run.lines) {
    const m = /^::(error|warning) (?:title=([^,]*),)?(?:file=([^,]*),)?(?:line=(\d+),?)?[^:]*::(.*)$/.exec(line)
    if (m && m[3])
      console.log(
        `  ${m[1] === 'error' ? '✖' : '⚠'} ${m[3]}${m[4] ? `:${m[4]}` : ''}  ${m[2] ?? ''}  ${decodeURIComponent(m[5].replace(/%0A/g, ' '))}`,
      )
  }
}

function newExample() {
  return {
    messages: [
      { role: 'system', content: 'You are Harbor, the support assistant of Lighthouse Coffee Roasters.' },
      { role: 'user', content: 'Do you roast to order?' },
      { role: 'assistant', content: 'Yes: every bag is roasted the morning it ships.' },
    ],
  }
}

/** What the fine-tune will have learned: the assistant's answer to each question of the data. */
function answerBook(lines: string[]): Map<string, string> {
  const book = new Map<string, string>()
  for (const line of lines) {
    const messages = (JSON.parse(line) as { messages: { role: string; content: string }[] }).messages
    const user = messages.find(m => m.role === 'user')
    const answer = messages.find(m => m.role === 'assistant')
    if (user && answer) book.set(user.content, answer.content)
  }
  return book
}

function baseAnswer(question: string): string {
  if (/refund|money back|torn/i.test(question)) return 'So sorry! We will refund you right away.'
  if (/pause/i.test(question)) return 'You can pause it under Subscriptions in your account.'
  if (/cold brew/i.test(question)) return 'Night Watch makes a lovely cold brew.'
  return 'Thanks for reaching out! Let me look into that for you.'
}

interface RunSpec {
  eventName: string
  event?: unknown
  inputs: Record<string, string>
  env: Record<string, string>
  onLine?: (line: string) => void
}

async function runAction(ws: string, spec: RunSpec): Promise<Run> {
  const result = await runActionProcess({ action: ACTION, workspace: ws, ...spec })
  process.stderr.write(result.stderr)
  return { code: result.code, lines: result.stdout.split('\n'), outputs: result.outputs, summary: result.summary }
}

main().catch((error: unknown) => {
  console.error(`demo: ${messageOf(error)}`)
  process.exitCode = 1
})
