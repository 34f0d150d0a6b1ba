import { readFileSync } from 'node:fs'
import { Template } from '@huggingface/jinja'
import { isObject, type JsonObject } from '../../src/dataset/json.js'
import type { OpenTokenizerName } from '../../src/estimate/together-models.js'
import { HfTokenizer, readTokenizerFiles } from '../../src/tokens/chat-template.js'

/**
 * The oracle: Hugging Face's `apply_chat_template(messages, add_generation_prompt=False, tokenize=True)` as
 * transformers.js does it — the model's chat template rendered by @huggingface/jinja, the whole text encoded by
 * @huggingface/tokenizers from the model's published tokenizer.json and tokenizer_config.json, no special tokens
 * added beyond the template's own.
 */
export function oracle(name: OpenTokenizerName): (messages: unknown[]) => number {
  const { tokenizer, config } = readTokenizerFiles(name)
  const hf = new HfTokenizer(tokenizer, config)
  const template = new Template(config.chat_template as string)
  return messages =>
    hf.encode(
      template.render({
        messages,
        add_generation_prompt: false,
        bos_token: config.bos_token as string,
        eos_token: config.eos_token as string,
      }),
      { add_special_tokens: false },
    ).ids.length
}

/** Lines of Together's conversational format (only `messages`, each with string role and content), parsed. */
export function chatLines(path: string): JsonObject[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap(line => {
      try {
        const value: unknown = JSON.parse(line)
        const together =
          isObject(value) &&
          Object.keys(value).join() === 'messages' &&
          Array.isArray(value.messages) &&
          value.messages.every(m => isObject(m) && typeof m.role === 'string' && typeof m.content === 'string')
        return together ? [value] : []
      } catch {
        return []
      }
    })
}

/** The oracle's total over a file's conversational lines. */
export function oracleTotal(name: OpenTokenizerName, path: string): number {
  const count = oracle(name)
  return chatLines(path).reduce((n, e) => n + count(e.messages as unknown[]), 0)
}
