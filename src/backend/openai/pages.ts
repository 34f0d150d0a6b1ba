import * as core from '@actions/core'

/** The part of the openai SDK's page objects (CursorPage, ConversationCursorPage) that walking a list needs. */
export interface SdkPage<T> {
  getPaginatedItems(): T[]
  hasNextPage(): boolean
  getNextPage(): Promise<SdkPage<T>>
  nextPageRequestOptions(): { query?: unknown } | null
}

/**
 * 100 items a page: 100,000 files, jobs or events, far more than any one listing needs, and a bound on the requests
 * a server that never ends its pages can draw out of a run.
 */
export const MAX_PAGES = 1000

export class PaginationError extends Error {}

export interface PageLimits {
  /** What is listed, for messages: "GET /fine_tuning/jobs". */
  what: string
  maxPages?: number
  signal?: AbortSignal
  /**
   * What to do when the server misbehaves: `throw` where stopping early could be taken for "not there" (the lookups
   * that decide whether to pay), `stop` where a partial list only costs completeness (events, checkpoints).
   */
  onMisbehaviour: 'throw' | 'stop'
}

/**
 * Every item of a paginated list, through the SDK's own pages, but never following a server for ever: the walk ends
 * after `maxPages`, when a next-page cursor comes back a second time (a server that ignores `after` repeats its first
 * page), or when a page brings no item not already seen. Items are yielded once each, by id.
 */
export async function* boundedItems<T extends { id: string }>(
  first: PromiseLike<SdkPage<T>>,
  limits: PageLimits,
): AsyncGenerator<T> {
  const maxPages = limits.maxPages ?? MAX_PAGES
  const cursors = new Set<string>()
  const ids = new Set<string>()
  let page = await first
  for (let n = 1; ; n++) {
    let fresh = 0
    for (const item of page.getPaginatedItems()) {
      if (ids.has(item.id)) continue
      ids.add(item.id)
      fresh++
      yield item
    }
    if (!page.hasNextPage()) return
    const cursor = JSON.stringify(page.nextPageRequestOptions()?.query ?? null)
    const problem =
      n >= maxPages
        ? `still had more after ${maxPages} pages`
        : cursors.has(cursor)
          ? `gave the same next-page cursor twice (${cursor}): it does not honour \`after\``
          : fresh === 0
            ? 'gave a page with nothing new on it'
            : undefined
    if (problem !== undefined) {
      const message = `The server's list ${limits.what} ${problem}; stopped after ${n} page${n === 1 ? '' : 's'}.`
      if (limits.onMisbehaviour === 'throw') throw new PaginationError(message)
      core.warning(message)
      return
    }
    cursors.add(cursor)
    limits.signal?.throwIfAborted()
    page = await page.getNextPage()
  }
}
