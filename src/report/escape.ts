/**
 * Makes text from a dataset inert in GitHub Markdown: no HTML, no formatting, no links, no table breaks, and no
 * `@mention` or `#123` that would notify a person or link an issue. A zero-width joiner after `@` and `#` keeps the
 * text readable while GitHub no longer sees a mention or a reference.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()!|~]/g, c => `\\${c}`)
      .replace(/([@#])/g, '$1\u2060')
      .replace(/:\/\//g, ':\u2060//')
      // GitHub also links a bare `www.` host.
      .replace(/\bwww\./gi, w => `${w.slice(0, 3)}\u2060.`)
  )
}

/** A path as URL path segments: encodeURIComponent leaves `( ) ! * ' ~`, and a `)` would end a Markdown link. */
export function urlPath(path: string): string {
  return path
    .split('/')
    .map(s => encodeURIComponent(s).replace(/[!'()*~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

/** Inline code cannot hold its own backticks; a file path goes through the same escaping as any other text. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`
}
