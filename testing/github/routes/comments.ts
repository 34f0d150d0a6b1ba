import { errorReply, isoSeconds, notFound, page, type Context, type Reply, type Route, type Site } from '../replies.js'
import { isId, type GitHubStore, type StoredComment } from '../store.js'
import { userJson } from './users.js'

export const MAX_COMMENT_LENGTH = 65_536

const DOCS = {
  list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  create: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  get: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
  update: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  delete: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
}

const ONE = '/repos/{owner}/{repo}/issues/comments/{comment_id}'
const OF_ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

export interface IssueComment {
  url: string
  html_url: string
  issue_url: string
  id: number
  node_id: string
  user: ReturnType<typeof userJson>
  created_at: string
  updated_at: string
  author_association: string
  body: string
  reactions: Record<string, string | number>
  performed_via_github_app: null
}

export const commentRoutes: Route[] = [
  { method: 'GET', template: ONE, docs: DOCS.get, handle: getComment },
  { method: 'PATCH', template: ONE, docs: DOCS.update, handle: updateComment },
  { method: 'DELETE', template: ONE, docs: DOCS.delete, handle: deleteComment },
  { method: 'GET', template: OF_ISSUE, docs: DOCS.list, handle: listComments },
  { method: 'POST', template: OF_ISSUE, docs: DOCS.create, handle: createComment },
]

function listComments(ctx: Context): Reply {
  if (!isId(ctx.params.issue_number)) return notFound(DOCS.list)
  const issue = Number(ctx.params.issue_number)
  const since = ctx.url.searchParams.get('since')
  const sinceTime = since ? Date.parse(since) : NaN
  const all = ctx.store
    .commentsOn(ctx.repo, issue)
    .filter(c => Number.isNaN(sinceTime) || c.updatedAt.getTime() >= sinceTime)
  return page(ctx, all, `/repositories/${ctx.repo.id}/issues/${issue}/comments`, c =>
    commentJson(c, ctx.store, ctx.site),
  )
}

function createComment(ctx: Context): Reply {
  if (!isId(ctx.params.issue_number)) return notFound(DOCS.create)
  const invalid = validateBody(ctx.body, DOCS.create)
  if (invalid) return invalid
  const stored = ctx.store.addComment(
    ctx.repo,
    Number(ctx.params.issue_number),
    (ctx.body as { body: string }).body,
    ctx.user,
    ctx.now,
  )
  ctx.store.writes.created++
  const json = commentJson(stored, ctx.store, ctx.site)
  return { status: 201, json, headers: { location: json.url } }
}

function getComment(ctx: Context): Reply {
  const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id)
  if (!stored) return notFound(DOCS.get)
  return { status: 200, json: commentJson(stored, ctx.store, ctx.site) }
}

function updateComment(ctx: Context): Reply {
  const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id)
  if (!stored) return notFound(DOCS.update)
  const invalid = validateBody(ctx.body, DOCS.update)
  if (invalid) return invalid
  stored.body = (ctx.body as { body: string }).body
  stored.updatedAt = ctx.now
  ctx.store.writes.updated++
  return { status: 200, json: commentJson(stored, ctx.store, ctx.site) }
}

function deleteComment(ctx: Context): Reply {
  const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id)
  if (!stored) return notFound(DOCS.delete)
  ctx.store.comments.delete(stored.id)
  ctx.store.writes.deleted++
  return { status: 204 }
}

export function commentJson(c: StoredComment, store: GitHubStore, site: Site): IssueComment {
  const repo = store.repoOf(c)
  const api = `${site.apiUrl}/repos/${repo.fullName}`
  return {
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${site.serverUrl}/${repo.fullName}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issue}`,
    id: c.id,
    node_id: `IC_kwDO${Buffer.from(`${repo.id}:${c.id}`).toString('base64url')}`,
    user: userJson(c.user, site),
    created_at: isoSeconds(c.createdAt),
    updated_at: isoSeconds(c.updatedAt),
    author_association: 'NONE',
    body: c.body,
    reactions: {
      url: `${api}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: null,
  }
}

/** The request-schema errors GitHub answers before the model's validations, then the model's (length, blank). */
function validateBody(payload: unknown, docs: string): Reply | undefined {
  if (typeof payload !== 'object' || payload === null || !('body' in payload)) {
    return errorReply(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs)
  }
  const body = payload.body
  if (typeof body !== 'string') {
    return errorReply(
      422,
      `Invalid request.\n\nFor 'properties/body', ${body === null ? 'nil' : JSON.stringify(body)} is not a string.`,
      docs,
    )
  }
  if (body.trim() === '')
    return errorReply(422, 'Validation Failed', docs, [
      { resource: 'IssueComment', code: 'missing_field', field: 'body' },
    ])
  if (codePoints(body) > MAX_COMMENT_LENGTH) {
    return errorReply(422, 'Validation Failed', docs, [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
      },
    ])
  }
  return undefined
}

/** Rails counts characters, that is code points: an emoji is 1, where String.length says 2. */
function codePoints(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0xdc00 || unit > 0xdfff) count++
  }
  return count
}
