import { readFileSync } from 'node:fs'

/** What a pull_request (or pull_request_target) event tells about the PR under review. */
export interface PullRequestContext {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
  /** The head branch lives in a fork: the token is read-only there. */
  fromFork: boolean
}

interface PullRequestPayload {
  pull_request?: {
    number?: number
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null }
    base?: { sha?: string; repo?: { full_name?: string } }
  }
  repository?: { full_name?: string }
}

/** Reads the event payload of a pull request run; undefined for any other event. */
export function pullRequestContext(env: NodeJS.ProcessEnv = process.env): PullRequestContext | undefined {
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined
  if (!env.GITHUB_EVENT_PATH) return undefined
  let payload: PullRequestPayload
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload
  } catch {
    return undefined
  }
  const pr = payload.pull_request
  const fullName = payload.repository?.full_name ?? env.GITHUB_REPOSITORY
  if (!pr?.number || !pr.head?.sha || !pr.base?.sha || !fullName) return undefined
  const [owner, repo] = fullName.split('/') as [string, string]
  const headRepo = pr.head.repo?.full_name
  return {
    owner,
    repo,
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    fromFork: headRepo !== undefined && headRepo !== fullName,
  }
}
