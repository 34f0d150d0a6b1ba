/** scripts/prune-bundle.mjs: the bundle without the code webpack proved unused, and how many cuts were made. */
export function pruneBundle(source: string): { code: string; removed: number }
