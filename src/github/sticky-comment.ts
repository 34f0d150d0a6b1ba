import * as core from '@actions/core'
import { logData } from '../action-io.js'
import { messageOf, serverMessage } from '../errors.js'
import { statusOf, type Octokit } from './octokit.js'

export interface StickyTarget {
  owner: string
  repo: string
  number: number
  /** Tells this action's comments apart from others', and one workflow's from another's. */
  key: string
}

export interface StickyResult {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

export function marker(key: string): string {
  return `<!-- fine-tune-action:${key.replace(/[^\w.-]/g, '_')} -->`
}

/**
 * One comment per pull request and key: found across every page of comments, edited in place (and only when its
 * text changes), created again when someone deleted it. Duplicates left by concurrent runs are removed.
 */
export async function upsertStickyComment(octokit: Octokit, target: StickyTarget, body: string): Promise<StickyResult> {
  const mark = marker(target.key)
  const fullBody = `${mark}\n${body}`
  const { owner, repo, number } = target
  const author = await ownLogin(octokit)
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  })
  const ours = comments.filter(
    c => c.body?.startsWith(mark) && (author ? c.user?.login === author : c.user?.type === 'Bot'),
  )
  const existing = ours.at(0)
  const duplicates = ours.slice(1)
  for (const d of duplicates) {
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: d.id }).catch((e: unknown) => {
      logData(`Could not delete duplicate comment ${d.id}: ${statusOf(e) ?? messageOf(e)}`)
    })
  }
  if (existing) {
    if (existing.body === fullBody) return { id: existing.id, url: existing.html_url, action: 'unchanged' }
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: fullBody })
    return { id: data.id, url: data.html_url, action: 'updated' }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: fullBody })
  return { id: data.id, url: data.html_url, action: 'created' }
}

/**
 * The login the token writes as. A personal token can ask; the workflow's GITHUB_TOKEN and app tokens cannot (403),
 * and then any bot's comment with our marker is ours.
 */
async function ownLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return undefined
  }
}

export interface CommentTarget extends StickyTarget {
  octokit: Octokit
  /** The pull request comes from a fork, where the workflow's token is read-only. */
  fromFork: boolean
}

/** Writes the sticky comment; a token that may not write (fork, missing permission) warns instead of failing the step. */
export async function writePullRequestComment(target: CommentTarget, body: string): Promise<StickyResult | undefined> {
  try {
    const result = await upsertStickyComment(target.octokit, target, body)
    logData(`Pull request comment ${result.action}: ${result.url}`)
    core.setOutput('comment-id', String(result.id))
    core.setOutput('comment-url', result.url)
    return result
  } catch (error) {
    const why =
      statusOf(error) === 403 || statusOf(error) === 404
        ? `the token may not write to this pull request${target.fromFork ? ' (it comes from a fork, where the token is read-only)' : ' (grant `permissions: pull-requests: write`)'}`
        : serverMessage(error)
    core.warning(`The pull request comment was not written: ${why}. The full report is in the job summary.`)
    return undefined
  }
}

/** The pull request a pushed commit came from (a merge to the default branch), if any. */
export async function mergedPullRequest(
  octokit: Octokit,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ owner: string; repo: string; number: number } | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const sha = env.GITHUB_SHA
  if (!owner || !repo || !sha) return undefined
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })
  const pr = data.find(p => p.merged_at) ?? data.at(0)
  return pr ? { owner, repo, number: pr.number } : undefined
}
