export type Severity = 'error' | 'warning' | 'notice'

/**
 * Every finding the engine can report. The code is the stable public name (README lists them all, the JSON report
 * carries them); the cookbook's codes keep their names so results can be compared with the notebook's.
 */
export const FINDING_CODES = {
  // Reading the file
  empty_file: { severity: 'error', rule: 'A training file must contain at least one example.' },
  blank_line: {
    severity: 'error',
    rule: 'Every line of a JSONL file must hold one JSON object; blank lines are rejected.',
  },
  invalid_utf8: { severity: 'error', rule: 'The file must be UTF-8 encoded.' },
  invalid_json: { severity: 'error', rule: 'Every line must be one complete JSON value (JSONL: one object per line).' },
  line_too_long: { severity: 'error', rule: 'A line is larger than the reader accepts for one example.' },
  json_too_deep: { severity: 'error', rule: 'A line nests JSON deeper than any real example does.' },
  lines_not_checked: {
    severity: 'error',
    rule: 'A range of lines could not be checked: the thread checking them failed (such as out of memory).',
  },
  data_type: { severity: 'error', rule: 'Each line must be a JSON object (cookbook check).' },
  unrecognized_key: { severity: 'error', rule: 'A top-level key that the format does not define.' },
  format_mismatch: {
    severity: 'error',
    rule: "A line in another format than the file's (chat, preference, reinforcement, completion).",
  },

  // Chat (supervised), and the messages of preference and reinforcement examples
  missing_messages_list: { severity: 'error', rule: '`messages` must be a non-empty array (cookbook check).' },
  message_data_type: { severity: 'error', rule: 'Each message must be a JSON object.' },
  message_missing_key: {
    severity: 'error',
    rule: 'A message lacks a required key: `role`, `content` (system, user, tool, function), `tool_call_id` (tool), `name` (function) (cookbook check).',
  },
  message_unrecognized_key: {
    severity: 'error',
    rule: 'A message key that its role does not define (cookbook check).',
  },
  unrecognized_role: { severity: 'error', rule: 'The role is not one the format accepts (cookbook check).' },
  missing_content: {
    severity: 'error',
    rule: 'A message has empty content, or an assistant message has neither content, tool_calls nor function_call (cookbook check).',
  },
  invalid_content_type: {
    severity: 'error',
    rule: '`content` must be a string or a non-empty array of content parts.',
  },
  invalid_content_part: {
    severity: 'error',
    rule: 'A content part must be an object of a type the role accepts (text; image_url for user; refusal for assistant).',
  },
  unsupported_content_part: {
    severity: 'error',
    rule: 'Audio and file content parts are not trained on by the fine-tuning API.',
  },
  invalid_image_url: {
    severity: 'error',
    rule: '`image_url.url` must be an http(s) URL or a data: URL; `detail` must be auto, low or high.',
  },
  too_many_images: { severity: 'error', rule: 'An example may contain at most 10 images.' },
  invalid_weight: { severity: 'error', rule: '`weight` must be 0 or 1.' },
  weight_not_on_assistant: { severity: 'error', rule: '`weight` is only allowed on assistant messages.' },
  invalid_name: { severity: 'error', rule: '`name` must be a string.' },
  invalid_refusal: { severity: 'error', rule: '`refusal` must be a string or null.' },
  unsupported_audio: { severity: 'error', rule: 'Assistant `audio` is not trained on by the fine-tuning API.' },
  invalid_tool_calls: {
    severity: 'error',
    rule: '`tool_calls` must be an array of {id, type: "function", function: {name, arguments}}.',
  },
  tool_call_arguments_not_string: {
    severity: 'error',
    rule: '`function.arguments` must be a JSON-encoded string, not an object.',
  },
  unknown_tool_call_id: {
    severity: 'error',
    rule: 'A tool message must answer a `tool_call_id` made by an earlier assistant message.',
  },
  invalid_tool_call_id: { severity: 'error', rule: '`tool_call_id` must be a string.' },
  invalid_tools: {
    severity: 'error',
    rule: '`tools` must be an array of {type: "function", function: {name, description?, parameters?, strict?}}.',
  },
  invalid_function_name: {
    severity: 'error',
    rule: 'Function names are 1 to 64 characters of a-z, A-Z, 0-9, _ and -.',
  },
  invalid_parallel_tool_calls: { severity: 'error', rule: '`parallel_tool_calls` must be a boolean.' },
  invalid_functions: {
    severity: 'error',
    rule: 'Legacy `functions` must be an array of 1 to 128 {name, description?, parameters?}.',
  },
  invalid_function_call: {
    severity: 'error',
    rule: 'Legacy `function_call` must be {name, arguments} with string values.',
  },
  example_missing_assistant_message: {
    severity: 'error',
    rule: 'An example needs at least one assistant message that is trained on (no weight, or weight 1) (cookbook check).',
  },
  tool_call_arguments_not_json: {
    severity: 'warning',
    rule: '`function.arguments` should decode to a JSON object (it is often double-encoded by mistake).',
  },
  missing_system_message: { severity: 'warning', rule: 'The example has no system message (cookbook warning).' },
  missing_user_message: { severity: 'warning', rule: 'The example has no user message (cookbook warning).' },
  empty_assistant_content: {
    severity: 'warning',
    rule: 'An assistant message has empty content and no tool call: the model learns to answer with nothing.',
  },

  // Preference (DPO)
  preference_missing_input: {
    severity: 'error',
    rule: 'A preference example needs `input.messages`, a non-empty array.',
  },
  preference_invalid_output: {
    severity: 'error',
    rule: '`preferred_output` and `non_preferred_output` must each be an array of exactly one assistant message.',
  },
  preference_input_not_user_last: {
    severity: 'warning',
    rule: 'The preference input should end with a user message: the outputs answer it.',
  },
  preference_identical_outputs: {
    severity: 'warning',
    rule: 'The preferred and non-preferred outputs are identical: the pair teaches nothing.',
  },

  // Reinforcement (RFT)
  reinforcement_last_message_not_user: {
    severity: 'error',
    rule: 'A reinforcement example must end on a user message: the model writes the answer that is graded.',
  },
  grader_field_missing: {
    severity: 'error',
    rule: 'The grader (`grader-file`, also inside multi-graders) reads `{{item.field}}`, and this example has no such field.',
  },
  invalid_grader: {
    severity: 'error',
    rule: 'The grader file is not a grader: an object with a known `type` (and `graders` for multi).',
  },

  // Legacy completion
  completion_missing_key: { severity: 'error', rule: 'A completion example needs `prompt` and `completion`.' },
  completion_invalid_type: { severity: 'error', rule: '`prompt` and `completion` must be strings.' },

  // Together AI (backend: together): one rule for each check of the together-ai SDK's checkFile
  together_unknown_format: {
    severity: 'error',
    rule: 'Together: a line must hold the columns of one format: `messages`; `prompt` and `completion`; `input`, `preferred_output` and `non_preferred_output`; or `text`.',
  },
  together_multiple_formats: {
    severity: 'error',
    rule: 'Together: a line holds the columns of two formats (for example `text` and `messages`).',
  },
  together_extra_column: {
    severity: 'error',
    rule: 'Together: a line holds a column its format does not define (such as `tools` or `metadata`).',
  },
  together_invalid_messages: {
    severity: 'error',
    rule: 'Together: `messages` must be a non-empty list of objects whose `role` and `content` are strings.',
  },
  together_invalid_role: { severity: 'error', rule: 'Together: a role must be system, user or assistant.' },
  together_role_order: {
    severity: 'error',
    rule: 'Together: two messages in a row have the same role; after the optional system message, user and assistant alternate.',
  },
  together_missing_assistant: {
    severity: 'error',
    rule: 'Together: a conversational example needs at least one assistant message.',
  },
  together_invalid_weight: {
    severity: 'error',
    rule: 'Together: `weight` must be the integer 0 or 1.',
  },
  together_invalid_preference: {
    severity: 'error',
    rule: 'Together: a preference example needs `input.messages` not ending with the assistant, and `preferred_output` and `non_preferred_output` each a list of one assistant message with string content.',
  },
  together_invalid_value: {
    severity: 'error',
    rule: 'Together: `text`, `prompt` and `completion` must be strings.',
  },
  together_file_too_large: {
    severity: 'error',
    rule: "Together: a file may be at most 4.9 GiB (the SDK's checkFile limit).",
  },

  // Azure OpenAI (backend: azure): the file rules Azure's data preparation page adds over OpenAI's
  azure_file_too_large: {
    severity: 'error',
    rule: 'Azure OpenAI: a training or validation file must be less than 512 MB (larger data is imported from Azure Blob storage).',
  },
  azure_missing_bom: {
    severity: 'warning',
    rule: 'Azure OpenAI: training and validation files are to be UTF-8 with a byte-order mark (BOM), as Azure\'s "Prepare your training and validation data" asks.',
  },
  open_tokenizer_estimate: {
    severity: 'notice',
    rule: "The model's own tokenizer is not shipped: its family's closest tokenizer counted, so token counts and cost are estimates.",
  },

  // Eval files (eval-file)
  eval_missing_id: { severity: 'error', rule: 'An eval case needs an "id": a non-empty string, unique in the file.' },
  eval_duplicate_id: { severity: 'error', rule: 'Two eval cases have the same "id": results could not be paired.' },
  eval_invalid_case: {
    severity: 'error',
    rule: 'An eval case field has the wrong shape (ideal, checks, tags, threshold, weight).',
  },
  eval_unknown_check: { severity: 'error', rule: 'A check type that does not exist.' },
  eval_check_missing_value: {
    severity: 'error',
    rule: 'A check lacks the value it needs (and the case has no "ideal" to fall back on).',
  },
  eval_invalid_check_value: {
    severity: 'error',
    rule: 'A check value that cannot work: an empty text (it tests nothing), a regex that does not compile, an is-json schema that is not valid, in an unsupported `$schema` dialect or with an unknown format, a value of the wrong type.',
  },
  eval_missing_ideal: {
    severity: 'error',
    rule: 'A case with no "checks" needs an "ideal" answer (it is then checked with equals).',
  },
  eval_last_message_not_user: {
    severity: 'warning',
    rule: 'An eval conversation should end with a user (or tool) message: the model answers it.',
  },

  // Whole file, whole dataset
  too_few_examples: { severity: 'error', rule: 'A training file must hold at least 10 examples.' },
  duplicate_example: { severity: 'warning', rule: 'The exact same example appears earlier in the file.' },
  train_validation_overlap: {
    severity: 'warning',
    rule: 'An example of the validation file is also in a training file: validation loss will be optimistic.',
  },
  example_over_context: {
    severity: 'warning',
    rule: "An example is longer than the model's per-example limit: it will be truncated (billing counts the capped length).",
  },
  format_not_supported_by_model: {
    severity: 'error',
    rule: 'The model cannot be fine-tuned with this format or method.',
  },
  images_not_supported_by_model: {
    severity: 'error',
    rule: 'An example holds images, and the model does not take images in fine-tuning (see the model table).',
  },
  unknown_model: {
    severity: 'notice',
    rule: 'The model is not in the built-in table: encoding guessed from its name, no per-example limit, cost unknown.',
  },
  uploads_api_required: {
    severity: 'notice',
    rule: 'Files over 512 MB are uploaded in parts through the Uploads API.',
  },
} as const satisfies Record<string, { severity: Severity; rule: string }>

export type FindingCode = keyof typeof FINDING_CODES

export interface Finding {
  code: FindingCode
  severity: Severity
  /** Path as given (relative to the workspace in the action). */
  file: string
  /** 1-based line; null for a finding about the whole file. */
  line: number | null
  message: string
}

/** Collects one line's findings; the file and line are added by the caller that knows them. */
export type Report = (code: FindingCode, message: string) => void
