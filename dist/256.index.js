export const id = 256;
export const ids = [256];
export const modules = {

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var core = __webpack_require__(2847);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
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
    const crypto = (0,external_node_module_.createRequire)(import.meta.url)('node:crypto');
    return crypto.randomBytes(bytes).toString('hex');
}

// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
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

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k6: () => (/* binding */ UPLOADS_API_THRESHOLD_BYTES),
  xy: () => (/* binding */ analyzeFile)
});

// UNUSED EXPORTS: MIN_TRAINING_EXAMPLES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/dataset/analyze-line.ts + 2 modules
var analyze_line = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/dataset/check-line.ts + 4 modules
var check_line = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var dataset_findings = __webpack_require__(8052);
// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __webpack_require__(8288);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ FIELDS_PER_LINE),
  D7: () => (/* binding */ analyzeBatch)
});

// UNUSED EXPORTS: BatchFindings, DEFAULT_MAX_LISTED_FINDINGS, analyzeLine

// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __webpack_require__(8716);
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
var check_line = __webpack_require__(6109);
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
var read_lines = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/dataset/rules/grader-fields.ts
var grader_fields = __webpack_require__(9659);
// EXTERNAL MODULE: ./src/dataset/rules/together.ts
var together = __webpack_require__(5784);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ checkExample),
  A: () => (/* binding */ parseLine)
});

// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/dataset/rules/messages.ts
var rules_messages = __webpack_require__(5650);
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
var errors = __webpack_require__(3916);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   K9: () => (/* binding */ FORMAT_OF_METHOD),
/* harmony export */   M2: () => (/* binding */ decideFormat),
/* harmony export */   _N: () => (/* binding */ METHOD_OF_FORMAT),
/* harmony export */   fm: () => (/* binding */ FORMAT_LABEL),
/* harmony export */   kj: () => (/* binding */ shapeOfFormat)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8716);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ readBatches),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES),
/* harmony export */   jN: () => (/* binding */ decodeBatch)
/* harmony export */ });
/* unused harmony export MAX_BATCH_LINES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);


const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;
const MAX_BATCH_LINES = 8192;
const NEWLINE = 0x0a;
const CR = 0x0d;
const EMPTY_LINE = Buffer.from([NEWLINE]);
async function* readBatches(path, options) {
    const { maxLineBytes, onProgress } = options;
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: options.chunkBytes ?? 1 << 20 });
    let carry = [];
    let carryBytes = 0;
    let skipping = false;
    let nextLine = 1;
    let bytesRead = 0;
    let first = true;
    for await (const chunk of stream) {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ checkGraderFields),
/* harmony export */   F9: () => (/* binding */ graderFields)
/* harmony export */ });
/* unused harmony export GRADER_TYPES */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8716);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ checkFunctions),
/* harmony export */   Fv: () => (/* binding */ checkMessages),
/* harmony export */   Gd: () => (/* binding */ checkTools),
/* harmony export */   jx: () => (/* binding */ MAX_IMAGES_PER_EXAMPLE),
/* harmony export */   qJ: () => (/* binding */ newExampleState)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8716);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkTogetherLine),
/* harmony export */   j: () => (/* binding */ togetherFormatOf)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9808);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8716);


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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   HN: () => (/* binding */ confineInput),
/* harmony export */   Sr: () => (/* binding */ confineOutput),
/* harmony export */   WB: () => (/* binding */ rememberInput),
/* harmony export */   oS: () => (/* binding */ workspaceRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



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


/***/ })

};
