import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 589:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D7: () => (/* binding */ analyzeBatch)
});

// UNUSED EXPORTS: BatchFindings, DEFAULT_MAX_LISTED_FINDINGS, FIELDS_PER_LINE, analyzeLine

// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __nccwpck_require__(716);
;// CONCATENATED MODULE: ./src/tokens/count-example.ts

const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const TOKENS_PER_EXAMPLE = 3;
const IMAGE_TOKENS = 85;
const TOOL_OVERHEADS = {
    o200k_base: { funcInit: 7, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 },
    cl100k_base: { funcInit: 10, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 },
};
function countExample(format, example, count, encoding = 'o200k_base') {
    const tools = TOOL_OVERHEADS[encoding];
    switch (format) {
        case 'chat':
        case 'reinforcement': {
            const c = countMessages(example.messages, count, format === 'chat');
            c.tokens += countDefinitions(example, count, tools) + TOKENS_PER_EXAMPLE;
            return c;
        }
        case 'preference': {
            const input = (0,json/* isObject */.Gv)(example.input) ? example.input : {};
            const c = countMessages(input.messages, count, false);
            for (const key of ['preferred_output', 'non_preferred_output']) {
                const out = countMessages(example[key], count, true);
                c.tokens += out.tokens;
                c.assistantTokens += out.assistantTokens;
                c.messages += out.messages;
                c.images += out.images;
            }
            c.tokens += countDefinitions(input, count, tools) + TOKENS_PER_EXAMPLE;
            return c;
        }
        case 'completion': {
            const prompt = typeof example.prompt === 'string' ? count(example.prompt) : 0;
            const completion = typeof example.completion === 'string' ? count(example.completion) : 0;
            return { tokens: prompt + completion, assistantTokens: completion, messages: 0, images: 0 };
        }
        case 'text': {
            const tokens = typeof example.text === 'string' ? count(example.text) : 0;
            return { tokens, assistantTokens: tokens, messages: 0, images: 0 };
        }
    }
}
function countMessages(messages, count, trainAssistant) {
    const result = { tokens: 0, assistantTokens: 0, messages: 0, images: 0 };
    if (!Array.isArray(messages))
        return result;
    for (const message of messages) {
        result.messages++;
        result.tokens += TOKENS_PER_MESSAGE;
        if (!(0,json/* isObject */.Gv)(message))
            continue;
        const trained = trainAssistant && message.role === 'assistant' && message.weight !== 0;
        for (const key in message) {
            const value = message[key];
            if (key === 'content' && Array.isArray(value))
                result.images += value.filter(p => (0,json/* isObject */.Gv)(p) && p.type === 'image_url').length;
            const n = key === 'content' ? countContent(value, count) : countStrings(value, count);
            result.tokens += n;
            if (key === 'name')
                result.tokens += TOKENS_PER_NAME;
            if (trained && (key === 'content' || key === 'tool_calls' || key === 'function_call'))
                result.assistantTokens += n;
        }
    }
    return result;
}
function countContent(content, count) {
    if (typeof content === 'string')
        return count(content);
    if (!Array.isArray(content))
        return 0;
    let n = 0;
    for (const part of content) {
        if (!(0,json/* isObject */.Gv)(part))
            continue;
        if (part.type === 'image_url')
            n += IMAGE_TOKENS;
        else if (typeof part.text === 'string')
            n += count(part.text);
        else if (typeof part.refusal === 'string')
            n += count(part.refusal);
    }
    return n;
}
function countStrings(value, count) {
    if (typeof value === 'string')
        return count(value);
    if (typeof value !== 'object' || value === null)
        return 0;
    let n = 0;
    if (Array.isArray(value))
        for (const v of value)
            n += countStrings(v, count);
    else
        for (const key in value)
            n += countStrings(value[key], count);
    return n;
}
function countDefinitions(holder, count, overheads) {
    const functions = [];
    if (Array.isArray(holder.tools))
        for (const t of holder.tools)
            functions.push((0,json/* isObject */.Gv)(t) ? t.function : undefined);
    if (Array.isArray(holder.functions))
        functions.push(...holder.functions);
    return countTools(functions, count, overheads);
}
const withoutFinalDot = (text) => (text.endsWith('.') ? text.slice(0, -1) : text);
const count_example_text = (value) => typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
function countTools(functions, count, o = TOOL_OVERHEADS.o200k_base) {
    if (functions.length === 0)
        return 0;
    let n = 0;
    for (const f of functions) {
        n += o.funcInit;
        if (!(0,json/* isObject */.Gv)(f))
            continue;
        n += count(`${count_example_text(f.name)}:${withoutFinalDot(count_example_text(f.description))}`);
        const properties = (0,json/* isObject */.Gv)(f.parameters) && (0,json/* isObject */.Gv)(f.parameters.properties) ? f.parameters.properties : {};
        const keys = Object.keys(properties);
        if (keys.length === 0)
            continue;
        n += o.propInit;
        for (const key of keys) {
            n += o.propKey;
            const p = (0,json/* isObject */.Gv)(properties[key]) ? properties[key] : {};
            if (Array.isArray(p.enum)) {
                n += o.enumInit;
                for (const item of p.enum)
                    n += o.enumItem + count(count_example_text(item));
            }
            n += count(`${key}:${count_example_text(p.type)}:${withoutFinalDot(count_example_text(p.description))}`);
        }
    }
    return n + o.funcEnd;
}

;// CONCATENATED MODULE: ./src/dataset/formats.ts

const FORMAT_OF_METHOD = {
    supervised: 'chat',
    dpo: 'preference',
    reinforcement: 'reinforcement',
};
const METHOD_OF_FORMAT = {
    chat: 'supervised',
    preference: 'dpo',
    reinforcement: 'reinforcement',
    completion: 'supervised',
    text: 'supervised',
};
const FORMAT_LABEL = {
    chat: 'chat (supervised)',
    preference: 'preference (DPO)',
    reinforcement: 'reinforcement (RFT)',
    completion: 'prompt/completion (legacy)',
    text: 'plain text',
};
function shapeOf(line) {
    if (!(0,json/* isObject */.Gv)(line))
        return undefined;
    if ('input' in line || 'preferred_output' in line || 'non_preferred_output' in line)
        return 'preference';
    if ('messages' in line)
        return 'messages';
    if ('prompt' in line || 'completion' in line)
        return 'completion';
    return undefined;
}
function shapeOfFormat(format) {
    return format === 'chat' || format === 'reinforcement' ? 'messages' : format;
}


;// CONCATENATED MODULE: ./src/dataset/rules/messages.ts

const KEYS_OF_ROLE = {
    system: new Set(['role', 'content', 'name']),
    developer: new Set(['role', 'content', 'name']),
    user: new Set(['role', 'content', 'name']),
    assistant: new Set(['role', 'content', 'refusal', 'name', 'audio', 'tool_calls', 'function_call', 'weight']),
    tool: new Set(['role', 'content', 'tool_call_id']),
    function: new Set(['role', 'content', 'name']),
};
const PARTS_OF_ROLE = {
    system: new Set(['text']),
    developer: new Set(['text']),
    user: new Set(['text', 'image_url']),
    assistant: new Set(['text', 'refusal']),
    tool: new Set(['text']),
    function: new Set(),
};
const MAX_IMAGES_PER_EXAMPLE = 10;
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
function newExampleState() {
    return { toolCallIds: new Set(), images: 0, roles: new Set(), trainedAssistants: 0, assistants: 0 };
}
function checkMessages(messages, rules, state, report) {
    messages.forEach((message, index) => {
        checkMessage(message, `${rules.where}[${index}]`, rules, state, report);
    });
}
function checkMessage(message, at, rules, state, report) {
    if (!(0,json/* isObject */.Gv)(message)) {
        report('message_data_type', `${at} is ${(0,json/* typeName */.go)(message)}, not a message object`);
        return;
    }
    const role = message.role;
    if (role === undefined) {
        report('message_missing_key', `${at} has no "role"`);
        return;
    }
    if (typeof role !== 'string' || !rules.roles.has(role)) {
        const allowed = [...rules.roles].join(', ');
        report('unrecognized_role', `${at} has role ${(0,json/* preview */.VH)(role)}; allowed here: ${allowed}`);
        return;
    }
    const r = role;
    state.roles.add(r);
    const allowedKeys = KEYS_OF_ROLE[r];
    for (const key of Object.keys(message)) {
        if (key === 'weight' && r !== 'assistant') {
            report('weight_not_on_assistant', `${at} (${r}) has "weight"; only assistant messages take a weight`);
        }
        else if (!allowedKeys.has(key) || (key === 'weight' && !rules.weight)) {
            report('message_unrecognized_key', `${at} (${r}) has unrecognized key "${key}"`);
        }
    }
    if ('name' in message && typeof message.name !== 'string') {
        report('invalid_name', `${at} "name" is ${(0,json/* typeName */.go)(message.name)}, not a string`);
    }
    switch (r) {
        case 'assistant':
            checkAssistant(message, at, rules, state, report);
            break;
        case 'tool':
            checkRequiredContent(message, at, r, state, report);
            if (!('tool_call_id' in message))
                report('message_missing_key', `${at} (tool) has no "tool_call_id"`);
            else if (typeof message.tool_call_id !== 'string')
                report('invalid_tool_call_id', `${at} "tool_call_id" is ${(0,json/* typeName */.go)(message.tool_call_id)}, not a string`);
            else if (!state.toolCallIds.has(message.tool_call_id)) {
                report('unknown_tool_call_id', `${at} answers tool_call_id ${(0,json/* preview */.VH)(message.tool_call_id)}, which no earlier assistant tool call made`);
            }
            break;
        case 'function':
            if (!('name' in message))
                report('message_missing_key', `${at} (function) has no "name"`);
            if (!('content' in message))
                report('message_missing_key', `${at} (function) has no "content"`);
            else if (message.content !== null && typeof message.content !== 'string') {
                report('invalid_content_type', `${at} (function) content is ${(0,json/* typeName */.go)(message.content)}; must be a string or null`);
            }
            break;
        default:
            checkRequiredContent(message, at, r, state, report);
    }
}
function checkRequiredContent(message, at, role, state, report) {
    if (!('content' in message)) {
        report('message_missing_key', `${at} (${role}) has no "content"`);
        return;
    }
    const content = message.content;
    if (typeof content === 'string') {
        if (content.length === 0)
            report('missing_content', `${at} (${role}) has empty content`);
        return;
    }
    checkContentParts(content, at, role, state, report);
}
function checkContentParts(content, at, role, state, report) {
    if (!Array.isArray(content)) {
        const nullable = role === 'assistant' ? ', null' : '';
        report('invalid_content_type', `${at} (${role}) content is ${(0,json/* typeName */.go)(content)}; must be a string${nullable} or an array of content parts`);
        return;
    }
    if (content.length === 0) {
        report('invalid_content_type', `${at} (${role}) content is an empty array; give at least one content part`);
        return;
    }
    const allowed = PARTS_OF_ROLE[role];
    content.forEach((part, i) => {
        const pat = `${at}.content[${i}]`;
        if (!(0,json/* isObject */.Gv)(part) || typeof part.type !== 'string') {
            report('invalid_content_part', `${pat} must be an object with a string "type"`);
            return;
        }
        if (part.type === 'input_audio' || part.type === 'file') {
            report('unsupported_content_part', `${pat} is a "${part.type}" part; the fine-tuning API trains on text and images only`);
            return;
        }
        if (!allowed.has(part.type)) {
            const known = part.type === 'text' || part.type === 'image_url' || part.type === 'refusal';
            const why = known ? `${role} messages accept only ${[...allowed].join(', ')} parts` : `unknown part type`;
            report('invalid_content_part', `${pat} has type ${(0,json/* preview */.VH)(part.type)}: ${why}`);
            return;
        }
        switch (part.type) {
            case 'text':
                if (typeof part.text !== 'string')
                    report('invalid_content_part', `${pat} (text) needs a string "text"`);
                break;
            case 'refusal':
                if (typeof part.refusal !== 'string')
                    report('invalid_content_part', `${pat} (refusal) needs a string "refusal"`);
                break;
            case 'image_url':
                state.images++;
                checkImage(part, pat, report);
                break;
        }
    });
}
function checkImage(part, at, report) {
    const image = part.image_url;
    if (!(0,json/* isObject */.Gv)(image) || typeof image.url !== 'string') {
        report('invalid_image_url', `${at} (image_url) needs "image_url": {"url": "..."}`);
        return;
    }
    if (!/^(https?:\/\/\S+|data:image\/[a-z0-9.+-]+;base64,)/i.test(image.url)) {
        report('invalid_image_url', `${at} image URL ${(0,json/* preview */.VH)(image.url)} is neither an http(s) URL nor a data:image/...;base64 URL`);
    }
    if ('detail' in image && image.detail !== 'auto' && image.detail !== 'low' && image.detail !== 'high') {
        report('invalid_image_url', `${at} image detail ${(0,json/* preview */.VH)(image.detail)} must be auto, low or high`);
    }
}
function checkAssistant(message, at, rules, state, report) {
    state.assistants++;
    const hasToolCalls = 'tool_calls' in message;
    const hasFunctionCall = 'function_call' in message && message.function_call !== null;
    if ('weight' in message && rules.weight) {
        if (message.weight !== 0 && message.weight !== 1)
            report('invalid_weight', `${at} weight is ${(0,json/* preview */.VH)(message.weight)}; must be 0 or 1`);
    }
    if (!('weight' in message) || message.weight !== 0)
        state.trainedAssistants++;
    const content = message.content;
    if (content === undefined || content === null) {
        if (!hasToolCalls && !hasFunctionCall) {
            report('missing_content', `${at} (assistant) has no content, no tool_calls and no function_call`);
        }
    }
    else if (typeof content === 'string') {
        if (content.length === 0 && !hasToolCalls && !hasFunctionCall) {
            report('empty_assistant_content', `${at} (assistant) content is an empty string`);
        }
    }
    else {
        checkContentParts(content, at, 'assistant', state, report);
    }
    if ('refusal' in message && message.refusal !== null && typeof message.refusal !== 'string') {
        report('invalid_refusal', `${at} "refusal" is ${(0,json/* typeName */.go)(message.refusal)}; must be a string or null`);
    }
    if ('audio' in message && message.audio !== null) {
        report('unsupported_audio', `${at} has "audio"; the fine-tuning API does not train on audio`);
    }
    if (hasToolCalls)
        checkToolCalls(message.tool_calls, at, state, report);
    if ('function_call' in message && message.function_call !== null)
        checkFunctionCall(message.function_call, `${at}.function_call`, report);
}
function checkToolCalls(calls, at, state, report) {
    if (!Array.isArray(calls)) {
        report('invalid_tool_calls', `${at} "tool_calls" is ${(0,json/* typeName */.go)(calls)}, not an array`);
        return;
    }
    calls.forEach((call, i) => {
        const cat = `${at}.tool_calls[${i}]`;
        if (!(0,json/* isObject */.Gv)(call)) {
            report('invalid_tool_calls', `${cat} is ${(0,json/* typeName */.go)(call)}, not an object`);
            return;
        }
        if (typeof call.id !== 'string')
            report('invalid_tool_calls', `${cat} needs a string "id"`);
        else
            state.toolCallIds.add(call.id);
        if (call.type !== 'function')
            report('invalid_tool_calls', `${cat} "type" is ${(0,json/* preview */.VH)(call.type)}; must be "function"`);
        if (!(0,json/* isObject */.Gv)(call.function)) {
            report('invalid_tool_calls', `${cat} needs "function": {"name", "arguments"}`);
            return;
        }
        checkFunctionCall(call.function, `${cat}.function`, report);
    });
}
function checkFunctionCall(fn, at, report) {
    const code = at.endsWith('.function_call') ? 'invalid_function_call' : 'invalid_tool_calls';
    if (!(0,json/* isObject */.Gv)(fn)) {
        report(code, `${at} is ${(0,json/* typeName */.go)(fn)}; must be {"name", "arguments"}`);
        return;
    }
    if (typeof fn.name !== 'string')
        report(code, `${at} needs a string "name"`);
    if (!('arguments' in fn)) {
        report(code, `${at} needs "arguments" (a JSON-encoded string)`);
    }
    else if (typeof fn.arguments !== 'string') {
        report('tool_call_arguments_not_string', `${at}.arguments is ${(0,json/* typeName */.go)(fn.arguments)}; encode it as a JSON string`);
    }
    else if (!decodesToObject(fn.arguments)) {
        report('tool_call_arguments_not_json', `${at}.arguments ${(0,json/* preview */.VH)(fn.arguments)} does not decode to a JSON object`);
    }
}
function decodesToObject(text) {
    try {
        return (0,json/* isObject */.Gv)(JSON.parse(text));
    }
    catch {
        return false;
    }
}
function checkTools(tools, report, at = 'tools') {
    if (!Array.isArray(tools)) {
        report('invalid_tools', `"${at}" is ${(0,json/* typeName */.go)(tools)}, not an array`);
        return;
    }
    tools.forEach((tool, i) => {
        const tat = `${at}[${i}]`;
        if (!(0,json/* isObject */.Gv)(tool)) {
            report('invalid_tools', `${tat} is ${(0,json/* typeName */.go)(tool)}, not an object`);
            return;
        }
        if (tool.type !== 'function')
            report('invalid_tools', `${tat} "type" is ${(0,json/* preview */.VH)(tool.type)}; must be "function"`);
        if (!(0,json/* isObject */.Gv)(tool.function)) {
            report('invalid_tools', `${tat} needs a "function" object`);
            return;
        }
        checkFunctionDefinition(tool.function, `${tat}.function`, 'invalid_tools', report);
        if ('strict' in tool.function && tool.function.strict !== null && typeof tool.function.strict !== 'boolean') {
            report('invalid_tools', `${tat}.function "strict" must be a boolean`);
        }
    });
}
function checkFunctions(functions, report) {
    if (!Array.isArray(functions) || functions.length < 1 || functions.length > 128) {
        const what = Array.isArray(functions) ? `an array of ${functions.length}` : (0,json/* typeName */.go)(functions);
        report('invalid_functions', `"functions" is ${what}; must be an array of 1 to 128 function definitions`);
        return;
    }
    functions.forEach((fn, i) => {
        if (!(0,json/* isObject */.Gv)(fn)) {
            report('invalid_functions', `functions[${i}] is ${(0,json/* typeName */.go)(fn)}, not an object`);
            return;
        }
        checkFunctionDefinition(fn, `functions[${i}]`, 'invalid_functions', report);
    });
}
function checkFunctionDefinition(fn, at, code, report) {
    if (typeof fn.name !== 'string')
        report(code, `${at} needs a string "name"`);
    else if (!FUNCTION_NAME.test(fn.name))
        report('invalid_function_name', `${at} name ${(0,json/* preview */.VH)(fn.name)} must be 1-64 characters of a-z, A-Z, 0-9, _ and -`);
    if ('description' in fn && typeof fn.description !== 'string')
        report(code, `${at} "description" must be a string`);
    if ('parameters' in fn && !(0,json/* isObject */.Gv)(fn.parameters))
        report(code, `${at} "parameters" must be a JSON Schema object`);
}

;// CONCATENATED MODULE: ./src/dataset/rules/chat.ts

const CHAT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls', 'functions']);
const CHAT_ROLES = new Set(['system', 'user', 'assistant', 'tool', 'function']);
function checkChatExample(example, report) {
    for (const key of Object.keys(example)) {
        if (!CHAT_KEYS.has(key))
            report('unrecognized_key', `unrecognized key "${key}"; a chat example has messages, tools, parallel_tool_calls, functions`);
    }
    checkExampleTools(example, report);
    const messages = example.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
        report('missing_messages_list', '"messages" must be a non-empty array of messages');
        return;
    }
    const state = newExampleState();
    checkMessages(messages, { roles: CHAT_ROLES, weight: true, where: 'messages' }, state, report);
    checkImagesCount(state, report);
    checkTrainedAssistant(state, report);
    if (!state.roles.has('system'))
        report('missing_system_message', 'no system message');
    if (!state.roles.has('user'))
        report('missing_user_message', 'no user message');
}
function checkExampleTools(example, report, at = '') {
    if ('tools' in example)
        checkTools(example.tools, report, `${at}tools`);
    if ('functions' in example)
        checkFunctions(example.functions, report);
    if ('parallel_tool_calls' in example && typeof example.parallel_tool_calls !== 'boolean') {
        report('invalid_parallel_tool_calls', `"${at}parallel_tool_calls" must be true or false`);
    }
}
function checkImagesCount(state, report) {
    if (state.images > MAX_IMAGES_PER_EXAMPLE) {
        report('too_many_images', `${state.images} images; an example may hold at most ${MAX_IMAGES_PER_EXAMPLE}`);
    }
}
function checkTrainedAssistant(state, report) {
    if (state.assistants === 0)
        report('example_missing_assistant_message', 'no assistant message: nothing to train on');
    else if (state.trainedAssistants === 0)
        report('example_missing_assistant_message', 'every assistant message has weight 0: nothing to train on');
}

;// CONCATENATED MODULE: ./src/dataset/rules/completion.ts

function checkCompletionExample(example, report) {
    for (const key of Object.keys(example)) {
        if (key !== 'prompt' && key !== 'completion')
            report('unrecognized_key', `unrecognized key "${key}"; a completion example has prompt and completion`);
    }
    for (const key of ['prompt', 'completion']) {
        if (!(key in example))
            report('completion_missing_key', `no "${key}"`);
        else if (typeof example[key] !== 'string')
            report('completion_invalid_type', `"${key}" is ${(0,json/* typeName */.go)(example[key])}, not a string`);
    }
}

;// CONCATENATED MODULE: ./src/dataset/rules/preference.ts



const PREFERENCE_KEYS = new Set(['input', 'preferred_output', 'non_preferred_output']);
const INPUT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
const INPUT_ROLES = new Set(['system', 'user', 'assistant', 'tool', 'function']);
const OUTPUT_ROLES = new Set(['assistant']);
const OUTPUTS = ['preferred_output', 'non_preferred_output'];
function checkPreferenceExample(example, report) {
    for (const key of Object.keys(example)) {
        if (!PREFERENCE_KEYS.has(key))
            report('unrecognized_key', `unrecognized key "${key}"; a preference example has input, preferred_output, non_preferred_output`);
    }
    const state = newExampleState();
    const input = example.input;
    if (!(0,json/* isObject */.Gv)(input) || !Array.isArray(input.messages) || input.messages.length === 0) {
        report('preference_missing_input', '"input" must be an object with a non-empty "messages" array');
    }
    else {
        for (const key of Object.keys(input)) {
            if (!INPUT_KEYS.has(key))
                report('unrecognized_key', `unrecognized key "input.${key}"; input has messages, tools, parallel_tool_calls`);
        }
        checkExampleTools(input, report, 'input.');
        checkMessages(input.messages, { roles: INPUT_ROLES, weight: true, where: 'input.messages' }, state, report);
        const last = input.messages[input.messages.length - 1];
        if ((0,json/* isObject */.Gv)(last) && last.role !== 'user') {
            report('preference_input_not_user_last', `input.messages ends with a ${(0,json/* typeName */.go)(last.role) === 'string' ? String(last.role) : 'non-user'} message, not a user message`);
        }
    }
    for (const key of OUTPUTS) {
        const output = example[key];
        if (!Array.isArray(output) || output.length !== 1) {
            const what = Array.isArray(output) ? `an array of ${output.length}` : (0,json/* typeName */.go)(output);
            report('preference_invalid_output', `"${key}" is ${what}; must be an array of exactly one assistant message`);
            continue;
        }
        checkMessages(output, { roles: OUTPUT_ROLES, weight: false, where: key }, state, report);
    }
    checkImagesCount(state, report);
    const [a, b] = OUTPUTS.map(k => example[k]);
    if (Array.isArray(a) && a.length === 1 && JSON.stringify(a) === JSON.stringify(b)) {
        report('preference_identical_outputs', 'preferred_output and non_preferred_output are identical');
    }
}

;// CONCATENATED MODULE: ./src/dataset/rules/reinforcement.ts



const RFT_ROLES = new Set(['developer', 'user', 'assistant', 'tool']);
function checkReinforcementExample(example, report) {
    if ('tools' in example)
        checkTools(example.tools, report);
    const messages = example.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
        report('missing_messages_list', '"messages" must be a non-empty array of messages');
        return;
    }
    const state = newExampleState();
    checkMessages(messages, { roles: RFT_ROLES, weight: true, where: 'messages' }, state, report);
    checkImagesCount(state, report);
    const last = messages[messages.length - 1];
    if ((0,json/* isObject */.Gv)(last) && last.role !== 'user') {
        report('reinforcement_last_message_not_user', `the last message is ${typeof last.role === 'string' ? `a ${last.role}` : 'not a user'} message; the model's answer to a final user message is what gets graded`);
    }
}

;// CONCATENATED MODULE: ./src/errors.ts
class InputError extends (/* unused pure expression or super */ null && (0)) {
    name = 'InputError';
}
function messageOf(error) {
    return redact(error instanceof Error ? error.message : String(error));
}
const secrets = new Set();

const CREDENTIALS = [
    /\b((?:proxy-)?authorization|x-api-key|api[-_]?key|access[-_]?token|openai-api-key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b()()(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,})/g,
];
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    for (const pattern of CREDENTIALS)
        out = out.replace(pattern, (_m, name, sep) => `${name}${sep}***`);
    return out;
}


;// CONCATENATED MODULE: ./src/dataset/check-line.ts







function parseLine(text) {
    if (text.trim().length === 0) {
        return { ok: false, finding: { code: 'blank_line', message: 'blank line; every line must hold one JSON object' } };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const detail = messageOf(error);
        const trimmed = text.trim();
        if (trimmed === '{' || trimmed === '[') {
            const hint = `a lone "${trimmed}": the file looks like pretty-printed JSON; JSONL needs each example on one line`;
            return { ok: false, finding: { code: 'invalid_json', message: `not valid JSON: ${hint}` } };
        }
        return { ok: false, finding: { code: 'invalid_json', message: `not valid JSON: ${detail}` } };
    }
}
const CHECKS = {
    chat: checkChatExample,
    preference: checkPreferenceExample,
    reinforcement: checkReinforcementExample,
    completion: checkCompletionExample,
    text: (example, report) => {
        if (typeof example.text !== 'string')
            report('together_invalid_value', '"text" must be a string');
    },
};
function checkExample(format, value, findings) {
    const report = (code, message) => void findings.push({ code, message });
    if (!(0,json/* isObject */.Gv)(value)) {
        report('data_type', `the line is a JSON ${(0,json/* typeName */.go)(value)}, not an object`);
        return false;
    }
    const shape = shapeOf(value);
    if (shape !== undefined && shape !== shapeOfFormat(format)) {
        const lineFormat = shape === 'messages' ? 'chat' : shape;
        report('format_mismatch', `a ${FORMAT_LABEL[lineFormat]} example in a ${FORMAT_LABEL[format]} file`);
        return false;
    }
    CHECKS[format](value, report);
    return true;
}

;// CONCATENATED MODULE: ./src/dataset/line-hash.ts
function lineHash(line) {
    const text = line.trimEnd();
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ unit, 2654435761);
        h2 = Math.imul(h2 ^ unit, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/dataset/read-lines.ts


const DEFAULT_MAX_LINE_BYTES = (/* unused pure expression or super */ null && (0));
const MAX_BATCH_LINES = 8192;
const NEWLINE = 0x0a;
const CR = 0x0d;
const EMPTY_LINE = Buffer.from([NEWLINE]);



function decodeBatch(batch) {
    const view = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const buf = batch.prefix ? Buffer.concat([batch.prefix, view]) : view;
    const long = batch.longLines.length > 0 ? new Map(batch.longLines.map(l => [l.line, l.bytes])) : undefined;
    if ((0,external_node_buffer_namespaceObject.isUtf8)(buf)) {
        const texts = buf.toString('utf8').split('\n');
        const lines = new Array(batch.lineCount);
        for (let i = 0; i < batch.lineCount; i++) {
            const line = batch.firstLine + i;
            const longBytes = long?.get(line);
            const text = texts[i];
            lines[i] =
                longBytes !== undefined
                    ? { line, problem: 'line_too_long', bytes: longBytes }
                    : { line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
        }
        return lines;
    }
    const lines = [];
    let start = 0;
    for (let i = 0; i < batch.lineCount; i++) {
        const line = batch.firstLine + i;
        let end = buf.indexOf(NEWLINE, start);
        if (end === -1)
            end = buf.length;
        const next = end + 1;
        const longBytes = long?.get(line);
        if (longBytes !== undefined) {
            lines.push({ line, problem: 'line_too_long', bytes: longBytes });
        }
        else {
            if (end > start && buf[end - 1] === CR)
                end--;
            const body = buf.subarray(start, end);
            lines.push((0,external_node_buffer_namespaceObject.isUtf8)(body) ? { line, text: body.toString('utf8') } : { line, problem: 'invalid_utf8', bytes: body.length });
        }
        start = next;
    }
    return lines;
}


;// CONCATENATED MODULE: ./src/dataset/rules/grader-fields.ts

const GRADER_TYPES = new Set([
    'string_check',
    'text_similarity',
    'python',
    'score_model',
    'label_model',
    'multi',
    'endpoint',
]);
const ITEM_TEMPLATE = /\{\{\s*item((?:\.[A-Za-z_$][\w$-]*|\[\s*(?:"[^"]*"|'[^']*'|\d+)\s*\])+)\s*\}\}/g;
function parsePath(tail) {
    const keys = [];
    for (const m of tail.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*(?:"([^"]*)"|'([^']*)'|(\d+))\s*\]/g))
        keys.push(m.slice(1).find(group => group !== undefined) ?? '');
    return keys;
}
function graderFields(grader) {
    const problems = [];
    const found = new Map();
    const visitGrader = (g, at) => {
        if (!isObject(g))
            return void problems.push(`${at} is not an object`);
        if (typeof g.type !== 'string' || !GRADER_TYPES.has(g.type))
            problems.push(`${at}.type ${preview(g.type)} is not a grader type (${[...GRADER_TYPES].join(', ')})`);
        if (g.type === 'multi') {
            const graders = g.graders;
            if (!isObject(graders) || Object.keys(graders).length === 0)
                problems.push(`${at}.graders must be an object of named graders`);
            else
                for (const [name, inner] of Object.entries(graders))
                    visitGrader(inner, `${at}.graders.${name}`);
        }
        for (const [key, value] of Object.entries(g))
            if (!(g.type === 'multi' && key === 'graders'))
                visitStrings(value, `${at}.${key}`);
    };
    const visitStrings = (value, at) => {
        if (typeof value === 'string') {
            for (const m of value.matchAll(ITEM_TEMPLATE)) {
                const keys = parsePath(m[1]);
                const path = keys.join('.');
                if (!found.has(path))
                    found.set(path, { path, keys, at });
            }
        }
        else if (Array.isArray(value))
            value.forEach((v, i) => {
                visitStrings(v, `${at}[${i}]`);
            });
        else if (isObject(value))
            for (const [k, v] of Object.entries(value))
                visitStrings(v, `${at}.${k}`);
    };
    visitGrader(grader, 'grader');
    return { fields: [...found.values()], problems };
}
function has(example, keys) {
    let v = example;
    for (const key of keys) {
        if (Array.isArray(v) && /^\d+$/.test(key))
            v = v[Number(key)];
        else if ((0,json/* isObject */.Gv)(v) && Object.hasOwn(v, key))
            v = v[key];
        else
            return false;
        if (v === undefined)
            return false;
    }
    return true;
}
function checkGraderFields(example, fields, report) {
    for (const f of fields) {
        if (!has(example, f.keys))
            report('grader_field_missing', `the grader reads {{item.${f.path}}} (${f.at}), and this example has no "${f.path}"`);
    }
}

;// CONCATENATED MODULE: ./src/dataset/rules/together.ts


const COLUMNS = {
    text: ['text'],
    chat: ['messages'],
    completion: ['prompt', 'completion'],
    preference: ['input', 'preferred_output', 'non_preferred_output'],
};
const ROLES = ['system', 'user', 'assistant'];

function checkTogetherLine(format, value, report) {
    if (!(0,json/* isObject */.Gv)(value)) {
        report('data_type', `the line is a JSON ${(0,json/* typeName */.go)(value)}, not an object`);
        return false;
    }
    const matches = Object.keys(COLUMNS).filter(f => COLUMNS[f].every(c => c in value));
    if (matches.length === 0) {
        const keys = Object.keys(value).join(', ') || 'none';
        report('together_unknown_format', `no Together format has exactly these columns: ${keys}`);
        return false;
    }
    if (matches.length > 1) {
        report('together_multiple_formats', `the line holds the columns of ${matches.map(f => FORMAT_LABEL[f]).join(' and ')}`);
        return false;
    }
    const lineFormat = matches[0];
    const extra = Object.keys(value).find(k => !COLUMNS[lineFormat].includes(k));
    if (extra !== undefined) {
        report('together_extra_column', `"${extra}" is not a column of ${FORMAT_LABEL[lineFormat]} data`);
        return false;
    }
    if (lineFormat !== format) {
        report('format_mismatch', `a ${FORMAT_LABEL[lineFormat]} example in a ${FORMAT_LABEL[format]} file`);
        return false;
    }
    switch (lineFormat) {
        case 'chat':
            together_checkMessages(value.messages, true, report);
            break;
        case 'preference':
            checkPreference(value, report);
            break;
        default:
            for (const column of COLUMNS[lineFormat])
                if (typeof value[column] !== 'string')
                    report('together_invalid_value', `"${column}" must be a string, not ${(0,json/* typeName */.go)(value[column])}`);
    }
    return true;
}
function together_checkMessages(messages, requireAssistant, report) {
    if (!Array.isArray(messages) || messages.length === 0) {
        report('together_invalid_messages', '`messages` must be a non-empty list of messages');
        return false;
    }
    const hasWeights = messages.some(m => (0,json/* isObject */.Gv)(m) && 'weight' in m);
    let previous = null;
    let assistant = false;
    for (const [i, m] of messages.entries()) {
        const at = `message ${i + 1}`;
        if (!(0,json/* isObject */.Gv)(m)) {
            report('together_invalid_messages', `${at} is a ${(0,json/* typeName */.go)(m)}, not an object`);
            return false;
        }
        for (const key of ['role', 'content']) {
            if (typeof m[key] !== 'string') {
                report('together_invalid_messages', `${at}: \`${key}\` must be a string, not ${(0,json/* typeName */.go)(m[key])}`);
                return false;
            }
        }
        if (hasWeights && 'weight' in m && m.weight !== 0 && m.weight !== 1) {
            report('together_invalid_weight', `${at}: \`weight\` must be the integer 0 or 1`);
            return false;
        }
        if (!ROLES.includes(m.role)) {
            report('together_invalid_role', `${at}: role "${String(m.role)}"; Together accepts ${ROLES.join(', ')}`);
            return false;
        }
        if (m.role === previous) {
            report('together_role_order', `${at} has the same role as the one before; user and assistant must alternate`);
            return false;
        }
        previous = m.role;
        assistant ||= m.role === 'assistant';
    }
    if (requireAssistant && !assistant) {
        report('together_missing_assistant', 'the example has no assistant message');
        return false;
    }
    return true;
}
function checkPreference(example, report) {
    const input = example.input;
    if (!(0,json/* isObject */.Gv)(input) || !('messages' in input)) {
        report('together_invalid_preference', '`input` must be an object with `messages`');
        return;
    }
    if (!together_checkMessages(input.messages, false, report))
        return;
    const messages = input.messages;
    if (messages.at(-1)?.role === 'assistant') {
        report('together_invalid_preference', 'the last message of `input` must not be the assistant’s');
        return;
    }
    for (const key of ['preferred_output', 'non_preferred_output']) {
        const output = example[key];
        const first = Array.isArray(output) ? output[0] : undefined;
        if (!Array.isArray(output) || output.length !== 1 || !(0,json/* isObject */.Gv)(first)) {
            report('together_invalid_preference', `\`${key}\` must be a list of exactly one message`);
            return;
        }
        if (first.role !== 'assistant' || typeof first.content !== 'string') {
            report('together_invalid_preference', `\`${key}\` must hold one assistant message with string content`);
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/dataset/analyze-line.ts






class BatchFindings {
    limit;
    listed = [];
    unlisted = {};
    line = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(finding) {
        if (this.listed.length < this.limit)
            this.listed.push({ line: this.line, ...finding });
        else
            this.unlisted[finding.code] = (this.unlisted[finding.code] ?? 0) + 1;
    }
    checkpoint() {
        return { listed: this.listed.length, unlisted: { ...this.unlisted } };
    }
    rollback(mark) {
        this.listed.length = mark.listed;
        this.unlisted = mark.unlisted;
    }
}
function readProblem(raw, maxLineBytes) {
    return raw.problem === 'invalid_utf8'
        ? { code: 'invalid_utf8', message: 'the line is not valid UTF-8 text' }
        : {
            code: 'line_too_long',
            message: `the line is ${raw.bytes} bytes; lines over ${maxLineBytes} bytes are not read`,
        };
}
function analyzeLine(raw, format, count, maxLineBytes, rules, findings, exampleCounter) {
    if ('problem' in raw) {
        findings.push(readProblem(raw, maxLineBytes));
        return {};
    }
    const parsed = parseLine(raw.text);
    if (!parsed.ok) {
        findings.push(parsed.finding);
        return {};
    }
    const mark = findings.checkpoint();
    try {
        const report = (code, message) => {
            findings.push({ code, message });
        };
        const isExample = rules.provider === 'together'
            ? checkTogetherLine(format, parsed.value, report)
            : checkExample(format, parsed.value, findings);
        if (!isExample)
            return {};
        const value = parsed.value;
        const example = exampleCounter ? exampleCounter(format, value) : countExample(format, value, count, rules.encoding);
        if (example.images > 0 && rules.images === false) {
            findings.push({
                code: 'images_not_supported_by_model',
                message: `${example.images} image${example.images === 1 ? '' : 's'}; the model does not take images in fine-tuning (gpt-4o-2024-08-06 does)`,
            });
        }
        if (format === 'reinforcement' && rules.graderFields?.length)
            checkGraderFields(value, rules.graderFields, report);
        return { example, hash: lineHash(raw.text) };
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        findings.rollback(mark);
        findings.push({ code: 'json_too_deep', message: 'the JSON nests too deeply to be an example' });
        return {};
    }
}
const DEFAULT_MAX_LISTED_FINDINGS = 1000;
const FIELDS_PER_LINE = 5;
function analyzeBatch(batch, format, count, maxLineBytes, rules = { encoding: 'o200k_base' }, exampleCounter) {
    const lines = decodeBatch(batch);
    const numbers = new Float64Array(lines.length * FIELDS_PER_LINE);
    const findings = new BatchFindings(rules.maxListedFindings ?? DEFAULT_MAX_LISTED_FINDINGS);
    lines.forEach((raw, i) => {
        findings.line = raw.line;
        const r = analyzeLine(raw, format, count, maxLineBytes, rules, findings, exampleCounter);
        if (r.example && r.hash !== undefined) {
            const o = i * FIELDS_PER_LINE;
            numbers[o] = 1;
            numbers[o + 1] = r.example.tokens;
            numbers[o + 2] = r.example.assistantTokens;
            numbers[o + 3] = r.example.messages;
            numbers[o + 4] = r.hash;
        }
    });
    return {
        firstLine: batch.firstLine,
        lineCount: lines.length,
        numbers,
        findings: findings.listed,
        unlisted: findings.unlisted,
    };
}


/***/ }),

/***/ 810:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tokens_encodings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(549);
/* harmony import */ var _tokens_large_input_counter_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(313);
/* harmony import */ var _analyze_line_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(589);




const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const openTokenizer = init.rules?.openTokenizer;
const exampleCounter = openTokenizer
    ? (await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(865)]).then(__nccwpck_require__.bind(__nccwpck_require__, 865))).loadTemplateCounter(openTokenizer)
    : undefined;
const count = exampleCounter ? (0,_tokens_encodings_js__WEBPACK_IMPORTED_MODULE_1__/* .notLoaded */ .v2)(init.encoding) : (0,_tokens_encodings_js__WEBPACK_IMPORTED_MODULE_1__/* .memoize */ .Bj)((0,_tokens_large_input_counter_js__WEBPACK_IMPORTED_MODULE_2__.loadLargeInputCounter)(init.encoding));
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', ({ id, format, batch }) => {
    const result = (0,_analyze_line_js__WEBPACK_IMPORTED_MODULE_3__/* .analyzeBatch */ .D7)(batch, format, count, init.maxLineBytes, init.rules, exampleCounter);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ id, result }, [result.numbers.buffer]);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   go: () => (/* binding */ typeName)
/* harmony export */ });
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function preview(value, max = 40) {
    let text;
    try {
        const json = JSON.stringify(value);
        text = json ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}


/***/ }),

/***/ 549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bj: () => (/* binding */ memoize),
  v2: () => (/* binding */ notLoaded),
  Z0: () => (/* binding */ rankFile)
});

// UNUSED EXPORTS: SMALL_INPUT_CHARS, loadCounter, loadSmallInputCounter

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./src/tokens/hashed-ranks.ts

const RANK_BITS = 18;
const RANK_MASK = (1 << RANK_BITS) - 1;
function hashBytes(latin1, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ latin1.charCodeAt(i), 0x01000193);
    return hash >>> 0;
}
class hashed_ranks_HashedRankTable {
    maxTokenBytes;
    shift;
    mask;
    offsets;
    slots;
    bytes;
    constructor(file) {
        const data = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
        const [count, maxTokenBytes, bits] = new Uint32Array(data.buffer, data.byteOffset, 3);
        this.maxTokenBytes = maxTokenBytes;
        this.shift = 32 - bits;
        this.mask = 2 ** bits - 1;
        this.offsets = new Uint32Array(data.buffer, data.byteOffset + 12, count + 1);
        this.slots = new Uint32Array(data.buffer, data.byteOffset + 12 + 4 * (count + 1), 2 ** bits);
        this.bytes = data.subarray(12 + 4 * (count + 1) + 4 * 2 ** bits);
        if (this.offsets[count] !== this.bytes.length)
            throw new Error('The hashed ranks file is damaged');
    }
    rank(latin1, start, end) {
        const length = end - start;
        if (length > this.maxTokenBytes)
            return NONE;
        const hash = hashBytes(latin1, start, end);
        const tag = hash & (0xffffffff >>> RANK_BITS);
        const { offsets, slots, bytes } = this;
        for (let slot = hash >>> this.shift;; slot = (slot + 1) & this.mask) {
            const entry = slots[slot];
            if (entry === 0)
                return NONE;
            if (entry >>> RANK_BITS !== tag)
                continue;
            const rank = (entry & RANK_MASK) - 1;
            const from = offsets[rank];
            if (offsets[rank + 1] - from !== length)
                continue;
            let i = 0;
            while (i < length && latin1.charCodeAt(start + i) === bytes[from + i])
                i++;
            if (i === length)
                return rank;
        }
    }
}

;// CONCATENATED MODULE: ./src/tokens/split-scanner.ts
const UPPER = 1;
const LOWER = 2;
const CASELESS = 4;
const MARK = 8;
const DIGIT = 16;
const SPACE = 32;
const NEWLINE = 64;
const OTHER = 128;
const LETTER = UPPER | LOWER | CASELESS;
const WORD_START = UPPER | CASELESS | MARK;
const WORD_END = LOWER | CASELESS | MARK;
const isPrefix = (bits) => (bits & (LETTER | DIGIT | NEWLINE)) === 0;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (ch >= 'A' && ch <= 'Z')
        ASCII[c] = UPPER;
    else if (ch >= 'a' && ch <= 'z')
        ASCII[c] = LOWER;
    else if (ch >= '0' && ch <= '9')
        ASCII[c] = DIGIT;
    else if (ch === '\r' || ch === '\n')
        ASCII[c] = SPACE | NEWLINE;
    else if ('\t\v\f '.includes(ch))
        ASCII[c] = SPACE;
    else
        ASCII[c] = OTHER;
}
const CATEGORY = /(\s)|([\p{Lu}\p{Lt}])|(\p{Ll})|([\p{Lm}\p{Lo}])|(\p{M})|(\p{N})/uy;
const CATEGORY_BITS = [SPACE, UPPER, LOWER, CASELESS, MARK | OTHER, DIGIT];
const known = new Map();
const COMMON_RANGES = [
    [0x80, 0x9f, OTHER],
    [0xa0, 0xa0, SPACE],
    [0xa1, 0xa9, OTHER],
    [0xaa, 0xaa, CASELESS],
    [0xab, 0xb1, OTHER],
    [0xb2, 0xb3, DIGIT],
    [0xb4, 0xb4, OTHER],
    [0xb5, 0xb5, LOWER],
    [0xb6, 0xb8, OTHER],
    [0xb9, 0xb9, DIGIT],
    [0xba, 0xba, CASELESS],
    [0xbb, 0xbb, OTHER],
    [0xbc, 0xbe, DIGIT],
    [0xbf, 0xbf, OTHER],
    [0xc0, 0xd6, UPPER],
    [0xd7, 0xd7, OTHER],
    [0xd8, 0xde, UPPER],
    [0xdf, 0xf6, LOWER],
    [0xf7, 0xf7, OTHER],
    [0xf8, 0xff, LOWER],
    [0x2000, 0x200a, SPACE],
    [0x200b, 0x2027, OTHER],
    [0x2028, 0x2029, SPACE],
    [0x202a, 0x202e, OTHER],
    [0x202f, 0x202f, SPACE],
    [0x2030, 0x205e, OTHER],
    [0x205f, 0x205f, SPACE],
    [0x2060, 0x206f, OTHER],
    [0x2190, 0x21ff, OTHER],
];
function commonBits(codePoint) {
    if (codePoint > 0x21ff)
        return undefined;
    for (const [first, last, bits] of COMMON_RANGES)
        if (codePoint >= first && codePoint <= last)
            return bits;
    return undefined;
}
function unicodeBits(text, at) {
    const codePoint = text.codePointAt(at) ?? 0;
    let bits = commonBits(codePoint) ?? known.get(codePoint);
    if (bits === undefined) {
        CATEGORY.lastIndex = at;
        const match = CATEGORY.exec(text);
        bits = match ? CATEGORY_BITS[match.indexOf(match[0], 1) - 1] : OTHER;
        known.set(codePoint, bits);
    }
    return bits;
}
function bitsAt(text, at) {
    const c = text.charCodeAt(at);
    return c < 128 ? ASCII[c] : unicodeBits(text, at);
}
function width(text, at) {
    const c = text.charCodeAt(at);
    return c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
function runEnd(text, from, mask, max = Infinity) {
    let at = from;
    for (let taken = 0; taken < max && at < text.length; taken++) {
        const c = text.charCodeAt(at);
        if (c < 128) {
            if ((ASCII[c] & mask) === 0)
                break;
            at++;
        }
        else {
            if ((unicodeBits(text, at) & mask) === 0)
                break;
            at += width(text, at);
        }
    }
    return at;
}
const QUOTE = 0x27;
const SLASH = 0x2f;
const SPACE_CHAR = 0x20;
function contraction(text, at) {
    if (text.charCodeAt(at) !== QUOTE)
        return 0;
    const a = text.charCodeAt(at + 1) | 0x20;
    if (a === 0x73 || a === 0x64 || a === 0x6d || a === 0x74)
        return 2;
    const b = text.charCodeAt(at + 2) | 0x20;
    if ((a === 0x6c && b === 0x6c) || ((a === 0x76 || a === 0x72) && b === 0x65))
        return 3;
    return 0;
}
function o200kWordA(text, from) {
    let at = from;
    let afterLastWordEnd = -1;
    while (at < text.length) {
        const bits = bitsAt(text, at);
        if ((bits & WORD_START) === 0)
            break;
        at += width(text, at);
        if ((bits & WORD_END) !== 0)
            afterLastWordEnd = at;
    }
    if (at < text.length && (bitsAt(text, at) & WORD_END) !== 0) {
        const end = runEnd(text, at, WORD_END);
        return end + contraction(text, end);
    }
    return afterLastWordEnd === -1 ? -1 : afterLastWordEnd + contraction(text, afterLastWordEnd);
}
function o200kWordB(text, from) {
    const upperEnd = runEnd(text, from, WORD_START);
    if (upperEnd === from)
        return -1;
    const end = runEnd(text, upperEnd, WORD_END);
    return end + contraction(text, end);
}
function punctuationEnd(text, start, tail) {
    const from = text.charCodeAt(start) === SPACE_CHAR ? start + 1 : start;
    let end = runEnd(text, from, OTHER);
    if (end === from)
        return -1;
    while (end < text.length && tail(text, end))
        end++;
    return end;
}
const o200kTail = (text, at) => (bitsAt(text, at) & NEWLINE) !== 0 || text.charCodeAt(at) === SLASH;
const cl100kTail = (text, at) => (bitsAt(text, at) & NEWLINE) !== 0;
function spaceEnd(text, start) {
    const end = runEnd(text, start, SPACE);
    for (let at = end - 1; at >= start; at--)
        if ((bitsAt(text, at) & NEWLINE) !== 0)
            return at + 1;
    if (end === text.length)
        return end;
    return end - start >= 2 ? end - 1 : start + 1;
}
const O200K_WORDS = [o200kWordA, o200kWordB];
function o200kPieceEnd(text, start) {
    const first = bitsAt(text, start);
    const withPrefix = isPrefix(first) ? start + width(text, start) : -1;
    const withoutPrefix = !isPrefix(first) || (first & MARK) !== 0 ? start : -1;
    for (const word of O200K_WORDS) {
        const end = withPrefix === -1 ? -1 : word(text, withPrefix);
        if (end !== -1)
            return end;
        const unprefixed = withoutPrefix === -1 ? -1 : word(text, withoutPrefix);
        if (unprefixed !== -1)
            return unprefixed;
    }
    if ((first & DIGIT) !== 0)
        return runEnd(text, start, DIGIT, 3);
    const punctuation = punctuationEnd(text, start, o200kTail);
    if (punctuation !== -1)
        return punctuation;
    return spaceEnd(text, start);
}
function cl100kPieceEnd(text, start) {
    const quoted = contraction(text, start);
    if (quoted > 0)
        return start + quoted;
    const first = bitsAt(text, start);
    const from = isPrefix(first) ? start + width(text, start) : start;
    const wordEnd = runEnd(text, from, LETTER);
    if (wordEnd > from)
        return wordEnd;
    if ((first & DIGIT) !== 0)
        return runEnd(text, start, DIGIT, 3);
    const punctuation = punctuationEnd(text, start, cl100kTail);
    if (punctuation !== -1)
        return punctuation;
    if (runEnd(text, start, SPACE) === text.length)
        return text.length;
    return spaceEnd(text, start);
}
const split_scanner_PIECE_END = {
    o200k_base: o200kPieceEnd,
    cl100k_base: cl100kPieceEnd,
};


;// CONCATENATED MODULE: ./src/tokens/encodings.ts




function rankFile(file) {
    const candidates = [new URL(`./ranks/${file}`, import.meta.url), new URL(`../ranks/${file}`, import.meta.url)];
    const found = candidates.find(url => (0,external_node_fs_.existsSync)(url));
    if (!found)
        throw new Error(`The ranks file ${file} is missing (looked in ${candidates.map(String).join(', ')})`);
    return found;
}
const SMALL_INPUT_CHARS = (/* unused pure expression or super */ null && (0));


function notLoaded(encoding) {
    return () => {
        throw new Error(`the ${encoding} encoding was not loaded: this run counts with an open model's tokenizer`);
    };
}
function memoize(count, maxEntries = 10_000) {
    let memo = new Map();
    return text => {
        const known = memo.get(text);
        if (known !== undefined)
            return known;
        const n = count(text);
        if (memo.size >= maxEntries)
            memo = new Map();
        memo.set(text, n);
        return n;
    };
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  loadLargeInputCounter: () => (/* binding */ loadLargeInputCounter),
  loadRanks: () => (/* binding */ loadRanks)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/utfUtil.js
//#region src/utfUtil.ts
const isAscii = (codePoint) => codePoint <= 127;
const HIGH_SURROGATE_START = 55296;
const HIGH_SURROGATE_END = 56319;
function endsWithIncompleteUtfPairSurrogate(string) {
	if (string.length === 0) return false;
	const lastCharCode = string.charCodeAt(string.length - 1);
	return lastCharCode >= HIGH_SURROGATE_START && lastCharCode <= HIGH_SURROGATE_END;
}
function isValidUTF8(bytes) {
	let i = 0;
	while (i < bytes.length) {
		const byte1 = bytes[i];
		let numBytes = 0;
		let codePoint = 0;
		if (byte1 <= 127) {
			numBytes = 1;
			codePoint = byte1;
		} else if ((byte1 & 224) === 192) {
			numBytes = 2;
			codePoint = byte1 & 31;
			if (byte1 <= 193) return false;
		} else if ((byte1 & 240) === 224) {
			numBytes = 3;
			codePoint = byte1 & 15;
		} else if ((byte1 & 248) === 240) {
			numBytes = 4;
			codePoint = byte1 & 7;
			if (byte1 > 244) return false;
		} else return false;
		if (i + numBytes > bytes.length) return false;
		for (let j = 1; j < numBytes; j++) {
			const byte = bytes[i + j];
			if (byte === void 0 || (byte & 192) !== 128) return false;
			codePoint = codePoint << 6 | byte & 63;
		}
		if (numBytes === 2 && codePoint < 128) return false;
		if (numBytes === 3 && codePoint < 2048) return false;
		if (numBytes === 4 && codePoint < 65536) return false;
		if (codePoint >= 55296 && codePoint <= 57343) return false;
		if (codePoint > 1114111) return false;
		i += numBytes;
	}
	return true;
}
const textDecoder = new TextDecoder("utf8", { fatal: false });
function tryConvertToString(arr) {
	if (!isValidUTF8(arr)) return;
	return textDecoder.decode(arr);
}
function compareUint8Arrays(a, b) {
	const len = Math.min(a.length, b.length);
	for (let i = 0; i < len; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return a.length - b.length;
}
//#endregion


//# sourceMappingURL=utfUtil.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/util.js
//#region src/util.ts
function getMaxValueFromMap(map) {
	let max = 0;
	map.forEach((val) => {
		max = Math.max(max, val);
	});
	return max;
}
function escapeRegExp(string) {
	return string.replace(/[$()*+.?[\\\]^{|}]/g, "\\$&");
}
function getSpecialTokenRegex(tokens) {
	const inner = [...tokens].map(escapeRegExp).join("|");
	return new RegExp(`(${inner})`);
}
//#endregion


//# sourceMappingURL=util.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/constants.js
//#region src/constants.ts
const ALL_SPECIAL_TOKENS = "all";
const DEFAULT_MERGE_CACHE_SIZE = 1e5;
//#endregion


//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/BytePairEncodingCore.js



//#region src/BytePairEncodingCore.ts
const emptyBuffer = /* @__PURE__ */ new Uint8Array(0);
const decoder = new TextDecoder("utf8");
var BytePairEncodingCore = class {
	mergeableBytePairRankCount;
	/**
	* an array where the index is the BPE rank,
	* and the value is the string or the array of bytes that it decodes to
	* it may contain holes if token is unused
	*/
	bytePairRankDecoder;
	bytePairNonUtfRankDecoder = /* @__PURE__ */ new Map();
	bytePairNonUtfSortedEncoder;
	/**
	* a reverse map of the bytePairRankDecoder,
	* where the key is the string and the value is the rank
	* values that cannot be represented as a string are present in `bytePairNonUtfSortedEncoder`
	*/
	bytePairStringRankEncoder;
	tokenSplitRegex;
	specialTokensEncoder;
	specialTokensDecoder;
	specialTokenPatternRegex;
	textEncoder = new TextEncoder();
	mergeCache;
	mergeCacheSize;
	constructor({ bytePairRankDecoder, specialTokensEncoder, tokenSplitRegex, mergeCacheSize = DEFAULT_MERGE_CACHE_SIZE }) {
		this.bytePairRankDecoder = bytePairRankDecoder;
		this.bytePairStringRankEncoder = /* @__PURE__ */ new Map();
		this.mergeCacheSize = mergeCacheSize;
		if (mergeCacheSize > 0) this.mergeCache = /* @__PURE__ */ new Map();
		this.mergeableBytePairRankCount = Object.keys(bytePairRankDecoder).length;
		const binaryLookup = [];
		bytePairRankDecoder.forEach((value, rank) => {
			if (typeof value === "string") {
				this.bytePairStringRankEncoder.set(value, rank);
				return;
			}
			const byteArray = new Uint8Array(value);
			binaryLookup.push([byteArray, rank]);
			this.bytePairNonUtfRankDecoder.set(rank, byteArray);
		});
		this.bytePairNonUtfSortedEncoder = binaryLookup.sort((a, b) => compareUint8Arrays(a[0], b[0]));
		this.specialTokensEncoder = specialTokensEncoder ?? /* @__PURE__ */ new Map();
		this.specialTokensDecoder = specialTokensEncoder ? new Map([...specialTokensEncoder].map(([key, value]) => [value, key])) : /* @__PURE__ */ new Map();
		this.tokenSplitRegex = tokenSplitRegex;
		const allSpecialTokensRegex = [...this.specialTokensEncoder.keys()].map(escapeRegExp).join("|");
		try {
			this.specialTokenPatternRegex = new RegExp(allSpecialTokensRegex, "y");
		} catch {
			throw new Error("Invalid regular expression pattern.");
		}
	}
	setMergeCacheSize(newSize) {
		if (this.mergeCacheSize === 0 && newSize > 0) this.mergeCache = /* @__PURE__ */ new Map();
		this.mergeCacheSize = newSize;
		if (newSize === 0) this.mergeCache = void 0;
	}
	clearMergeCache() {
		this.mergeCache?.clear();
	}
	*encodeNativeGenerator(text, allowedSpecial) {
		let startIndex = 0;
		let lastTokenLength = 0;
		while (true) {
			const nextSpecialMatch = this.findNextSpecialToken(text, allowedSpecial, startIndex);
			const nextSpecialStartIndex = nextSpecialMatch?.[0];
			const endIndex = nextSpecialStartIndex ?? text.length;
			const textBeforeSpecial = startIndex === 0 && endIndex === text.length ? text : text.slice(startIndex, endIndex);
			for (const [match] of textBeforeSpecial.matchAll(this.tokenSplitRegex)) {
				const token = this.getBpeRankFromString(match);
				if (token !== void 0) {
					lastTokenLength = 1;
					yield [token];
					continue;
				}
				const tokens = this.bytePairEncode(match);
				lastTokenLength = tokens.length;
				yield tokens;
			}
			if (nextSpecialStartIndex !== void 0) {
				const specialToken = nextSpecialMatch[1];
				const specialTokenValue = this.specialTokensEncoder.get(specialToken);
				if (specialTokenValue === void 0) throw new Error(`Special token "${specialToken}" is not in the special token encoder.`);
				yield [specialTokenValue];
				startIndex = nextSpecialStartIndex + specialToken.length;
				lastTokenLength = 1;
			} else break;
		}
		return lastTokenLength;
	}
	encodeNative(text, allowedSpecial) {
		let startIndex = 0;
		const tokensArray = [];
		while (true) {
			const nextSpecialMatch = this.findNextSpecialToken(text, allowedSpecial, startIndex);
			const nextSpecialStartIndex = nextSpecialMatch?.[0];
			const endIndex = nextSpecialStartIndex ?? text.length;
			const textBeforeSpecial = startIndex === 0 && endIndex === text.length ? text : text.slice(startIndex, endIndex);
			for (const [match] of textBeforeSpecial.matchAll(this.tokenSplitRegex)) {
				const token = this.getBpeRankFromString(match);
				if (token !== void 0) {
					tokensArray.push(token);
					continue;
				}
				const tokens = this.bytePairEncode(match);
				tokensArray.push(...tokens);
			}
			if (nextSpecialStartIndex !== void 0) {
				const specialToken = nextSpecialMatch[1];
				const specialTokenValue = this.specialTokensEncoder.get(specialToken);
				if (specialTokenValue === void 0) throw new Error(`Special token "${specialToken}" is not in the special token encoder.`);
				tokensArray.push(specialTokenValue);
				startIndex = nextSpecialStartIndex + specialToken.length;
			} else break;
		}
		return tokensArray;
	}
	countNative(text, allowedSpecial) {
		let startIndex = 0;
		let tokensCount = 0;
		while (true) {
			const nextSpecialMatch = this.findNextSpecialToken(text, allowedSpecial, startIndex);
			const nextSpecialStartIndex = nextSpecialMatch?.[0];
			const endIndex = nextSpecialStartIndex ?? text.length;
			const textBeforeSpecial = startIndex === 0 && endIndex === text.length ? text : text.slice(startIndex, endIndex);
			for (const [match] of textBeforeSpecial.matchAll(this.tokenSplitRegex)) {
				if (this.getBpeRankFromString(match) !== void 0) {
					tokensCount++;
					continue;
				}
				const tokens = this.bytePairEncode(match);
				tokensCount += tokens.length;
			}
			if (nextSpecialStartIndex !== void 0) {
				const specialToken = nextSpecialMatch[1];
				if (this.specialTokensEncoder.get(specialToken) === void 0) throw new Error(`Special token "${specialToken}" is not in the special token encoder.`);
				tokensCount++;
				startIndex = nextSpecialStartIndex + specialToken.length;
			} else break;
		}
		return tokensCount;
	}
	*decodeNativeGenerator(tokens) {
		for (const token of tokens) {
			const tokenBytes = this.tryDecodeToken(token);
			if (tokenBytes) yield tokenBytes;
		}
	}
	decodeNative(tokens) {
		let decoded = "";
		let intBuffer = emptyBuffer;
		for (const token of tokens) {
			const tokenBytes = this.tryDecodeToken(token);
			if (tokenBytes === void 0) throw new Error(`Token ${token} is not in the byte pair encoder.`);
			if (typeof tokenBytes === "string") {
				if (intBuffer !== emptyBuffer) {
					decoded += decoder.decode(intBuffer, { stream: true });
					intBuffer = emptyBuffer;
				}
				decoded += tokenBytes;
			} else {
				const newBuffer = new Uint8Array(intBuffer.length + tokenBytes.length);
				newBuffer.set(intBuffer);
				newBuffer.set(tokenBytes, intBuffer.length);
				intBuffer = newBuffer;
			}
		}
		if (intBuffer !== emptyBuffer) decoded += decoder.decode(intBuffer, { stream: true });
		return decoded;
	}
	async *decodeNativeAsyncIterable(tokens) {
		for await (const token of tokens) {
			const tokenBytesOrString = this.tryDecodeToken(token);
			if (tokenBytesOrString) yield tokenBytesOrString;
		}
	}
	getBpeRankFromString(key) {
		return this.bytePairStringRankEncoder.get(key);
	}
	getBpeRankFromStringOrThrow(key) {
		const value = this.getBpeRankFromString(key);
		if (value === void 0) throw new Error(`The byte-pair encoding does not contain a value for: ${key}`);
		return value;
	}
	getBpeRankFromBytes(key) {
		const keyAsString = tryConvertToString(key);
		if (keyAsString !== void 0) return this.getBpeRankFromString(keyAsString);
		const index = this.binarySearch(key);
		if (index !== -1) return this.bytePairNonUtfSortedEncoder[index][1];
	}
	getBpeRankFromBytesOrThrow(key) {
		const value = this.getBpeRankFromBytes(key);
		if (value === void 0) throw new Error(`The byte-pair encoding does not contain a value for: ${key.toString()}`);
		return value;
	}
	binarySearch(key) {
		let low = 0;
		let high = this.bytePairNonUtfSortedEncoder.length - 1;
		while (low <= high) {
			const mid = low + high >>> 1;
			const midKey = this.bytePairNonUtfSortedEncoder[mid][0];
			let cmp = 0;
			const maxLength = Math.min(midKey.length, key.length);
			for (let i = 0; i < maxLength; i++) {
				cmp = midKey[i] - key[i];
				if (cmp !== 0) break;
			}
			if (cmp === 0) cmp = midKey.length - key.length;
			if (cmp === 0) return mid;
			if (cmp < 0) low = mid + 1;
			else high = mid - 1;
		}
		return -1;
	}
	findNextSpecialToken(text, allowedSpecial, startIndex) {
		let searchIndex = startIndex;
		while (true) {
			this.specialTokenPatternRegex.lastIndex = searchIndex;
			const nextSpecialMatch = this.specialTokenPatternRegex.exec(text);
			if (!nextSpecialMatch) return;
			const specialToken = nextSpecialMatch[0];
			if (allowedSpecial?.has(specialToken)) return [nextSpecialMatch.index + searchIndex, specialToken];
			searchIndex = nextSpecialMatch.index + searchIndex + 1;
		}
	}
	tryDecodeToken(tokenRank) {
		const value = this.bytePairRankDecoder[tokenRank];
		if (typeof value === "string") return value;
		if (typeof value === "object") {
			const fromBinary = this.bytePairNonUtfRankDecoder.get(tokenRank);
			if (fromBinary) return fromBinary;
		}
		return this.specialTokensDecoder.get(tokenRank);
	}
	addToMergeCache(key, value) {
		if (!this.mergeCache) return;
		if (this.mergeCache.size >= this.mergeCacheSize) {
			const firstKey = this.mergeCache.keys().next().value;
			this.mergeCache.delete(firstKey);
		}
		this.mergeCache.set(key, value);
	}
	bytePairEncode(input) {
		if (input.length === 1 && isAscii(input.codePointAt(0))) return [this.getBpeRankFromStringOrThrow(input)];
		if (this.mergeCache?.has(input)) {
			const result = this.mergeCache.get(input);
			this.mergeCache.delete(input);
			this.mergeCache.set(input, result);
			return result;
		}
		const inputBytes = this.textEncoder.encode(input);
		const result = this.bytePairMerge(inputBytes);
		this.addToMergeCache(input, result);
		return result;
	}
	bytePairMerge(piece) {
		const starts = [];
		const ranks = [];
		const getRank = (startIndex, pairStart = starts[startIndex], pairEnd = starts[startIndex + 2]) => {
			if (pairEnd === void 0) return Number.POSITIVE_INFINITY;
			const key = piece.subarray(pairStart, pairEnd);
			return this.getBpeRankFromBytes(key) ?? Number.POSITIVE_INFINITY;
		};
		for (let i = 0; i <= piece.length; i++) {
			starts.push(i);
			if (i < piece.length - 1) ranks.push(getRank(i, i, i + 2));
			else ranks.push(Number.POSITIVE_INFINITY);
		}
		while (starts.length > 1) {
			let lowestRank = Number.POSITIVE_INFINITY;
			let lowestPartitionIndex = -1;
			for (let i = 0; i < ranks.length - 1; i++) {
				const rank = ranks[i];
				if (rank < lowestRank) {
					lowestRank = rank;
					lowestPartitionIndex = i;
				}
			}
			if (lowestRank === Number.POSITIVE_INFINITY || lowestPartitionIndex === -1) break;
			starts.splice(lowestPartitionIndex + 1, 1);
			ranks.splice(lowestPartitionIndex, 1);
			ranks[lowestPartitionIndex] = getRank(lowestPartitionIndex);
			if (lowestPartitionIndex > 0) ranks[lowestPartitionIndex - 1] = getRank(lowestPartitionIndex - 1);
		}
		const output = [];
		for (let i = 0; i < starts.length - 1; i++) {
			const pairStart = starts[i];
			const pairEnd = starts[i + 1];
			const bpeValue = this.getBpeRankFromBytesOrThrow(piece.subarray(pairStart, pairEnd));
			output.push(bpeValue);
		}
		return output;
	}
};
//#endregion


//# sourceMappingURL=BytePairEncodingCore.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/functionCalling.js
//#region src/functionCalling.ts
const MESSAGE_TOKEN_OVERHEAD = 3;
const MESSAGE_NAME_TOKEN_OVERHEAD = 1;
const FUNCTION_ROLE_TOKEN_DISCOUNT = 2;
const FUNCTION_CALL_METADATA_TOKEN_OVERHEAD = 3;
const FUNCTION_DEFINITION_TOKEN_OVERHEAD = 9;
const COMPLETION_REQUEST_TOKEN_OVERHEAD = 3;
const FUNCTION_CALL_NAME_TOKEN_OVERHEAD = 4;
const FUNCTION_CALL_NONE_TOKEN_OVERHEAD = 1;
const SYSTEM_FUNCTION_TOKEN_DEDUCTION = 4;
const NEWLINE = "\n";
function countMessageTokens(message, countStringTokens) {
	let tokens = 0;
	if (message.role) tokens += countStringTokens(message.role);
	if (message.content) tokens += countStringTokens(message.content);
	if (message.name) tokens += countStringTokens(message.name) + 1;
	if (message.function_call) {
		const { name, arguments: args } = message.function_call;
		if (name) tokens += countStringTokens(name);
		if (args) tokens += countStringTokens(args);
		tokens += 3;
	}
	tokens += 3;
	if (message.role === "function") tokens -= 2;
	return tokens;
}
function formatObjectProperties(obj, indent, formatType) {
	if (!obj.properties) return "";
	const lines = [];
	const requiredParams = new Set(obj.required ?? []);
	const indentString = " ".repeat(indent);
	for (const [name, param] of Object.entries(obj.properties)) {
		if (param.description && indent < 2) lines.push(`${indentString}// ${param.description}`);
		const isRequired = requiredParams.has(name);
		const formattedType = formatType(param, indent);
		lines.push(`${indentString}${name}${isRequired ? "" : "?"}: ${formattedType},`);
	}
	return lines.join("\n");
}
function formatFunctionType(param, indent) {
	switch (param.type) {
		case "string": return param.enum?.map((value) => JSON.stringify(value)).join(" | ") ?? "string";
		case "integer":
		case "number": return param.enum?.map((value) => `${value}`).join(" | ") ?? "number";
		case "boolean": return "boolean";
		case "null": return "null";
		case "array": return param.items ? `${formatFunctionType(param.items, indent)}[]` : "any[]";
		case "object": return `{
${formatObjectProperties(param, indent + 2, formatFunctionType)}
${" ".repeat(indent)}}`;
		default: return "any";
	}
}
function formatFunctionDefinitions(functions) {
	const lines = ["namespace functions {", ""];
	for (const fn of functions) {
		if (fn.description) lines.push(`// ${fn.description}`);
		const { parameters } = fn;
		const properties = parameters?.properties;
		if (!parameters || !properties || Object.keys(properties).length === 0) lines.push(`type ${fn.name} = () => any;`);
		else {
			lines.push(`type ${fn.name} = (_: {`);
			const formattedProperties = formatObjectProperties(parameters, 0, formatFunctionType);
			if (formattedProperties.length > 0) lines.push(formattedProperties);
			lines.push("}) => any;");
		}
		lines.push("");
	}
	lines.push("} // namespace functions");
	return lines.join("\n");
}
function estimateTokensInFunctions(functions, countStringTokens) {
	let tokens = countStringTokens(formatFunctionDefinitions(functions));
	tokens += 9;
	return tokens;
}
function padSystemMessage(message, hasFunctions, isSystemPadded) {
	if (!hasFunctions || isSystemPadded || message.role !== "system") return message;
	if (!message.content || message.content.endsWith(NEWLINE)) return message;
	return {
		...message,
		content: `${message.content}${NEWLINE}`
	};
}
function computeChatCompletionTokenCount(request, countStringTokens) {
	const { messages, functions, function_call: functionCall } = request;
	const hasFunctions = Boolean(functions && functions.length > 0);
	let paddedSystem = false;
	let total = 0;
	for (const message of messages) {
		const messageToCount = padSystemMessage(message, hasFunctions, paddedSystem);
		if (messageToCount !== message && message.role === "system") paddedSystem = true;
		else if (message.role === "system" && hasFunctions && !paddedSystem) paddedSystem = true;
		total += countMessageTokens(messageToCount, countStringTokens);
	}
	total += 3;
	if (hasFunctions && functions) {
		total += estimateTokensInFunctions(functions, countStringTokens);
		if (messages.some((message) => message.role === "system")) total -= 4;
	}
	if (functionCall && functionCall !== "auto") {
		if (functionCall === "none") total += 1;
		else if (typeof functionCall === "object" && functionCall.name) total += countStringTokens(functionCall.name) + 4;
	}
	return total;
}
//#endregion


//# sourceMappingURL=functionCalling.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/specialTokens.js
//#region src/specialTokens.ts
const EndOfText = "<|endoftext|>";
const FimPrefix = "<|fim_prefix|>";
const FimMiddle = "<|fim_middle|>";
const FimSuffix = "<|fim_suffix|>";
const ImStart = "<|im_start|>";
const ImEnd = "<|im_end|>";
const ImSep = "<|im_sep|>";
const EndOfPrompt = "<|endofprompt|>";
const HarmonyStartOfText = "<|startoftext|>";
const HarmonyStart = "<|start|>";
const HarmonyEnd = "<|end|>";
const HarmonyMessage = "<|message|>";
const HarmonyChannel = "<|channel|>";
const HarmonyReturn = "<|return|>";
const HarmonyConstrain = "<|constrain|>";
const HarmonyCall = "<|call|>";
//#endregion


//# sourceMappingURL=specialTokens.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/modelsChatEnabled.gen.js
//#region src/modelsChatEnabled.gen.ts
const chatEnabledModels = [
	"chat-latest",
	"chatgpt-4o-latest",
	"codex-mini-latest",
	"computer-use-preview",
	"computer-use-preview-2025-03-11",
	"daybreak-blue-latest",
	"daybreak-red-latest",
	"gpt-3.5",
	"gpt-3.5-0301",
	"gpt-3.5-turbo",
	"gpt-3.5-turbo-0125",
	"gpt-3.5-turbo-0613",
	"gpt-3.5-turbo-1106",
	"gpt-3.5-turbo-16k-0613",
	"gpt-3.5-turbo-instruct",
	"gpt-4",
	"gpt-4-0125-preview",
	"gpt-4-0314",
	"gpt-4-0613",
	"gpt-4-1106-preview",
	"gpt-4-1106-vision-preview",
	"gpt-4-32k",
	"gpt-4-turbo",
	"gpt-4-turbo-2024-04-09",
	"gpt-4-turbo-preview",
	"gpt-4.1",
	"gpt-4.1-2025-04-14",
	"gpt-4.1-mini",
	"gpt-4.1-mini-2025-04-14",
	"gpt-4.1-nano",
	"gpt-4.1-nano-2025-04-14",
	"gpt-4.5-preview",
	"gpt-4.5-preview-2025-02-27",
	"gpt-4o",
	"gpt-4o-2024-05-13",
	"gpt-4o-2024-08-06",
	"gpt-4o-2024-11-20",
	"gpt-4o-audio-preview",
	"gpt-4o-audio-preview-2024-10-01",
	"gpt-4o-audio-preview-2024-12-17",
	"gpt-4o-audio-preview-2025-06-03",
	"gpt-4o-mini",
	"gpt-4o-mini-2024-07-18",
	"gpt-4o-mini-audio-preview",
	"gpt-4o-mini-audio-preview-2024-12-17",
	"gpt-4o-mini-search-preview",
	"gpt-4o-mini-search-preview-2025-03-11",
	"gpt-4o-search-preview",
	"gpt-4o-search-preview-2025-03-11",
	"gpt-5",
	"gpt-5-2025-08-07",
	"gpt-5-chat-latest",
	"gpt-5-codex",
	"gpt-5-mini",
	"gpt-5-mini-2025-08-07",
	"gpt-5-nano",
	"gpt-5-nano-2025-08-07",
	"gpt-5-pro",
	"gpt-5-pro-2025-10-06",
	"gpt-5.1",
	"gpt-5.1-2025-11-13",
	"gpt-5.1-chat-latest",
	"gpt-5.1-codex",
	"gpt-5.1-codex-max",
	"gpt-5.1-codex-mini",
	"gpt-5.2",
	"gpt-5.2-2025-12-11",
	"gpt-5.2-chat-latest",
	"gpt-5.2-codex",
	"gpt-5.2-pro",
	"gpt-5.2-pro-2025-12-11",
	"gpt-5.3-chat-latest",
	"gpt-5.3-codex",
	"gpt-5.4",
	"gpt-5.4-2026-03-05",
	"gpt-5.4-mini",
	"gpt-5.4-mini-2026-03-17",
	"gpt-5.4-nano",
	"gpt-5.4-nano-2026-03-17",
	"gpt-5.4-pro",
	"gpt-5.4-pro-2026-03-05",
	"gpt-5.5",
	"gpt-5.5-2026-04-23",
	"gpt-5.5-pro",
	"gpt-5.5-pro-2026-04-23",
	"gpt-5.6-cyber",
	"gpt-5.6-luna",
	"gpt-5.6-sol",
	"gpt-5.6-terra",
	"gpt-audio",
	"gpt-audio-1.5",
	"gpt-audio-2025-08-28",
	"gpt-audio-mini",
	"gpt-audio-mini-2025-10-06",
	"gpt-audio-mini-2025-12-15",
	"gpt-image-1",
	"gpt-oss-120b",
	"gpt-oss-20b",
	"o1",
	"o1-2024-12-17",
	"o1-mini",
	"o1-mini-2024-09-12",
	"o1-preview",
	"o1-preview-2024-09-12",
	"o1-pro",
	"o1-pro-2025-03-19",
	"o3",
	"o3-2025-04-16",
	"o3-deep-research",
	"o3-deep-research-2025-06-26",
	"o3-mini",
	"o3-mini-2025-01-31",
	"o3-pro",
	"o3-pro-2025-06-10",
	"o4-mini",
	"o4-mini-2025-04-16",
	"o4-mini-deep-research",
	"o4-mini-deep-research-2025-06-26"
];
//#endregion


//# sourceMappingURL=modelsChatEnabled.gen.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/_virtual/_rolldown/runtime.js
//#region \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
//#endregion


;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/modelsMap.js

//#region src/modelsMap.ts
var modelsMap_exports = /* @__PURE__ */ __exportAll({
	cl100k_base: () => cl100k_base,
	gpt2: () => gpt2,
	o200k_base: () => o200k_base,
	o200k_harmony: () => o200k_harmony,
	p50k_base: () => p50k_base,
	p50k_edit: () => p50k_edit,
	r50k_base: () => r50k_base
});
const gpt2 = ["gpt2", "gpt-2"];
const p50k_base = [
	"text-davinci-002",
	"text-davinci-003",
	"code-davinci-001",
	"code-davinci-002",
	"davinci-codex",
	"code-cushman-001",
	"code-cushman-002",
	"cushman-codex"
];
const r50k_base = [
	"text-ada-001",
	"text-babbage-001",
	"text-curie-001",
	"text-davinci-001",
	"ada",
	"babbage",
	"curie",
	"davinci",
	"code-search-ada-code-001",
	"code-search-ada-text-001",
	"text-similarity-ada-001",
	"text-search-ada-doc-001",
	"text-search-ada-query-001",
	"text-similarity-babbage-001",
	"text-search-babbage-doc-001",
	"text-search-babbage-query-001",
	"code-search-babbage-code-001",
	"code-search-babbage-text-001",
	"text-similarity-curie-001",
	"text-search-curie-doc-001",
	"text-search-curie-query-001",
	"text-similarity-davinci-001",
	"text-search-davinci-doc-001",
	"text-search-davinci-query-001"
];
const p50k_edit = ["code-davinci-edit-001", "text-davinci-edit-001"];
const cl100k_base = [
	"gpt-3.5",
	"gpt-3.5-0301",
	"gpt-3.5-turbo",
	"gpt-3.5-turbo-0125",
	"gpt-3.5-turbo-0613",
	"gpt-3.5-turbo-1106",
	"gpt-3.5-turbo-16k-0613",
	"gpt-3.5-turbo-instruct",
	"gpt-4",
	"gpt-4-0125-preview",
	"gpt-4-0314",
	"gpt-4-0613",
	"gpt-4-1106-preview",
	"gpt-4-1106-vision-preview",
	"gpt-4-32k",
	"gpt-4-turbo",
	"gpt-4-turbo-2024-04-09",
	"gpt-4-turbo-preview",
	"text-embedding-3-large",
	"text-embedding-3-small",
	"text-embedding-ada-002",
	"babbage-002",
	"davinci-002"
];
const o200k_base = [];
const o200k_harmony = ["gpt-oss-20b", "gpt-oss-120b"];
//#endregion


//# sourceMappingURL=modelsMap.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/mapping.js



//#region src/mapping.ts
const mapping_cl100k_base = "cl100k_base";
const mapping_gpt2 = "gpt2";
const mapping_p50k_base = "p50k_base";
const mapping_p50k_edit = "p50k_edit";
const mapping_r50k_base = "r50k_base";
const mapping_o200k_base = "o200k_base";
const mapping_o200k_harmony = "o200k_harmony";
const DEFAULT_ENCODING = (/* unused pure expression or super */ null && (0));
const encodingNames = [
	mapping_gpt2,
	mapping_p50k_base,
	mapping_r50k_base,
	mapping_p50k_edit,
	mapping_cl100k_base,
	mapping_o200k_base,
	mapping_o200k_harmony
];
/**
* maps model names to encoding names
* if a model is not listed, it uses the default encoding for new models
* which is `o200k_base`
*/
const modelToEncodingMap = Object.fromEntries(Object.entries(modelsMap_exports).flatMap(([encodingName, models]) => models.map((modelName) => [modelName, encodingName])));
const gpt3params = {
	messageSeparator: "\n",
	roleSeparator: "\n"
};
const gpt4params = {
	messageSeparator: "",
	roleSeparator: ImSep
};
const chatModelParams = Object.fromEntries(chatEnabledModels.flatMap((modelName) => modelName.startsWith("gpt-3.5") ? [[modelName, gpt3params]] : [[modelName, gpt4params]]));
//#endregion


//# sourceMappingURL=mapping.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/constants.js
//#region src/encodingParams/constants.ts
const R50K_TOKEN_SPLIT_REGEX = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;
const CONTRACTION_SUFFIX_PATTERN = String.raw`'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE])`;
const OPTIONAL_CONTRACTION_SUFFIX = String.raw`(?:${CONTRACTION_SUFFIX_PATTERN})?`;
const CL100K_TOKEN_SPLIT_PATTERN = String.raw`${CONTRACTION_SUFFIX_PATTERN}|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s+$|\s*[\r\n]|\s+(?!\S)|\s`;
const CL100K_TOKEN_SPLIT_REGEX = new RegExp(CL100K_TOKEN_SPLIT_PATTERN, "gu");
const O200K_TOKEN_SPLIT_PATTERN = String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+${OPTIONAL_CONTRACTION_SUFFIX}|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*${OPTIONAL_CONTRACTION_SUFFIX}|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+`;
const O200K_TOKEN_SPLIT_REGEX = new RegExp(O200K_TOKEN_SPLIT_PATTERN, "gu");
//#endregion


//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/cl100k_base.js


//#region src/encodingParams/cl100k_base.ts
function Cl100KBase(bytePairRankDecoder) {
	return {
		tokenSplitRegex: CL100K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder: /* @__PURE__ */ new Map([
			[EndOfText, 100257],
			[FimPrefix, 100258],
			[FimMiddle, 100259],
			[FimSuffix, 100260],
			[ImStart, 100264],
			[ImEnd, 100265],
			[ImSep, 100266],
			[EndOfPrompt, 100276]
		])
	};
}
//#endregion


//# sourceMappingURL=cl100k_base.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/o200k_base.js


//#region src/encodingParams/o200k_base.ts
const O200K_BASE_SPECIAL_TOKEN_ENTRIES = [
	[EndOfText, 199999],
	[FimPrefix, 2e5],
	[FimMiddle, 200001],
	[FimSuffix, 200002],
	[ImStart, 200003],
	[ImEnd, 200004],
	[ImSep, 200005],
	[EndOfPrompt, 200006]
];
const createO200KSpecialTokenMap = () => new Map(O200K_BASE_SPECIAL_TOKEN_ENTRIES);
function O200KBase(bytePairRankDecoder) {
	return {
		tokenSplitRegex: O200K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder: createO200KSpecialTokenMap()
	};
}
//#endregion


//# sourceMappingURL=o200k_base.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/o200k_harmony.js


//#region src/encodingParams/o200k_harmony.ts
const RESERVED_TOKEN_RANGE_START = 200013;
const RESERVED_TOKEN_RANGE_END = 201088;
const STATIC_SPECIAL_TOKEN_ENTRIES = [
	[HarmonyStartOfText, 199998],
	[EndOfText, 199999],
	["<|reserved_200000|>", 2e5],
	["<|reserved_200001|>", 200001],
	[HarmonyReturn, 200002],
	[HarmonyConstrain, 200003],
	["<|reserved_200004|>", 200004],
	[HarmonyChannel, 200005],
	[HarmonyStart, 200006],
	[HarmonyEnd, 200007],
	[HarmonyMessage, 200008],
	["<|reserved_200009|>", 200009],
	["<|reserved_200010|>", 200010],
	["<|reserved_200011|>", 200011],
	[HarmonyCall, 200012]
];
function O200KHarmony(bytePairRankDecoder) {
	const specialTokensEncoder = new Map(STATIC_SPECIAL_TOKEN_ENTRIES);
	for (let tokenId = RESERVED_TOKEN_RANGE_START; tokenId < RESERVED_TOKEN_RANGE_END; tokenId += 1) specialTokensEncoder.set(`<|reserved_${tokenId}|>`, tokenId);
	specialTokensEncoder.set(EndOfPrompt, 200018);
	return {
		tokenSplitRegex: O200K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder,
		chatFormatter: "harmony"
	};
}
//#endregion


//# sourceMappingURL=o200k_harmony.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/p50k_base.js



//#region src/encodingParams/p50k_base.ts
function P50KBase(bytePairRankDecoder) {
	return {
		expectedVocabularySize: 50281,
		tokenSplitRegex: R50K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder: /* @__PURE__ */ new Map([[EndOfText, 50256]])
	};
}
//#endregion


//# sourceMappingURL=p50k_base.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/p50k_edit.js



//#region src/encodingParams/p50k_edit.ts
function P50KEdit(bytePairRankDecoder) {
	return {
		tokenSplitRegex: R50K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder: /* @__PURE__ */ new Map([
			[EndOfText, 50256],
			[FimPrefix, 50281],
			[FimMiddle, 50282],
			[FimSuffix, 50283]
		])
	};
}
//#endregion


//# sourceMappingURL=p50k_edit.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/encodingParams/r50k_base.js



//#region src/encodingParams/r50k_base.ts
function R50KBase(bytePairRankDecoder) {
	return {
		expectedVocabularySize: 50257,
		tokenSplitRegex: R50K_TOKEN_SPLIT_REGEX,
		bytePairRankDecoder,
		specialTokensEncoder: /* @__PURE__ */ new Map([[EndOfText, 50256]])
	};
}
//#endregion


//# sourceMappingURL=r50k_base.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/modelParams.js






//#region src/modelParams.ts
function getEncodingParams(encodingName, getMergeableRanks) {
	const mergeableBytePairRanks = getMergeableRanks(encodingName);
	switch (encodingName.toLowerCase()) {
		case "gpt2":
		case "r50k_base": return R50KBase(mergeableBytePairRanks);
		case "p50k_base": return P50KBase(mergeableBytePairRanks);
		case "p50k_edit": return P50KEdit(mergeableBytePairRanks);
		case "cl100k_base": return Cl100KBase(mergeableBytePairRanks);
		case "o200k_base": return O200KBase(mergeableBytePairRanks);
		case "o200k_harmony": return O200KHarmony(mergeableBytePairRanks);
		default: throw new Error(`Unknown encoding name: ${encodingName}`);
	}
}
//#endregion


//# sourceMappingURL=modelParams.js.map
;// CONCATENATED MODULE: ./node_modules/gpt-tokenizer/esm/GptEncoding.js








//#region src/GptEncoding.ts
var GptEncoding = class GptEncoding {
	static EndOfPrompt = EndOfPrompt;
	static EndOfText = EndOfText;
	static FimMiddle = FimMiddle;
	static FimPrefix = FimPrefix;
	static FimSuffix = FimSuffix;
	modelName;
	modelSpec;
	bytePairEncodingCoreProcessor;
	specialTokensEncoder;
	specialTokensSet;
	allSpecialTokenRegex;
	defaultSpecialTokenConfig;
	chatFormatter;
	countChatCompletionTokens;
	vocabularySize;
	constructor({ bytePairRankDecoder: mergeableBytePairRanks, specialTokensEncoder, expectedVocabularySize, modelName, modelSpec, chatFormatter, ...rest }) {
		this.specialTokensEncoder = specialTokensEncoder;
		this.specialTokensSet = new Set(this.specialTokensEncoder.keys());
		this.allSpecialTokenRegex = getSpecialTokenRegex(this.specialTokensSet);
		this.bytePairEncodingCoreProcessor = new BytePairEncodingCore({
			bytePairRankDecoder: mergeableBytePairRanks,
			specialTokensEncoder,
			...rest
		});
		this.defaultSpecialTokenConfig = this.processSpecialTokens();
		const maxTokenValue = Math.max(mergeableBytePairRanks.length - 1, getMaxValueFromMap(specialTokensEncoder));
		this.vocabularySize = this.bytePairEncodingCoreProcessor.mergeableBytePairRankCount + specialTokensEncoder.size;
		if (expectedVocabularySize !== void 0) {
			if (this.vocabularySize !== expectedVocabularySize) throw new Error("The number of mergeable tokens and special tokens must be equal to expectedVocabularySize.");
			if (maxTokenValue !== expectedVocabularySize - 1) throw new Error(`The model encodings are invalid. The maximum token value must be equal to expectedVocabularySize - 1. Currently ${maxTokenValue}, expected ${expectedVocabularySize - 1}`);
		}
		this.encode = this.encode.bind(this);
		this.decode = this.decode.bind(this);
		this.encodeGenerator = this.encodeGenerator.bind(this);
		this.decodeGenerator = this.decodeGenerator.bind(this);
		this.decodeAsyncGenerator = this.decodeAsyncGenerator.bind(this);
		this.decodeAsync = this.decodeAsync.bind(this);
		this.isWithinTokenLimit = this.isWithinTokenLimit.bind(this);
		this.encodeChat = this.encodeChat.bind(this);
		this.encodeChatGenerator = this.encodeChatGenerator.bind(this);
		this.countTokens = this.countTokens.bind(this);
		this.setMergeCacheSize = this.setMergeCacheSize.bind(this);
		this.clearMergeCache = this.clearMergeCache.bind(this);
		this.estimateCost = this.estimateCost.bind(this);
		if (modelSpec?.supported_features?.includes("function_calling")) this.countChatCompletionTokens = this.countChatCompletionTokensInternal.bind(this);
		this.modelName = modelName;
		this.modelSpec = modelSpec;
		this.chatFormatter = chatFormatter ?? "chatml";
	}
	*encodeHarmonyChatGenerator(chat, encodeOptions) {
		const harmonyStart = this.specialTokensEncoder.get(HarmonyStart);
		const harmonyMessage = this.specialTokensEncoder.get(HarmonyMessage);
		const harmonyEnd = this.specialTokensEncoder.get(HarmonyEnd);
		const harmonyReturn = this.specialTokensEncoder.get(HarmonyReturn);
		const harmonyCall = this.specialTokensEncoder.get(HarmonyCall);
		const harmonyChannel = this.specialTokensEncoder.get(HarmonyChannel);
		const harmonyConstrain = this.specialTokensEncoder.get(HarmonyConstrain);
		if (harmonyStart === void 0 || harmonyMessage === void 0 || harmonyEnd === void 0 || harmonyReturn === void 0 || harmonyCall === void 0 || harmonyChannel === void 0 || harmonyConstrain === void 0) throw new Error("Harmony chat format requires dedicated special tokens.");
		const encodeHeaderText = (text) => text.length > 0 ? this.encode(text) : [];
		const resolveTerminatorToken = (terminator) => {
			switch (terminator) {
				case "<|return|>": return harmonyReturn;
				case "<|call|>": return harmonyCall;
				default: return harmonyEnd;
			}
		};
		for (const message of chat) {
			if (message.content === void 0) throw new Error("Content must be defined for all messages.");
			const roleOrName = message.name ?? message.role ?? "user";
			yield [harmonyStart];
			yield encodeHeaderText(roleOrName);
			const recipientInRole = message.recipient && (message.recipientPlacement === "role" || !message.channel);
			const recipientInChannel = message.recipient && !recipientInRole;
			if (recipientInRole) yield encodeHeaderText(` to=${message.recipient}`);
			if (message.channel) {
				yield [harmonyChannel];
				yield encodeHeaderText(message.channel);
				if (recipientInChannel) yield encodeHeaderText(` to=${message.recipient}`);
			}
			if (message.constraint) {
				yield [harmonyConstrain];
				yield encodeHeaderText(message.constraint);
			}
			yield [harmonyMessage];
			yield* this.encodeGenerator(message.content, encodeOptions);
			yield [resolveTerminatorToken(message.terminator)];
		}
		const assistantPrime = encodeOptions?.primeWithAssistantResponse ?? "assistant";
		if (assistantPrime.length > 0) {
			yield [harmonyStart];
			yield encodeHeaderText(assistantPrime);
		}
	}
	static getEncodingApi(encodingName, getMergeableRanks) {
		const modelParams = getEncodingParams(encodingName, getMergeableRanks);
		return new GptEncoding(modelParams);
	}
	static getEncodingApiForModel(modelName, getMergeableRanks, modelSpec) {
		const encodingName = modelToEncodingMap[modelName] ?? "o200k_base";
		const modelParams = getEncodingParams(encodingName, getMergeableRanks);
		return new GptEncoding({
			...modelParams,
			modelName,
			modelSpec
		});
	}
	processSpecialTokens({ allowedSpecial, disallowedSpecial } = {}) {
		let regexPattern;
		if (allowedSpecial === "all" || allowedSpecial?.has("all")) {
			allowedSpecial = new Set(this.specialTokensSet);
			const allowedSpecialSet = allowedSpecial;
			if (disallowedSpecial === "all") throw new Error("allowedSpecial and disallowedSpecial cannot both be set to \"all\".");
			if (typeof disallowedSpecial === "object") disallowedSpecial.forEach((val) => allowedSpecialSet.delete(val));
			else disallowedSpecial = /* @__PURE__ */ new Set();
		}
		if (!disallowedSpecial || disallowedSpecial === "all" || disallowedSpecial.has("all")) {
			disallowedSpecial = new Set(this.specialTokensSet);
			const disallowedSpecialSet = disallowedSpecial;
			if (allowedSpecial?.size) {
				allowedSpecial.forEach((val) => disallowedSpecialSet.delete(val));
				disallowedSpecial.forEach((val) => allowedSpecial.delete(val));
				if (disallowedSpecial.size > 0) regexPattern = getSpecialTokenRegex(disallowedSpecial);
			} else regexPattern = this.allSpecialTokenRegex;
		}
		return {
			allowedSpecial,
			regexPattern
		};
	}
	encodeGenerator(lineToEncode, encodeOptions) {
		const specialTokenConfig = encodeOptions ? this.processSpecialTokens(encodeOptions) : this.defaultSpecialTokenConfig;
		if (specialTokenConfig.regexPattern) {
			const match = lineToEncode.match(specialTokenConfig.regexPattern);
			if (match !== null) throw new Error(`Disallowed special token found: ${match[0]}`);
		}
		return this.bytePairEncodingCoreProcessor.encodeNativeGenerator(lineToEncode, specialTokenConfig.allowedSpecial);
	}
	encode(lineToEncode, encodeOptions) {
		const specialTokenConfig = encodeOptions ? this.processSpecialTokens(encodeOptions) : this.defaultSpecialTokenConfig;
		if (specialTokenConfig.regexPattern) {
			const match = lineToEncode.match(specialTokenConfig.regexPattern);
			if (match !== null) throw new Error(`Disallowed special token found: ${match[0]}`);
		}
		return this.bytePairEncodingCoreProcessor.encodeNative(lineToEncode, specialTokenConfig.allowedSpecial);
	}
	/**
	* Progressively tokenizes an OpenAI chat.
	* Warning: gpt-3.5-turbo and gpt-4 chat format may change over time.
	* Returns tokens assuming the 'gpt-3.5-turbo-0301' / 'gpt-4-0314' format.
	* Based on OpenAI's guidelines: https://github.com/openai/openai-python/blob/main/chatml.md
	* Also mentioned in section 6 of this document: https://github.com/openai/openai-cookbook/blob/main/examples/How_to_count_tokens_with_tiktoken.ipynb
	* @param encodeOptions Options controlling how special tokens are handled.
	*/
	*encodeChatGenerator(chat, model = this.modelName, encodeOptions) {
		if (!model) throw new Error("Model name must be provided either during initialization or passed in to the method.");
		const params = chatModelParams[model];
		if (!params) throw new Error(`Model '${model}' does not support chat.`);
		if (this.chatFormatter === "harmony") {
			yield* this.encodeHarmonyChatGenerator(chat, encodeOptions);
			return;
		}
		const chatStartToken = this.specialTokensEncoder.get(ImStart);
		const chatEndToken = this.specialTokensEncoder.get(ImEnd);
		if (chatStartToken === void 0 || chatEndToken === void 0) throw new Error(`Model '${model}' does not support chat.`);
		const allowedSpecial = /* @__PURE__ */ new Set([ImSep]);
		const { messageSeparator, roleSeparator } = params;
		const encodedMessageSeparator = messageSeparator.length > 0 ? this.encode(messageSeparator) : [];
		const encodedRoleSeparator = roleSeparator.length > 0 ? this.encode(roleSeparator, { allowedSpecial }) : [];
		const nameCache = /* @__PURE__ */ new Map();
		for (const { role = "system", name = role, content } of chat) {
			if (content === void 0) throw new Error("Content must be defined for all messages.");
			yield [chatStartToken];
			const encodedName = nameCache.get(name) ?? this.encode(name);
			nameCache.set(name, encodedName);
			yield encodedName;
			if (encodedRoleSeparator.length > 0) yield encodedRoleSeparator;
			yield* this.encodeGenerator(content, encodeOptions);
			yield [chatEndToken];
			yield encodedMessageSeparator;
		}
		const assistantPrime = encodeOptions?.primeWithAssistantResponse ?? "assistant";
		if (assistantPrime.length > 0) {
			yield [chatStartToken];
			yield* this.encodeGenerator(assistantPrime, encodeOptions);
		}
		if (encodedRoleSeparator.length > 0) yield encodedRoleSeparator;
	}
	/**
	* Encodes a chat into a single array of tokens.
	* Warning: gpt-3.5-turbo and gpt-4 chat format may change over time.
	* Returns tokens assuming the 'gpt-3.5-turbo-0301' / 'gpt-4-0314' format.
	* Based on OpenAI's guidelines: https://github.com/openai/openai-python/blob/main/chatml.md
	* Also mentioned in section 6 of this document: https://github.com/openai/openai-cookbook/blob/main/examples/How_to_count_tokens_with_tiktoken.ipynb
	* @param encodeOptions Options controlling how special tokens are handled.
	*/
	encodeChat(chat, model = this.modelName, encodeOptions) {
		return [...this.encodeChatGenerator(chat, model, encodeOptions)].flat();
	}
	/**
	* Checks whether the provided input stays within the provided token limit.
	* @param input The string or chat messages to evaluate.
	* @param tokenLimit The maximum allowed number of tokens.
	* @param encodeOptions Options controlling how special tokens are handled.
	* @returns {false | number} false if token limit is exceeded, otherwise the number of tokens
	*/
	isWithinTokenLimit(input, tokenLimit, encodeOptions) {
		const tokenGenerator = typeof input === "string" ? this.encodeGenerator(input, encodeOptions) : this.encodeChatGenerator(input, void 0, encodeOptions);
		let count = 0;
		for (const tokens of tokenGenerator) {
			count += tokens.length;
			if (count > tokenLimit) return false;
		}
		return count;
	}
	/**
	* Counts the number of tokens in the input.
	* @param input The string or chat messages to evaluate.
	* @param encodeOptions Options controlling how special tokens are handled.
	* @returns {number} The number of tokens.
	*/
	countTokens(input, encodeOptions) {
		if (typeof input === "string") {
			const specialTokenConfig = encodeOptions ? this.processSpecialTokens(encodeOptions) : this.defaultSpecialTokenConfig;
			if (specialTokenConfig.regexPattern) {
				const match = input.match(specialTokenConfig.regexPattern);
				if (match !== null) throw new Error(`Disallowed special token found: ${match[0]}`);
			}
			return this.bytePairEncodingCoreProcessor.countNative(input, specialTokenConfig.allowedSpecial);
		}
		const tokenGenerator = this.encodeChatGenerator(input, void 0, encodeOptions);
		let count = 0;
		for (const tokens of tokenGenerator) count += tokens.length;
		return count;
	}
	countStringTokens(text) {
		if (!text) return 0;
		return this.bytePairEncodingCoreProcessor.countNative(text);
	}
	countChatCompletionTokensInternal(request) {
		return computeChatCompletionTokenCount(request, (text) => this.countStringTokens(text));
	}
	setMergeCacheSize(size) {
		this.bytePairEncodingCoreProcessor.setMergeCacheSize(size);
	}
	clearMergeCache() {
		this.bytePairEncodingCoreProcessor.clearMergeCache();
	}
	decode(inputTokensToDecode) {
		return this.bytePairEncodingCoreProcessor.decodeNative(inputTokensToDecode);
	}
	*decodeGenerator(inputTokensToDecode) {
		const decodedByteGenerator = this.bytePairEncodingCoreProcessor.decodeNativeGenerator(inputTokensToDecode);
		let buffer = "";
		for (const decodedPart of decodedByteGenerator) {
			buffer += typeof decodedPart === "string" ? decodedPart : decoder.decode(decodedPart, { stream: true });
			if (buffer.length === 0 || endsWithIncompleteUtfPairSurrogate(buffer)) continue;
			else {
				yield buffer;
				buffer = "";
			}
		}
		if (buffer.length > 0) yield buffer;
	}
	async *decodeAsyncGenerator(inputTokensToDecode) {
		const decodedByteGenerator = this.bytePairEncodingCoreProcessor.decodeNativeAsyncIterable(inputTokensToDecode);
		let buffer = "";
		for await (const decodedPart of decodedByteGenerator) {
			buffer += typeof decodedPart === "string" ? decodedPart : decoder.decode(decodedPart, { stream: true });
			if (buffer.length === 0 || endsWithIncompleteUtfPairSurrogate(buffer)) continue;
			else {
				yield buffer;
				buffer = "";
			}
		}
		if (buffer.length > 0) yield buffer;
	}
	async decodeAsync(inputTokensToDecode) {
		const decodedByteGenerator = this.bytePairEncodingCoreProcessor.decodeNativeAsyncIterable(inputTokensToDecode);
		let buffer = "";
		for await (const decodedPart of decodedByteGenerator) buffer += typeof decodedPart === "string" ? decodedPart : decoder.decode(decodedPart, { stream: true });
		return buffer;
	}
	/**
	* Estimates the cost of processing a given token count using the model's pricing.
	*
	* @param tokenCount - The number of tokens to estimate cost for
	* @returns Cost estimate object with applicable price components (input, output, batchInput, batchOutput)
	*/
	estimateCost(tokenCount, modelSpec = this.modelSpec) {
		if (!modelSpec) throw new Error("Model spec must be provided either during initialization or passed in to the method.");
		if (!modelSpec.price_data) throw new Error(`No cost information available for model: ${modelSpec.name}`);
		const priceDataPerMillion = modelSpec.price_data;
		const result = {};
		const millionTokens = tokenCount / 1e6;
		if (priceDataPerMillion.main) result.main = {
			input: priceDataPerMillion.main.input && priceDataPerMillion.main.input * millionTokens,
			output: priceDataPerMillion.main.output && priceDataPerMillion.main.output * millionTokens,
			cached_input: priceDataPerMillion.main.cached_input && priceDataPerMillion.main.cached_input * millionTokens,
			cached_output: priceDataPerMillion.main.cached_output && priceDataPerMillion.main.cached_output * millionTokens
		};
		if (priceDataPerMillion.batch) result.batch = {
			input: priceDataPerMillion.batch.input && priceDataPerMillion.batch.input * millionTokens,
			output: priceDataPerMillion.batch.output && priceDataPerMillion.batch.output * millionTokens,
			cached_input: priceDataPerMillion.batch.cached_input && priceDataPerMillion.batch.cached_input * millionTokens,
			cached_output: priceDataPerMillion.batch.cached_output && priceDataPerMillion.batch.cached_output * millionTokens
		};
		return result;
	}
};
//#endregion


//# sourceMappingURL=GptEncoding.js.map
// EXTERNAL MODULE: ./src/tokens/encodings.ts + 2 modules
var encodings = __nccwpck_require__(549);
;// CONCATENATED MODULE: ./src/tokens/long-pieces.ts
const LONG_PIECE_CHARS = 100;
const MAX_PIECE_BYTES = 64 * 1024;
const NONE = 0x7fffffff;
const SHIFT = 2 ** 32;
class RankTable {
    pairs = new Int32Array(65536).fill(NONE);
    byBytes = new Map();
    maxTokenBytes;
    constructor(ranks) {
        let longest = 0;
        ranks.forEach((value, rank) => {
            if (value === null || value === undefined)
                return;
            const key = typeof value === 'string' ? latin1OfText(value) : Buffer.from(value).toString('latin1');
            this.byBytes.set(key, rank);
            if (key.length === 2)
                this.pairs[(key.charCodeAt(0) << 8) | key.charCodeAt(1)] = rank;
            longest = Math.max(longest, key.length);
        });
        this.maxTokenBytes = longest;
    }
    rank(latin1, start, end) {
        const length = end - start;
        if (length === 2)
            return this.pairs[(latin1.charCodeAt(start) << 8) | latin1.charCodeAt(start + 1)];
        if (length > this.maxTokenBytes)
            return NONE;
        return this.byBytes.get(latin1.slice(start, end)) ?? NONE;
    }
}
function latin1OfText(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f)
            return Buffer.from(text, 'utf8').toString('latin1');
    return text;
}
function mergePiece(bytes, table) {
    const n = bytes.length;
    if (n === 0)
        return [];
    if (n === 1)
        return [table.rank(bytes, 0, 1)];
    const end = new Int32Array(n);
    const nextEnd = new Int32Array(n);
    const prev = new Int32Array(n);
    const nextRank = new Int32Array(n);
    const ownRank = new Int32Array(n).fill(NONE);
    const heap = new Float64Array(2 * n);
    let size = 0;
    const push = (rank, start) => {
        const key = rank * SHIFT + start;
        let i = size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heap[parent] <= key)
                break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    };
    const pop = () => {
        const top = heap[0];
        const last = heap[--size];
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= size)
                break;
            if (child + 1 < size && heap[child + 1] < heap[child])
                child++;
            if (heap[child] >= last)
                break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return top;
    };
    for (let i = 0; i < n; i++) {
        end[i] = i + 1;
        nextEnd[i] = i + 2;
        prev[i] = i - 1;
        const rank = i < n - 1 ? table.rank(bytes, i, i + 2) : NONE;
        nextRank[i] = rank;
        if (rank !== NONE)
            push(rank, i);
    }
    const candidate = (start, after) => {
        nextEnd[start] = after;
        const rank = after <= n ? table.rank(bytes, start, after) : NONE;
        nextRank[start] = rank;
        if (rank !== NONE)
            push(rank, start);
    };
    while (size > 0) {
        const key = pop();
        const rank = Math.floor(key / SHIFT);
        const left = key - rank * SHIFT;
        if (rank !== nextRank[left])
            continue;
        const right = end[left];
        const rightEnd = nextEnd[left];
        ownRank[left] = rank;
        end[left] = rightEnd;
        candidate(left, nextEnd[right]);
        if (rightEnd < n)
            prev[rightEnd] = left;
        if (left > 0)
            candidate(prev[left], rightEnd);
        nextRank[right] = NONE;
    }
    const tokens = [];
    for (let i = 0; i < n; i = end[i])
        tokens.push(ownRank[i] !== NONE ? ownRank[i] : table.rank(bytes, i, end[i]));
    return tokens;
}
function encodeLongPiece(text, table, maxPartBytes = MAX_PIECE_BYTES) {
    const bytes = Buffer.from(text, 'utf8').toString('latin1');
    const tokens = [];
    let previous;
    for (let start = 0; start < bytes.length;) {
        let stop = Math.min(bytes.length, start + maxPartBytes);
        while (stop < bytes.length && stop > start + 1 && (bytes.charCodeAt(stop) & 0xc0) === 0x80)
            stop--;
        const part = bytes.slice(start, stop);
        const partTokens = previous?.part === part ? previous.tokens : mergePiece(part, table);
        previous = { part, tokens: partTokens };
        for (const t of partTokens)
            tokens.push(t);
        start = stop;
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/tokens/large-input-counter.ts




const PLAIN_TEXT = { disallowedSpecial: new Set() };
const MERGE_CACHE_ENTRIES = 20_000;
function loadRanks(encoding) {
    return JSON.parse((0,external_node_fs_.readFileSync)((0,encodings/* rankFile */.Z0)(`${encoding}.json`), 'utf8'));
}
function loadLargeInputCounter(encoding) {
    const ranks = loadRanks(encoding);
    const api = GptEncoding.getEncodingApi(encoding, () => ranks);
    api.setMergeCacheSize(MERGE_CACHE_ENTRIES);
    mergeLongPiecesInLinearithmicTime(api, ranks);
    return text => (text.length === 0 ? 0 : api.countTokens(text, PLAIN_TEXT));
}
function mergeLongPiecesInLinearithmicTime(api, ranks) {
    const core = api
        .bytePairEncodingCoreProcessor;
    if (typeof core?.bytePairEncode !== 'function')
        throw new Error('gpt-tokenizer changed: its core no longer has bytePairEncode (src/tokens/encodings.ts)');
    const own = core.bytePairEncode.bind(core);
    let table;
    core.bytePairEncode = (piece) => piece.length < LONG_PIECE_CHARS ? own(piece) : encodeLongPiece(piece, (table ??= new RankTable(ranks)));
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(810);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
