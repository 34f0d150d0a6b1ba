// Writes realistic chat fine-tuning JSONL of a given size, reproducibly (seeded): a long system prompt repeated on
// every line, tool definitions on half of them, multi-turn conversations with tool calls, and non-ASCII text. The
// `together` shape keeps to Together's conversational format (only `messages` of system, user and assistant string
// contents, optional weights): the same prompts and words, no tools.
import { createWriteStream } from 'node:fs'

function mulberry32(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'order refund shipping parcel invoice account password delivery warehouse courier tracking subscription ' +
  'discount voucher coffee grinder espresso roast beans filter kettle payment card address postcode weekend ' +
  'café naïve façade Müller Straße über año niño 東京 配送 注文 返金 支払い 🎉 ✅ 🚚 ☕ déjà-vu résumé ' +
  'the a to of and in is for on with that this it you your we our please thanks sorry can could would will'
).split(' ')

const SYSTEM_PROMPTS = [
  'You are Harbor, the support assistant of Lighthouse Coffee Roasters. ' +
    'Follow the policy below exactly. '.repeat(3) +
    Array.from(
      { length: 40 },
      (_, i) =>
        `Rule ${i + 1}: ${['Never promise refunds', 'Quote tracking numbers in full', 'Answer in the customer\u2019s language', 'Escalate damaged parcels', 'Keep answers under three sentences'][i % 5]}.`,
    ).join(' '),
  'Du bist der Kundendienst von Lighthouse Coffee. Antworte freundlich und präzise. ' +
    'Beachte die Richtlinien. '.repeat(30),
]

const TOOLS = [
  {
    type: 'function',
    function: {
      name: 'track_order',
      description: 'Look up the tracking status of an order',
      parameters: {
        type: 'object',
        properties: { order_id: { type: 'string', description: 'The order number, e.g. 4812' } },
        required: ['order_id'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'create_ticket',
      description: 'Open a support ticket for a human agent',
      parameters: {
        type: 'object',
        properties: { summary: { type: 'string' }, priority: { type: 'string', enum: ['low', 'normal', 'high'] } },
        required: ['summary'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'lookup_product',
      description: 'Find a coffee product by name',
      parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
    },
  },
]

export async function generate(path, targetBytes, seed = 42, shape = 'openai') {
  const rand = mulberry32(seed)
  const pick = list => list[Math.floor(rand() * list.length)]
  const sentence = (min, max) => {
    const n = min + Math.floor(rand() * (max - min))
    const words = Array.from({ length: n }, () => pick(WORDS))
    return words.join(' ').replace(/^./, c => c.toUpperCase()) + pick(['.', '?', '!', '.'])
  }
  const out = createWriteStream(path)
  let bytes = 0
  let lines = 0
  while (bytes < targetBytes) {
    const messages = [{ role: 'system', content: SYSTEM_PROMPTS[rand() < 0.8 ? 0 : 1] }]
    const withTools = shape === 'openai' && rand() < 0.5
    const turns = 1 + Math.floor(rand() * 3)
    for (let t = 0; t < turns; t++) {
      messages.push({ role: 'user', content: `${sentence(6, 30)} ${sentence(4, 20)}` })
      if (withTools && rand() < 0.5) {
        const id = `call_${lines}_${t}`
        messages.push({
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id,
              type: 'function',
              function: {
                name: 'track_order',
                arguments: JSON.stringify({ order_id: String(1000 + Math.floor(rand() * 9000)) }),
              },
            },
          ],
        })
        messages.push({
          role: 'tool',
          tool_call_id: id,
          content: JSON.stringify({
            status: pick(['in transit', 'delivered', 'delayed']),
            eta: `2026-11-${10 + Math.floor(rand() * 19)}`,
          }),
        })
      }
      messages.push({
        role: 'assistant',
        content: `${sentence(8, 40)} ${sentence(5, 25)}`,
        ...(rand() < 0.1 && t < turns - 1 && { weight: 0 }),
      })
    }
    const line =
      JSON.stringify(withTools ? { messages, tools: TOOLS, parallel_tool_calls: false } : { messages }) + '\n'
    bytes += Buffer.byteLength(line)
    lines++
    if (!out.write(line)) await new Promise(resolve => out.once('drain', resolve))
  }
  await new Promise((resolve, reject) => out.end(err => (err ? reject(err) : resolve())))
  return { bytes, lines }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, mb] = process.argv.slice(2)
  console.log(await generate(path, Number(mb) * 1024 * 1024))
}
