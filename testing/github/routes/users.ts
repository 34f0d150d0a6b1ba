import { errorReply, type Route, type Site } from '../replies.js'
import type { GitHubUser } from '../store.js'

const DOCS = 'https://docs.github.com/rest/users/users#get-the-authenticated-user'

export const userRoutes: Route[] = [
  {
    method: 'GET',
    template: '/user',
    docs: DOCS,
    handle(ctx) {
      // Installation tokens (GITHUB_TOKEN) are not a user: GitHub refuses them here.
      if (ctx.user.type === 'Bot') return errorReply(403, 'Resource not accessible by integration', DOCS)
      return { status: 200, json: userJson(ctx.user, ctx.site) }
    },
  },
]

export function userJson(user: GitHubUser, site: Site) {
  const bot = user.type === 'Bot'
  return {
    login: user.login,
    id: user.id,
    // The legacy global id, which is what GitHub still serves for github-actions[bot] (MDM6Qm90NDE4OTgyODI=).
    node_id: Buffer.from(bot ? `03:Bot${user.id}` : `04:User${user.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in' : 'u'}/${user.id}?v=4`,
    url: `${site.apiUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: bot ? `${site.serverUrl}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${site.serverUrl}/${user.login}`,
    type: user.type,
    site_admin: false,
  }
}
