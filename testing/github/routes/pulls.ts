import { notFound, page, type Context, type Reply, type Route } from '../replies.js'
import { isId, type PullInput, type PullSide, type RepoInfo } from '../store.js'
import { userJson } from './users.js'

const DOCS = {
  commitPulls: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
  pull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    docs: DOCS.commitPulls,
    handle: listCommitPulls,
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', docs: DOCS.pull, handle: getPull },
]

function listCommitPulls(ctx: Context): Reply {
  const sha = ctx.params.commit_sha
  const pulls = (ctx.store.commitPulls.get(sha) ?? []).map(n => ctx.store.pulls.get(n)!).filter(Boolean)
  return page(ctx, pulls, `/repositories/${ctx.repo.id}/commits/${sha}/pulls`, p => pullJson(ctx, p, ctx.repo, false))
}

function getPull(ctx: Context): Reply {
  const pull = isId(ctx.params.pull_number) ? ctx.store.pulls.get(Number(ctx.params.pull_number)) : undefined
  if (!pull) return notFound(DOCS.pull)
  return { status: 200, json: pullJson(ctx, pull, ctx.repo, true) }
}

function pullJson(ctx: Context, pull: PullInput, requested: RepoInfo, single: boolean) {
  const { apiUrl, serverUrl } = ctx.site
  const baseRepo = pull.base.repo?.full_name ?? requested.fullName
  const headRepo = pull.head.repo?.full_name ?? baseRepo
  const side = (s: PullSide, fullName: string, fork: boolean) => {
    const [owner = '', name = ''] = fullName.split('/')
    const info = ctx.store.repo(owner, name)
    return {
      label: `${owner}:${s.ref}`,
      ref: s.ref,
      sha: s.sha,
      user: { login: owner },
      repo: {
        id: info.id,
        name: info.name,
        full_name: info.fullName,
        private: false,
        owner: { login: info.owner },
        html_url: `${serverUrl}/${info.fullName}`,
        url: `${apiUrl}/repos/${info.fullName}`,
        fork,
        default_branch: ctx.site.defaultBranch,
      },
    }
  }
  const author = pull.user ?? { login: 'octocat', id: 583231, type: 'User' as const }
  return {
    url: `${apiUrl}/repos/${baseRepo}/pulls/${pull.number}`,
    id: 2_400_000_000 + pull.number,
    node_id: `PR_kwDO${Buffer.from(`${baseRepo}#${pull.number}`).toString('base64url')}`,
    html_url: pull.html_url ?? `${serverUrl}/${baseRepo}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state ?? 'open',
    locked: false,
    title: pull.title ?? `Pull request #${pull.number}`,
    user: userJson(author, ctx.site),
    draft: pull.draft ?? false,
    merged_at: pull.merged_at ?? null,
    ...(single ? { merged: pull.merged_at != null } : {}),
    head: side(pull.head, headRepo, pull.head.repo?.fork ?? headRepo.toLowerCase() !== baseRepo.toLowerCase()),
    base: side(pull.base, baseRepo, false),
  }
}
