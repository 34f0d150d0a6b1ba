/** A page of a cursor-paginated list, as OpenAI pages: `after` is the id of the last item the caller has seen. */
export interface Page<T> {
  data: T[]
  has_more: boolean
}

/** `ordered` is already in the list's order; an `after` that names nothing in it gives an empty page. */
export function paginate<T extends { id: string }>(
  ordered: readonly T[],
  after: string | undefined,
  limit: number,
): Page<T> {
  let start = 0
  if (after !== undefined) {
    const index = ordered.findIndex(item => item.id === after)
    if (index === -1) return { data: [], has_more: false }
    start = index + 1
  }
  const data = ordered.slice(start, start + limit)
  return { data, has_more: start + limit < ordered.length }
}

/** Newest first, ties (same second on a manual clock) broken by creation order. */
export function newestFirst<T extends { createdAt: number; seq: number }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
}
