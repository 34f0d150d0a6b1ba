import * as core from '@actions/core'
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
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 })
  const ours = comments.filter(c => c.body?.startsWith(mark) && (author ? c.user?.login === author : c.user?.type === 'Bot'))
  const [existing, ...duplicates] = ours
  for (const d of duplicates) {
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: d.id }).catch(e => core.info(`Could not delete duplicate comment ${d.id}: ${statusOf(e) ?? e}`))
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
