import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../errors.js'
import { statusOf, type Octokit } from './octokit.js'

export type BaseFile =
  | { path: string; state: 'found'; localPath: string }
  | { path: string; state: 'new' }
  | { path: string; state: 'unavailable'; reason: string }

/**
 * The dataset files as they are at the base commit, read through the contents API: works with the default shallow
 * checkout (fetch-depth 1), where the base commit is not in the clone. Raw media type: up to 100 MB per file.
 */
export async function fetchBaseFiles(
  octokit: Octokit,
  owner: string,
  repo: string,
  ref: string,
  repoPaths: string[],
  dir: string,
): Promise<BaseFile[]> {
  const out: BaseFile[] = []
  for (const repoPath of repoPaths) {
    try {
      const response = await octokit.rest.repos.getContent({
        owner,
        repo,
        path: repoPath,
        ref,
        mediaType: { format: 'raw' },
      })
      const localPath = path.join(dir, repoPath)
      await mkdir(path.dirname(localPath), { recursive: true })
      await writeFile(
        localPath,
        typeof response.data === 'string' ? response.data : Buffer.from(response.data as unknown as ArrayBuffer),
      )
      out.push({ path: repoPath, state: 'found', localPath })
    } catch (error) {
      if (statusOf(error) === 404) out.push({ path: repoPath, state: 'new' })
      else out.push({ path: repoPath, state: 'unavailable', reason: messageOf(error) })
    }
  }
  return out
}
