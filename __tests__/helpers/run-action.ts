import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runActionProcess } from '../../testing/runner.js'

export const ROOT = new URL('../../', import.meta.url).pathname
export const ACTION = path.join(ROOT, 'dist/index.js')
export const CLI = path.join(ROOT, 'dist/cli/index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  outputFile: string
  summary: string
  /** Workflow commands (`::error file=..::message`) the run printed. */
  commands: { command: string; props: Record<string, string>; message: string }[]
}

export interface RunOptions {
  inputs: Record<string, string>
  eventName?: string
  event?: unknown
  workspace?: string
  env?: Record<string, string>
  /** Sees the process as soon as it starts (to signal it, for example). */
  onChild?: (child: ChildProcess) => void
}

/** Runs the bundled action as the runner does: a node process with INPUT_* and the GITHUB_* files. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const result = await runActionProcess({
    action: ACTION,
    inputs: options.inputs,
    eventName: options.eventName ?? 'pull_request',
    event: options.event,
    workspace: options.workspace ?? ROOT,
    env: {
      GITHUB_REPOSITORY: 'acme/support-bot',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_API_URL: 'http://127.0.0.1:9',
      ...options.env,
    },
    onChild: options.onChild,
  })
  return { ...result, commands: parseCommands(result.stdout) }
}

/**
 * Reads stdout as the runner does (actions/runner ActionCommandManager): a line whose start, after blanks, is
 * `::name ...::` (V2), or that holds `##[name ...]` anywhere (the legacy form), is a command when `name` is one the
 * runner knows; after `::stop-commands::TOKEN` nothing is a command until `::TOKEN::`.
 */
const RUNNER_COMMANDS = new Set(
  'set-env set-output save-state add-mask add-path add-matcher remove-matcher debug warning error notice group endgroup echo stop-commands'.split(
    ' ',
  ),
)

export function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = []
  let stopToken: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const v2 = /^::([^\s:]+)(?: (.*?))?::(.*)$/.exec(line.replace(/^[\s\u0085\u00a0]+/, ''))
    const legacy = v2 ? null : /##\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line)
    const m = v2 ?? legacy
    if (!m) continue
    const name = m[1].toLowerCase()
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) stopToken = undefined
      continue
    }
    if (!RUNNER_COMMANDS.has(name)) continue
    if (name === 'stop-commands') {
      stopToken = m[3]
      continue
    }
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(legacy ? ';' : ',').filter(Boolean)) {
      const i = kv.indexOf('=')
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/%2C/g, ','))
    }
    out.push({ command: name, props, message: decodeURIComponent(m[3].replace(/%0A/g, '\n')) })
  }
  return out
}

export function runCli(
  args: string[],
  cwd = ROOT,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  return new Promise(resolve =>
    child.on('close', code => {
      resolve({ code, stdout, stderr })
    }),
  )
}

/**
 * Signals the action `afterMs` after `ready()` first holds (checked every 50 ms), as a runner cancelling a step does;
 * `sentAt()` is when it was sent (0 before). Pass `onChild` to runAction.
 */
export function signalWhen(ready: () => boolean, signal: NodeJS.Signals = 'SIGTERM', afterMs = 300) {
  let sentAt = 0
  return {
    onChild: (child: ChildProcess) => {
      const timer = setInterval(() => {
        if (!ready()) return
        clearInterval(timer)
        setTimeout(() => {
          sentAt = Date.now()
          child.kill(signal)
        }, afterMs)
      }, 50)
    },
    sentAt: () => sentAt,
  }
}

/**
 * Records which of Node's own modules a bundle run loads: pass `env` to runAction or runCli, then read `builtins()`
 * after the run (the process writes its module list on exit).
 */
export function recordBuiltins(dir: string): { env: Record<string, string>; builtins: () => string[] } {
  const loaded = path.join(dir, 'loaded-modules.txt')
  const recorder = path.join(dir, 'record-modules.mjs')
  writeFileSync(
    recorder,
    `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')))\n`,
  )
  return {
    env: { NODE_OPTIONS: `--import=${recorder}` },
    builtins: () =>
      readFileSync(loaded, 'utf8')
        .split('\n')
        .filter(m => m.startsWith('NativeModule '))
        .map(m => m.slice('NativeModule '.length)),
  }
}
