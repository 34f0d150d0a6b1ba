// The baseline: a straight port of the cookbook notebook's counting (Chat_finetuning_data_prep.ipynb) on one thread,
// reading the file line by line, extended exactly as README documents for what the notebook crashes on (tool calls,
// content parts), with tool definitions counted by the cookbook's num_tokens_for_tools
// (How_to_count_tokens_with_tiktoken.ipynb, gpt-4o's constants), so that its totals can be compared with ours. Usage: node cookbook-baseline.mjs
// <js-tiktoken|tiktoken> <file>; prints one JSON line.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

const [impl, file] = process.argv.slice(2)
let encode
if (impl === 'js-tiktoken') {
  const { Tiktoken } = await import('js-tiktoken/lite')
  const o200k = (await import('js-tiktoken/ranks/o200k_base')).default
  const enc = new Tiktoken(o200k)
  encode = text => enc.encode(text, [], []).length
} else if (impl === 'tiktoken') {
  const { get_encoding } = await import('tiktoken')
  const enc = get_encoding('o200k_base')
  encode = text => enc.encode_ordinary(text).length
} else {
  throw new Error(`unknown tokenizer ${impl}`)
}

const strings = value => {
  if (typeof value === 'string') return encode(value)
  if (typeof value !== 'object' || value === null) return 0
  let n = 0
  for (const v of Array.isArray(value) ? value : Object.values(value)) n += strings(v)
  return n
}
const content = value => {
  if (typeof value === 'string') return encode(value)
  if (!Array.isArray(value)) return 0
  return value.reduce(
    (n, p) =>
      n +
      (p.type === 'image_url'
        ? 85
        : typeof p.text === 'string'
          ? encode(p.text)
          : typeof p.refusal === 'string'
            ? encode(p.refusal)
            : 0),
    0,
  )
}

// num_tokens_for_tools, line for line (its messages part is counted above); gpt-4o and gpt-4o-mini's constants. Where
// it would crash (a property without a description), the missing text is empty, as README documents.
const [FUNC_INIT, PROP_INIT, PROP_KEY, ENUM_INIT, ENUM_ITEM, FUNC_END] = [7, 3, 3, -3, 3, 12]
function numTokensForTools(functions) {
  let count = 0
  if (functions.length === 0) return count
  for (const f of functions) {
    count += FUNC_INIT
    const desc = f.description.endsWith('.') ? f.description.slice(0, -1) : f.description
    count += encode(`${f.name}:${desc}`)
    const properties = f.parameters.properties
    if (Object.keys(properties).length > 0) {
      count += PROP_INIT
      for (const key of Object.keys(properties)) {
        count += PROP_KEY
        const { type, description, enum: items } = properties[key]
        if (items) {
          count += ENUM_INIT
          for (const item of items) count += ENUM_ITEM + encode(item)
        }
        const text = description ?? ''
        const pDesc = text.endsWith('.') ? text.slice(0, -1) : text
        count += encode(`${key}:${type}:${pDesc}`)
      }
    }
  }
  return count + FUNC_END
}

const start = performance.now()
let tokens = 0
let examples = 0
const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
for await (const line of rl) {
  if (!line.trim()) continue
  const ex = JSON.parse(line)
  let n = 0
  for (const message of ex.messages) {
    n += 3
    for (const [key, value] of Object.entries(message)) {
      n += key === 'content' ? content(value) : strings(value)
      if (key === 'name') n += 1
    }
  }
  const functions = [...(ex.tools ?? []).map(t => t.function), ...(ex.functions ?? [])]
  n += numTokensForTools(functions)
  tokens += n + 3
  examples++
}
console.log(
  JSON.stringify({
    impl,
    examples,
    tokens,
    seconds: (performance.now() - start) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
