import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface PullRequestEventInput {
  /** The base repository, 'owner/name' (GITHUB_REPOSITORY). */
  repo: string
  number: number
  head: {
    sha: string
    ref?: string
    /** 'owner/name'; default the base repository, or contributor/{name} for a fork */ repo?: string
  }
  base: { sha: string; ref?: string }
  fork?: boolean
  action?: string
  serverUrl?: string
  apiUrl?: string
}

/** A pull_request webhook payload as the runner stores it at GITHUB_EVENT_PATH (the fields actions read). */
export function pullRequestEvent(input: PullRequestEventInput) {
  const serverUrl = input.serverUrl ?? 'https://github.com'
  const apiUrl = input.apiUrl ?? 'https://api.github.com'
  const [owner = '', name = ''] = input.repo.split('/')
  const fork = input.fork ?? false
  const headFullName = input.head.repo ?? (fork ? `contributor/${name}` : input.repo)
  const headOwner = headFullName.split('/')[0]
  const repository = (fullName: string, isFork: boolean, id: number) => ({
    id,
    name: fullName.split('/')[1],
    full_name: fullName,
    private: false,
    owner: { login: fullName.split('/')[0], type: fullName === input.repo ? 'Organization' : 'User' },
    html_url: `${serverUrl}/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
    fork: isFork,
    default_branch: 'main',
  })
  const baseRepository = repository(input.repo, false, 812_000_000)
  const sender = { login: fork ? headOwner : 'octocat', id: fork ? 1_000_001 : 583231, type: 'User' }
  return {
    action: input.action ?? 'synchronize',
    number: input.number,
    pull_request: {
      url: `${apiUrl}/repos/${input.repo}/pulls/${input.number}`,
      html_url: `${serverUrl}/${input.repo}/pull/${input.number}`,
      number: input.number,
      state: 'open',
      title: `Pull request #${input.number}`,
      user: sender,
      draft: false,
      merged: false,
      merged_at: null,
      head: {
        label: `${headOwner}:${input.head.ref ?? 'feature'}`,
        ref: input.head.ref ?? 'feature',
        sha: input.head.sha,
        user: { login: headOwner },
        repo: repository(headFullName, fork, fork ? 812_100_000 : 812_000_000),
      },
      base: {
        label: `${owner}:${input.base.ref ?? 'main'}`,
        ref: input.base.ref ?? 'main',
        sha: input.base.sha,
        user: { login: owner },
        repo: baseRepository,
      },
    },
    repository: { ...baseRepository, name, owner: { login: owner, type: 'Organization' } },
    sender,
  }
}

/** Writes pullRequestEvent(input) to a fresh temporary file and returns its path, for GITHUB_EVENT_PATH. */
export function writePullRequestEvent(input: PullRequestEventInput & { dir?: string }): string {
  const dir = input.dir ?? mkdtempSync(path.join(os.tmpdir(), 'fta-event-'))
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(pullRequestEvent(input), null, 2))
  return file
}
