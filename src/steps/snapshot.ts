import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { chmod, mkdir, mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { tempPath } from '../action-io.js'
import type { DatasetFile } from '../dataset/analyze-dataset.js'

/** A private, read-only copy of a dataset file: the bytes validated, hashed, and uploaded are these. */
export interface Snapshot {
  /** The file as the inputs name it (for messages and annotations). */
  path: string
  /** The copy. */
  copy: string
  sha256: string
  bytes: number
}

/**
 * Copies each file once into a folder of its own in the runner's temporary directory, hashing the bytes as they
 * pass. Train mode validates, hashes (the training key) and uploads the copy: whatever happens to the file in the
 * workspace after this moment (a report written over it, another step), what is paid for is what was checked.
 */
export async function snapshotFiles(files: DatasetFile[]): Promise<Map<string, Snapshot>> {
  await mkdir(tempPath(), { recursive: true })
  const folder = await mkdtemp(tempPath('snapshot-'))
  const snapshots = new Map<string, Snapshot>()
  for (const [i, file] of files.entries()) {
    const copy = path.join(folder, `${i}-${file.role}.jsonl`)
    const hash = createHash('sha256')
    let bytes = 0
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        bytes += chunk.length
        done(null, chunk)
      },
    })
    await pipeline(createReadStream(file.path), tee, createWriteStream(copy, { flags: 'wx', mode: 0o600 }))
    await chmod(copy, 0o400)
    snapshots.set(file.path, { path: file.path, copy, sha256: hash.digest('hex'), bytes })
  }
  return snapshots
}
