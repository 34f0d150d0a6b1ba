import { createHash } from 'node:crypto'

/** What the fake GitHub holds in memory: repositories, issue comments, files by ref and pull requests. */

export interface GitHubUser {
  login: string
  id: number
  type: 'Bot' | 'User'
}

/** The identity of GITHUB_TOKEN. */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

export interface PullSide {
  sha: string
  ref: string
  /** Defaults to the repository of the request (for head: that repository, so not a fork). */
  repo?: { full_name: string; fork?: boolean }
}

export interface PullInput {
  number: number
  state?: 'open' | 'closed'
  merged_at?: string | null
  html_url?: string
  title?: string
  draft?: boolean
  user?: GitHubUser
  head: PullSide
  base: PullSide
}

export interface RepoInfo {
  id: number
  owner: string
  name: string
  fullName: string
}

export interface StoredComment {
  id: number
  repoKey: string
  issue: number
  body: string
  user: GitHubUser
  createdAt: Date
  updatedAt: Date
}

export interface StoredFile {
  data: Buffer
  blobSha?: string
}

export class GitHubStore {
  private readonly repos = new Map<string, RepoInfo>()
  private readonly reposById = new Map<number, RepoInfo>()
  readonly comments = new Map<number, StoredComment>()
  /** Trees by ref: file path (no leading slash) to file. */
  readonly files = new Map<string, Map<string, StoredFile>>()
  readonly pulls = new Map<number, PullInput>()
  readonly commitPulls = new Map<string, number[]>()
  /** Comment writes that succeeded through the API. */
  readonly writes = { created: 0, updated: 0, deleted: 0 }
  private nextRepoId = 812_000_001

  constructor(private nextCommentId: number) {}

  /** Owner and repository names are case-insensitive on GitHub; responses spell them as first seen. */
  repo(owner: string, name: string): RepoInfo {
    const key = repoKey(owner, name)
    let info = this.repos.get(key)
    if (!info) {
      info = { id: this.nextRepoId++, owner, name, fullName: `${owner}/${name}` }
      this.repos.set(key, info)
      this.reposById.set(info.id, info)
    }
    return info
  }

  repoById(id: number): RepoInfo | undefined {
    return this.reposById.get(id)
  }

  repoOf(comment: StoredComment): RepoInfo {
    return this.repos.get(comment.repoKey)!
  }

  setFile(ref: string, filePath: string, contents: string | Buffer): void {
    let tree = this.files.get(ref)
    if (!tree) this.files.set(ref, (tree = new Map()))
    tree.set(trimSlashes(filePath), { data: typeof contents === 'string' ? Buffer.from(contents) : contents })
  }

  addComment(repo: RepoInfo, issue: number, body: string, user: GitHubUser, now: Date): StoredComment {
    const stored: StoredComment = {
      id: this.nextCommentId++,
      repoKey: repoKey(repo.owner, repo.name),
      issue,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    }
    this.comments.set(stored.id, stored)
    return stored
  }

  /** The comments of an issue, oldest first. */
  commentsOn(repo: RepoInfo, issue: number): StoredComment[] {
    const key = repoKey(repo.owner, repo.name)
    return [...this.comments.values()].filter(c => c.repoKey === key && c.issue === issue)
  }

  /** A comment is only found through the repository it belongs to. */
  findComment(repo: RepoInfo, id: string): StoredComment | undefined {
    if (!isId(id)) return undefined
    const stored = this.comments.get(Number(id))
    return stored && stored.repoKey === repoKey(repo.owner, repo.name) ? stored : undefined
  }
}

export function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase()
}

export function isId(text: string): boolean {
  return /^\d+$/.test(text)
}

export function trimSlashes(p: string): string {
  return p.replace(/^\/+|\/+$/g, '')
}

/** Git's blob id, which is what the contents API calls sha. */
export function blobSha(file: StoredFile): string {
  file.blobSha ??= createHash('sha1').update(`blob ${file.data.length}\0`).update(file.data).digest('hex')
  return file.blobSha
}
