import { closeSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Random bytes as hex, for tokens the data in a log must not guess. Read from the kernel's generator where the
 * platform has the device (Linux, macOS), so that a short run does not load node:crypto (about 4 ms of CPU) for 16
 * bytes; node:crypto where it has not (Windows). patches/@actions+core+3.0.1.patch does the same for @actions/core's
 * output delimiters.
 */
export function randomToken(bytes = 16, device = '/dev/urandom'): string {
  const buffer = Buffer.alloc(bytes)
  try {
    const fd = openSync(device, 'r')
    try {
      if (readSync(fd, buffer, 0, bytes, null) === bytes) return buffer.toString('hex')
    } finally {
      closeSync(fd)
    }
  } catch {
    // No such device: ask node:crypto below.
  }
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return crypto.randomBytes(bytes).toString('hex')
}
