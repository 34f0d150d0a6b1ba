export const id = 21;
export const ids = [21,257];
export const modules = {

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TERMINAL_STATUSES: () => (/* reexport */ TERMINAL_STATUSES),
  createBackend: () => (/* binding */ createBackend)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/backend/provider.ts
var provider = __webpack_require__(8115);
;// CONCATENATED MODULE: ./src/backend/openai/chat.ts
const CHAT_TIMEOUT_MS = 60_000;
const CHAT_RETRIES = 4;
async function complete(client, model, messages, sampling) {
    const response = await client.chat.completions.create({
        model,
        messages: messages,
        temperature: sampling.temperature,
        ...(sampling.seed !== undefined && { seed: sampling.seed }),
        max_completion_tokens: sampling.maxTokens,
    }, { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES });
    return {
        text: response.choices[0]?.message?.content ?? '',
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
    };
}
async function shutdownDate(client, model) {
    const info = (await client.models.retrieve(model, { maxRetries: 1 }));
    if (typeof info.shutdown_date === 'string')
        return info.shutdown_date.slice(0, 10);
    if (typeof info.shutdown_date === 'number')
        return new Date(info.shutdown_date * 1000).toISOString().slice(0, 10);
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/dataset/analyze-file.ts + 1 modules
var analyze_file = __webpack_require__(6343);
;// CONCATENATED MODULE: ./src/backend/spend-once.ts



const ATTEMPTS = 5;
const BACKOFF_MS = 1000;
async function spendOnce(options) {
    for (let i = 1;; i++) {
        try {
            return await options.attempt();
        }
        catch (error) {
            const failure = options.classify(error);
            if (failure.kind === 'final' || i >= ATTEMPTS)
                throw error;
            const backoff = BACKOFF_MS * 2 ** (i - 1);
            const wait = failure.kind === 'refused' ? (failure.retryAfterMs ?? backoff) : backoff;
            const maybeDone = failure.kind === 'maybe-done';
            core/* info */.pq(`The ${options.what} did not get through (${(0,errors/* messageOf */.b)(error)}); ${maybeDone ? 'checking whether it took effect, then ' : ''}retrying in ${Math.round(wait / 1000)} s (attempt ${i + 1} of ${ATTEMPTS}).`);
            await (0,external_node_timers_promises_.setTimeout)(wait);
            if (maybeDone) {
                const done = await options.lookup();
                if (done !== undefined) {
                    core/* info */.pq(`The ${options.what} had taken effect after all: using it.`);
                    return done;
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/backend/openai/errors.ts

function classifyOpenAIError(error) {
    if (error instanceof openai/* RateLimitError */.OE)
        return { kind: 'refused', retryAfterMs: retryAfterMs(error) };
    if (error instanceof openai/* APIConnectionError */.xX || (error instanceof openai/* APIError */.LG && (error.status ?? 0) >= 500))
        return { kind: 'maybe-done' };
    return { kind: 'final' };
}
function retryAfterMs(error) {
    const header = error.headers?.get('retry-after-ms') ?? undefined;
    if (header && Number.isFinite(Number(header)))
        return Number(header);
    const seconds = error.headers?.get('retry-after');
    return seconds && Number.isFinite(Number(seconds)) ? Number(seconds) * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/backend/openai/files.ts









const PART_BYTES = 64 * 1024 * 1024;
const PROCESSING_LIMIT_MS = 30 * 60_000;
async function uploadOnce(client, path, filename, options = {}) {
    const { size } = await (0,promises_.stat)(path);
    const find = async () => {
        for await (const f of client.files.list({ purpose: 'fine-tune', limit: 100 })) {
            if (f.filename === filename && f.bytes === size && f.status !== 'error')
                return f;
        }
        return undefined;
    };
    const existing = await find();
    if (existing) {
        core/* info */.pq(`${filename} is already on the server as ${existing.id}: not uploading it again.`);
        return waitProcessed(client, existing);
    }
    const viaParts = size > (options.threshold ?? analyze_file/* UPLOADS_API_THRESHOLD_BYTES */.k6);
    core/* info */.pq(`Uploading ${path} as ${filename} (${(size / 1048576).toFixed(1)} MB${viaParts ? ', in parts through the Uploads API' : ''})`);
    const file = await spendOnce({
        what: `upload of ${filename}`,
        lookup: find,
        classify: classifyOpenAIError,
        attempt: () => viaParts
            ? uploadInParts(client, path, filename, size, options.partBytes ?? PART_BYTES)
            : (0,openai/* toFile */.eZ)((0,external_node_fs_.createReadStream)(path), filename).then(file => client.files.create({ file, purpose: 'fine-tune' }, { maxRetries: 0 })),
    });
    core/* info */.pq(`Uploaded ${filename}: ${file.id}`);
    return waitProcessed(client, file);
}
async function uploadInParts(client, path, filename, size, partBytes) {
    const upload = await client.uploads.create({ bytes: size, filename, mime_type: 'application/jsonl', purpose: 'fine-tune' }, { maxRetries: 0 });
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const partIds = [];
    const handle = await (0,promises_.open)(path);
    try {
        for (let offset = 0, n = 1; offset < size; offset += partBytes, n++) {
            const buffer = Buffer.alloc(Math.min(partBytes, size - offset));
            await handle.read(buffer, 0, buffer.length, offset);
            md5.update(buffer);
            const part = await client.uploads.parts.create(upload.id, { data: await (0,openai/* toFile */.eZ)(buffer, `${filename}.part${n}`) });
            partIds.push(part.id);
            core/* info */.pq(`  part ${n} of ${Math.ceil(size / partBytes)} uploaded`);
        }
    }
    finally {
        await handle.close();
    }
    const done = await client.uploads.complete(upload.id, { part_ids: partIds, md5: md5.digest('hex') }, { maxRetries: 0 });
    if (!done.file)
        throw new Error(`The upload ${upload.id} completed without a file`);
    return done.file;
}
async function waitProcessed(client, file) {
    let current = file;
    const deadline = Date.now() + PROCESSING_LIMIT_MS;
    for (let wait = 250; current.status === 'uploaded' || current.status === 'pending'; wait = Math.min(wait * 2, 5000)) {
        if (Date.now() > deadline)
            throw new Error(`${current.filename} (${current.id}) is still ${current.status} after ${PROCESSING_LIMIT_MS / 60_000} minutes; the server has not processed it`);
        await (0,external_node_timers_promises_.setTimeout)(wait);
        current = await client.files.retrieve(current.id);
    }
    if (current.status === 'error')
        throw new Error(`The server could not process ${current.filename} (${current.id}): ${current.status_details ?? 'no details'}`);
    return current;
}

// EXTERNAL MODULE: ./src/backend/training-key.ts
var training_key = __webpack_require__(998);
;// CONCATENATED MODULE: ./src/backend/openai/jobs.ts



async function findJobByKey(client, key) {
    for await (const job of client.fineTuning.jobs.list({ metadata: { [training_key/* TRAINING_KEY */.PI]: key }, limit: 100 })) {
        if (job.metadata?.[training_key/* TRAINING_KEY */.PI] === key && job.status !== 'failed' && job.status !== 'cancelled')
            return toTrainingJob(job);
    }
    return undefined;
}
async function createJobOnce(client, request) {
    return spendOnce({
        what: 'creation of the fine-tuning job',
        lookup: () => findJobByKey(client, request.key),
        attempt: async () => toTrainingJob(await client.fineTuning.jobs.create(createParams(request), { maxRetries: 0 })),
        classify: classifyOpenAIError,
    });
}
function createParams(r) {
    const hp = r.hyperparameters;
    const hyperparameters = withoutUndefined({
        n_epochs: hp.nEpochs,
        batch_size: hp.batchSize,
        learning_rate_multiplier: hp.learningRateMultiplier,
        ...(r.method === 'dpo' && { beta: hp.beta }),
    });
    return {
        model: r.baseModel,
        training_file: r.trainingFileId,
        ...(r.validationFileId && { validation_file: r.validationFileId }),
        ...(r.suffix && { suffix: r.suffix }),
        ...(r.seed !== undefined && { seed: r.seed }),
        method: {
            type: r.method,
            [r.method]: { hyperparameters, ...(r.grader !== undefined && { grader: r.grader }) },
        },
        metadata: { [training_key/* TRAINING_KEY */.PI]: r.key, ...r.labels },
    };
}
async function getJob(client, id) {
    return toTrainingJob(await client.fineTuning.jobs.retrieve(id));
}
async function newEvents(client, id, seen) {
    const fresh = [];
    for await (const event of client.fineTuning.jobs.listEvents(id, { limit: 100 })) {
        if (seen.has(event.id))
            break;
        fresh.push(event);
    }
    for (const event of fresh)
        seen.add(event.id);
    return fresh.reverse().map(toJobEvent);
}
async function checkpoints(client, id) {
    const out = [];
    for await (const c of client.fineTuning.jobs.checkpoints.list(id, { limit: 20 })) {
        const m = c.metrics;
        out.push({
            step: c.step_number,
            model: c.fine_tuned_model_checkpoint,
            trainLoss: m.train_loss,
            validLoss: m.valid_loss ?? m.full_valid_loss,
        });
    }
    return out.sort((a, b) => a.step - b.step);
}
function toTrainingJob(job) {
    const method = job.method?.type ?? 'supervised';
    const methodHyperparameters = job.method?.[method]?.hyperparameters;
    const hp = methodHyperparameters ?? job.hyperparameters ?? {};
    return {
        id: job.id,
        status: job.status,
        baseModel: job.model,
        fineTunedModel: job.fine_tuned_model ?? null,
        method,
        trainingFile: job.training_file,
        validationFile: job.validation_file ?? null,
        hyperparameters: Object.fromEntries(Object.entries(hp).filter((e) => typeof e[1] === 'string' || typeof e[1] === 'number')),
        trainedTokens: job.trained_tokens ?? null,
        estimatedFinish: job.estimated_finish ?? null,
        finishedAt: job.finished_at ?? null,
        error: job.error?.message
            ? { code: job.error.code || null, message: job.error.message, param: job.error.param ?? null }
            : null,
    };
}
function toJobEvent(event) {
    const total = event.data?.total_steps;
    return {
        id: event.id,
        createdAt: event.created_at,
        message: event.message,
        metric: metricOf(event),
        totalSteps: typeof total === 'number' ? total : undefined,
    };
}
function metricOf(event) {
    if (event.type !== 'metrics' || typeof event.data !== 'object' || event.data === null)
        return undefined;
    const d = event.data;
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const step = num(d.step);
    if (step === undefined)
        return undefined;
    return {
        step,
        trainLoss: num(d.train_loss),
        validLoss: num(d.valid_loss) ?? num(d.full_valid_loss),
        tokenAccuracy: num(d.train_mean_token_accuracy),
    };
}
function withoutUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/backend/openai/openai-backend.ts







const READ_RETRIES = 4;
const REQUEST_TIMEOUT_MS = 120_000;
class OpenAIBackend {
    name = 'OpenAI';
    isOpenAI;
    client;
    constructor(connection) {
        this.isOpenAI = (0,provider/* isOpenAIService */.e1)(connection.baseUrl);
        this.client = new openai/* default */.Ay({
            apiKey: connection.apiKey,
            baseURL: connection.baseUrl,
            organization: connection.organization ?? null,
            project: connection.project ?? null,
            maxRetries: READ_RETRIES,
            timeout: REQUEST_TIMEOUT_MS,
        });
    }
    uploadOnce(path, filename) {
        return uploadOnce(this.client, path, filename).then(f => ({ id: f.id, filename: f.filename, bytes: f.bytes }));
    }
    findJob(key) {
        return findJobByKey(this.client, key);
    }
    createJobOnce(request) {
        return createJobOnce(this.client, request);
    }
    getJob(id) {
        return getJob(this.client, id);
    }
    newEvents(id, seen) {
        return newEvents(this.client, id, seen);
    }
    checkpoints(id) {
        return checkpoints(this.client, id);
    }
    async cancelJob(id) {
        await this.client.fineTuning.jobs.cancel(id);
    }
    serve(model) {
        return Promise.resolve({ name: model, release: () => Promise.resolve() });
    }
    chat(model, messages, sampling) {
        return complete(this.client, model, messages, sampling);
    }
    async shutdownDate(model) {
        try {
            return await shutdownDate(this.client, model);
        }
        catch (error) {
            core/* debug */.Yz(`models.retrieve(${model}): ${(0,errors/* messageOf */.b)(error)}`);
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/backend/backend.ts
const TERMINAL_STATUSES = new Set(['succeeded', 'failed', 'cancelled']);

;// CONCATENATED MODULE: ./src/backend/index.ts



function createBackend(connection) {
    switch (connection.provider) {
        case 'openai':
            return new OpenAIBackend(connection);
        case 'azure':
        case 'together':
            throw new errors/* InputError */.d(`backend: ${connection.provider} is not available in this version of the action`);
    }
}


/***/ }),

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluate: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3078);
/* harmony import */ var _backend_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2257);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _steps_evaluation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8647);





async function evaluate(settings) {
    if (!settings.backend.apiKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("mode 'evaluate' needs api-key (or openai-api-key): pass it from a secret");
    if (!settings.eval.file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("mode 'evaluate' needs eval-file: a JSONL file of cases");
    const backend = (0,_backend_index_js__WEBPACK_IMPORTED_MODULE_2__.createBackend)(settings.backend);
    let model = settings.eval.model;
    let base;
    if (settings.jobId) {
        const job = await backend.getJob(settings.jobId);
        base = job.baseModel;
        model ??= job.fineTunedModel ?? undefined;
        if (!model)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`job ${job.id} is ${job.status} and has no fine-tuned model yet`);
    }
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d("mode 'evaluate' needs eval-model (or job-id of a finished job)");
    const result = await (0,_steps_evaluation_js__WEBPACK_IMPORTED_MODULE_3__.runEvaluation)(settings, backend, model, base);
    await (0,_action_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)(result.markdown);
    if (!result.summary.gates.passed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Evaluation gate failed: ${result.summary.gates.failures.join('; ')}.`);
}


/***/ })

};
