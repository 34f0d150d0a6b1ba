/** Markdown as a terminal shows it well enough: tags and escapes dropped, tables and text kept, charts named. */
export function renderMarkdown(markdown: string, indent = '  │ '): string {
  const lines: string[] = []
  let inChart = false
  for (const raw of markdown.split('\n')) {
    if (raw.startsWith('<!-- fine-tune-action:')) continue
    if (raw.startsWith('```mermaid')) {
      inChart = true
      lines.push('(loss chart: a Mermaid chart, drawn by GitHub)')
      continue
    }
    if (inChart) {
      inChart = !raw.startsWith('```')
      continue
    }
    if (/^\|(-|:|\|)+\|?$/.test(raw.replace(/\s/g, ''))) continue
    const text = raw
      .replace(/<\/?(code|sub|details)>/g, '')
      .replace(/<summary>(.*?)<\/summary>/g, '▸ $1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#{2,4} /, '')
      .replace(/\*\*(.*?)\*\*/g, '$1')
      .replace(/^> \[!(WARNING|CAUTION)\]$/, '⚠')
      .replace(/^> /, '  ')
      .replace(/\\([\\`*_{}[\]()!|~#])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\u2060/g, '')
    if (text.trim() === '' && lines.at(-1)?.trim() === '') continue
    lines.push(text)
  }
  return lines.map(l => `${indent}${l}`.trimEnd()).join('\n')
}
