import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { serverMessage } from '../errors.js'
import { statusOf, type Octokit } from './octokit.js'

export type BaseFile =
  | { path: string; state: 'found'; localPath: string }
  | { path: string; state: 'new' }
  | { path: string; state: 'unavailable'; reason: string }

/**
 * Contents requests in flight at once: GitHub asks integrators not to make many concurrent requests (secondary rate
 * limits), and the client's throttling plugin still paces them; a handful hides the round-trip time.
 */
export const BASE_READ_CONCURRENCY = 8

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
  concurrency = BASE_READ_CONCURRENCY,
): Promise<BaseFile[]> {
  const fetchOne = async (repoPath: string): Promise<BaseFile> => {
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
      return { path: repoPath, state: 'found', localPath }
    } catch (error) {
      if (statusOf(error) === 404) return { path: repoPath, state: 'new' }
      return { path: repoPath, state: 'unavailable', reason: serverMessage(error) }
    }
  }
  // A few requests at a time (2,000 files one after another took 69 s); results keep the order of the paths.
  const out = new Array<BaseFile>(repoPaths.length)
  let next = 0
  const worker = async () => {
    while (next < repoPaths.length) {
      const i = next++
      out[i] = await fetchOne(repoPaths[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, repoPaths.length) }, worker))
  return out
}
