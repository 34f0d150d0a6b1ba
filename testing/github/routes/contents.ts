import { createHash } from 'node:crypto'
import path from 'node:path'
import { errorReply, notFound, type Context, type Reply, type Route } from '../replies.js'
import { blobSha, trimSlashes, type RepoInfo, type StoredFile } from '../store.js'

const DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content'
const ONE_MB = 1024 * 1024
const HUNDRED_MB = 100 * ONE_MB

export const contentRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', docs: DOCS, handle: getContents },
]

function getContents(ctx: Context): Reply {
  const ref = ctx.url.searchParams.get('ref') || ctx.site.defaultBranch
  const tree = ctx.store.files.get(ref)
  if (!tree) return errorReply(404, `No commit found for the ref ${ref}`, DOCS)
  const filePath = trimSlashes(ctx.params.path ?? '')
  const file = tree.get(filePath)
  if (file) {
    if (file.data.length > HUNDRED_MB) {
      return errorReply(
        403,
        'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
        DOCS,
        [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      )
    }
    const raw = /vnd\.github(\.v3)?\.raw\b/i.exec(ctx.accept)
    if (raw) {
      return {
        status: 200,
        raw: file.data,
        headers: {
          'content-type': `application/vnd.github${raw[1] ?? ''}.raw; charset=utf-8`,
          'x-github-media-type': 'github.v3; param=raw',
        },
      }
    }
    const entry = contentEntry(ctx, ctx.repo, ref, filePath, 'file', file)
    // Between 1 MB and 100 MB only the raw and object media types carry the content; JSON leaves it empty.
    const small = file.data.length <= ONE_MB
    return {
      status: 200,
      json: { ...entry, content: small ? base64Lines(file.data) : '', encoding: small ? 'base64' : 'none' },
    }
  }
  // A directory: its direct children, directories first as git sorts them by name.
  const prefix = filePath === '' ? '' : `${filePath}/`
  const children = new Map<string, 'file' | 'dir'>()
  for (const p of tree.keys()) {
    if (!p.startsWith(prefix)) continue
    const rest = p.slice(prefix.length)
    const slash = rest.indexOf('/')
    children.set(prefix + (slash < 0 ? rest : rest.slice(0, slash)), slash < 0 ? 'file' : 'dir')
  }
  if (children.size === 0) return notFound(DOCS)
  const listing = [...children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([p, type]) => contentEntry(ctx, ctx.repo, ref, p, type, type === 'file' ? tree.get(p)! : undefined))
  return { status: 200, json: listing }
}

function contentEntry(
  ctx: Context,
  repo: RepoInfo,
  ref: string,
  filePath: string,
  type: 'file' | 'dir',
  file?: StoredFile,
) {
  const { apiUrl, serverUrl } = ctx.site
  const sha = file ? blobSha(file) : createHash('sha1').update(`tree ${ref}:${filePath}`).digest('hex')
  const self = `${apiUrl}/repos/${repo.fullName}/contents/${filePath}?ref=${encodeURIComponent(ref)}`
  const git = `${apiUrl}/repos/${repo.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
  const html = `${serverUrl}/${repo.fullName}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${filePath}`
  return {
    name: path.posix.basename(filePath),
    path: filePath,
    sha,
    size: file ? file.data.length : 0,
    url: self,
    html_url: html,
    git_url: git,
    download_url: file ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${filePath}` : null,
    type,
    _links: { self, git, html },
  }
}

/** Ruby's Base64.encode64, which GitHub uses: lines of 60 characters, each ended by a newline. */
export function base64Lines(data: Buffer): string {
  const text = data.toString('base64')
  let out = ''
  for (let i = 0; i < text.length; i += 60) out += `${text.slice(i, i + 60)}\n`
  return out
}
