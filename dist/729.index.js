export const id = 729;
export const ids = [729];
export const modules = {

/***/ 3729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TERMINAL_STATUSES: () => (/* reexport */ TERMINAL_STATUSES),
  createBackend: () => (/* binding */ createBackend)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
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
            core/* info */.pq(`The ${options.what} did not get through (${(0,errors/* messageOf */.bD)(error)}); ${maybeDone ? 'checking whether it took effect, then ' : ''}retrying in ${Math.round(wait / 1000)} s (attempt ${i + 1} of ${ATTEMPTS}).`);
            await (0,promises_.setTimeout)(wait);
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

// EXTERNAL MODULE: ./src/backend/training-key.ts
var training_key = __webpack_require__(998);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(8193);
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

;// CONCATENATED MODULE: ./src/backend/openai/pages.ts

const MAX_PAGES = 1000;
class PaginationError extends Error {
}
async function* boundedItems(first, limits) {
    const maxPages = limits.maxPages ?? MAX_PAGES;
    const cursors = new Set();
    const ids = new Set();
    let page = await first;
    for (let n = 1;; n++) {
        let fresh = 0;
        for (const item of page.getPaginatedItems()) {
            if (ids.has(item.id))
                continue;
            ids.add(item.id);
            fresh++;
            yield item;
        }
        if (!page.hasNextPage())
            return;
        const cursor = JSON.stringify(page.nextPageRequestOptions()?.query ?? null);
        const problem = n >= maxPages
            ? `still had more after ${maxPages} pages`
            : cursors.has(cursor)
                ? `gave the same next-page cursor twice (${cursor}): it does not honour \`after\``
                : fresh === 0
                    ? 'gave a page with nothing new on it'
                    : undefined;
        if (problem !== undefined) {
            const message = `The server's list ${limits.what} ${problem}; stopped after ${n} page${n === 1 ? '' : 's'}.`;
            if (limits.onMisbehaviour === 'throw')
                throw new PaginationError(message);
            core/* warning */.$e(message);
            return;
        }
        cursors.add(cursor);
        limits.signal?.throwIfAborted();
        page = await page.getNextPage();
    }
}

;// CONCATENATED MODULE: ./src/backend/openai/jobs.ts





const CREATION_KEY = 'fine_tune_action_creation';
async function findJobByKey(client, key, creation) {
    const jobs = boundedItems(client.fineTuning.jobs.list({ metadata: { [training_key/* TRAINING_KEY */.PI]: key }, limit: 100 }), {
        what: 'GET /fine_tuning/jobs',
        onMisbehaviour: 'throw',
    });
    for await (const job of jobs) {
        if (job.metadata?.[training_key/* TRAINING_KEY */.PI] !== key)
            continue;
        if (creation !== undefined && job.metadata[CREATION_KEY] === creation)
            return toTrainingJob(job);
        if (creation === undefined && job.status !== 'failed' && job.status !== 'cancelled')
            return toTrainingJob(job);
    }
    return undefined;
}
async function createJobOnce(client, request, extraBody = {}) {
    const creation = (0,external_node_crypto_.randomUUID)();
    const params = { ...createParams(request, creation), ...extraBody };
    return spendOnce({
        what: 'creation of the fine-tuning job',
        lookup: () => findJobByKey(client, request.key, creation),
        attempt: async () => toTrainingJob(await client.fineTuning.jobs.create(params, { maxRetries: 0 })),
        classify: classifyOpenAIError,
    });
}
function createParams(r, creation) {
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
        metadata: { [training_key/* TRAINING_KEY */.PI]: r.key, ...(creation && { [CREATION_KEY]: creation }), ...r.labels },
    };
}
async function getJob(client, id, signal) {
    return toTrainingJob(await client.fineTuning.jobs.retrieve(id, { signal }));
}
async function newEvents(client, id, seen, signal) {
    const fresh = [];
    const events = boundedItems(client.fineTuning.jobs.listEvents(id, { limit: 100 }, { signal }), {
        what: `GET /fine_tuning/jobs/${id}/events`,
        onMisbehaviour: 'stop',
        signal,
    });
    for await (const event of events) {
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
    const list = boundedItems(client.fineTuning.jobs.checkpoints.list(id, { limit: 20 }), {
        what: `GET /fine_tuning/jobs/${id}/checkpoints`,
        onMisbehaviour: 'stop',
    });
    for await (const c of list) {
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

// EXTERNAL MODULE: ./src/backend/provider.ts
var provider = __webpack_require__(8115);
;// CONCATENATED MODULE: ./src/backend/openai/chat.ts

const CHAT_TIMEOUT_MS = 60_000;
const CHAT_RETRIES = 4;
function rejectsTemperature(model) {
    const base = model.startsWith('ft:') ? (model.split(':')[1] ?? '') : model;
    return /^(gpt-5|o\d)/.test(base);
}
function isTemperatureRefusal(error) {
    return (error instanceof openai/* BadRequestError */.v7 &&
        error.param === 'temperature' &&
        (error.code === 'unsupported_value' || error.code === 'unsupported_parameter'));
}
async function complete(client, model, messages, sampling, noTemperature) {
    const omitted = rejectsTemperature(model) ? 'model' : noTemperature.has(model) ? 'refused' : undefined;
    try {
        return await ask(client, model, messages, sampling, omitted);
    }
    catch (error) {
        if (omitted !== undefined || !isTemperatureRefusal(error))
            throw error;
        noTemperature.add(model);
        return ask(client, model, messages, sampling, 'refused');
    }
}
async function ask(client, model, messages, sampling, omitted) {
    const response = await client.chat.completions.create({
        model,
        messages: messages,
        ...(omitted === undefined && { temperature: sampling.temperature }),
        ...(sampling.seed !== undefined && { seed: sampling.seed }),
        max_completion_tokens: sampling.maxTokens,
    }, { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES });
    return {
        ...(omitted !== undefined && { temperatureOmitted: omitted }),
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

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/dataset/analyze-file.ts + 1 modules
var analyze_file = __webpack_require__(6343);
;// CONCATENATED MODULE: ./src/backend/file-processing.ts

async function waitProcessed(file, wait, signal) {
    const started = Date.now();
    let current = file;
    try {
        for (let interval = 250; wait.pending(current); interval = Math.min(interval * 2, 5000)) {
            signal?.throwIfAborted();
            await (0,promises_.setTimeout)(interval, undefined, { signal });
            current = await wait.retrieve(current, signal);
        }
    }
    catch (error) {
        if (!signal?.aborted)
            throw error;
        throw new Error(`${wait.name(current)} is still ${wait.status(current)} after ${duration(Date.now() - started)}: stopped waiting for the server to process it, as ${limitOf(signal)}. It stays on the server; the next run uses it instead of uploading it again.`);
    }
    return current;
}
function limitOf(signal) {
    const reason = signal.reason;
    return reason instanceof Error && reason.name === 'WaitLimit' ? reason.message : 'the wait was aborted';
}
function duration(ms) {
    return ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} minutes`;
}

// EXTERNAL MODULE: ./src/backend/upload-check.ts
var upload_check = __webpack_require__(4194);
;// CONCATENATED MODULE: ./src/backend/openai/files.ts










const PART_BYTES = 64 * 1024 * 1024;
async function uploadOnce(client, path, filename, sha256, options = {}) {
    const { size } = await (0,external_node_fs_promises_.stat)(path);
    const find = async () => {
        const files = boundedItems(client.files.list({ purpose: 'fine-tune', limit: 100 }), {
            what: 'GET /files',
            onMisbehaviour: 'throw',
        });
        for await (const f of files) {
            if (f.filename === filename && f.bytes === size && f.status !== 'error' && (await sameContent(client, f, sha256)))
                return f;
        }
        return undefined;
    };
    const existing = await find();
    if (existing) {
        core/* info */.pq(`${filename} is already on the server as ${existing.id}: not uploading it again.`);
        return files_waitProcessed(client, existing, options.signal);
    }
    const viaParts = size > (options.threshold ?? analyze_file/* UPLOADS_API_THRESHOLD_BYTES */.k6);
    core/* info */.pq(`Uploading ${path} as ${filename} (${(size / 1048576).toFixed(1)} MB${viaParts ? ', in parts through the Uploads API' : ''})`);
    const file = await spendOnce({
        what: `upload of ${filename}`,
        lookup: find,
        classify: error => (error instanceof upload_check/* UploadMismatchError */.w ? { kind: 'final' } : classifyOpenAIError(error)),
        attempt: () => viaParts
            ? uploadInParts(client, path, filename, size, sha256, options.partBytes ?? PART_BYTES)
            : uploadWhole(client, path, filename, sha256),
    });
    core/* info */.pq(`Uploaded ${filename}: ${file.id}`);
    return files_waitProcessed(client, file, options.signal);
}
async function uploadWhole(client, path, filename, sha256) {
    const bytes = await (0,external_node_fs_promises_.readFile)(path);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== sha256)
        throw new upload_check/* UploadMismatchError */.w(path, sha256, actual);
    return client.files.create({ file: await (0,openai/* toFile */.eZ)(bytes, filename), purpose: 'fine-tune' }, { maxRetries: 0 });
}
async function sameContent(client, file, sha256) {
    let response;
    try {
        response = await client.files.content(file.id, { maxRetries: 1 });
    }
    catch (error) {
        if (error instanceof openai/* APIError */.LG && error.status !== undefined && error.status >= 400 && error.status < 500) {
            core/* info */.pq(`${file.filename} (${file.id}): the server does not serve its content (${error.status}); its name and size match.`);
            return true;
        }
        throw error;
    }
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex');
    if (hash === sha256)
        return true;
    core/* warning */.$e(`${file.filename} (${file.id}) on the server has the expected name and size but other content: not reusing it.`);
    return false;
}
async function uploadInParts(client, path, filename, size, sha256, partBytes) {
    const upload = await client.uploads.create({ bytes: size, filename, mime_type: 'application/jsonl', purpose: 'fine-tune' }, { maxRetries: 0 });
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const partIds = [];
    const handle = await (0,external_node_fs_promises_.open)(path);
    try {
        for (let offset = 0, n = 1; offset < size; offset += partBytes, n++) {
            const buffer = Buffer.alloc(Math.min(partBytes, size - offset));
            await handle.read(buffer, 0, buffer.length, offset);
            md5.update(buffer);
            sha.update(buffer);
            const part = await client.uploads.parts.create(upload.id, { data: await (0,openai/* toFile */.eZ)(buffer, `${filename}.part${n}`) });
            partIds.push(part.id);
            core/* info */.pq(`  part ${n} of ${Math.ceil(size / partBytes)} uploaded`);
        }
    }
    finally {
        await handle.close();
    }
    const actual = sha.digest('hex');
    if (actual !== sha256) {
        await client.uploads.cancel(upload.id).catch(() => undefined);
        throw new upload_check/* UploadMismatchError */.w(path, sha256, actual);
    }
    const done = await client.uploads.complete(upload.id, { part_ids: partIds, md5: md5.digest('hex') }, { maxRetries: 0 });
    if (!done.file)
        throw new Error(`The upload ${upload.id} completed without a file`);
    return done.file;
}
async function files_waitProcessed(client, file, signal) {
    const current = await waitProcessed(file, {
        pending: f => f.status === 'uploaded' || f.status === 'pending',
        status: f => f.status,
        name: f => `${f.filename} (${f.id})`,
        retrieve: (f, signal) => client.files.retrieve(f.id, { signal }),
    }, signal);
    if (current.status === 'error')
        throw new Error(`The server could not process ${current.filename} (${current.id}): ${current.status_details ?? 'no details'}`);
    return current;
}

;// CONCATENATED MODULE: ./src/backend/openai/openai-backend.ts







const READ_RETRIES = 4;
const REQUEST_TIMEOUT_MS = 120_000;
class OpenAIBackend {
    name = 'OpenAI';
    isOpenAI;
    client;
    noTemperature = new Set();
    constructor(connection, clientOptions = {}) {
        this.isOpenAI = (0,provider/* isOpenAIService */.e1)(connection.baseUrl);
        this.client = new openai/* default */.Ay({
            apiKey: connection.apiKey,
            baseURL: connection.baseUrl,
            organization: connection.organization ?? null,
            project: connection.project ?? null,
            maxRetries: READ_RETRIES,
            timeout: REQUEST_TIMEOUT_MS,
            ...clientOptions,
        });
    }
    uploadOnce(path, filename, sha256, signal) {
        return uploadOnce(this.client, path, filename, sha256, { signal }).then(f => ({
            id: f.id,
            filename: f.filename,
            bytes: f.bytes,
        }));
    }
    findJob(key) {
        return findJobByKey(this.client, key);
    }
    createJobOnce(request) {
        return createJobOnce(this.client, request);
    }
    getJob(id, signal) {
        return getJob(this.client, id, signal);
    }
    newEvents(id, seen, signal) {
        return newEvents(this.client, id, seen, signal);
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
        return complete(this.client, model, messages, sampling, this.noTemperature);
    }
    async shutdownDate(model) {
        try {
            return await shutdownDate(this.client, model);
        }
        catch (error) {
            core/* debug */.Yz(`models.retrieve(${model}): ${(0,errors/* messageOf */.bD)(error)}`);
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/backend/azure/credential.ts
function defaultTokenProvider() {
    let credential;
    return async (scope) => {
        credential ??= __webpack_require__.e(/* import() */ 77).then(__webpack_require__.bind(__webpack_require__, 2077)).then(m => new m.DefaultAzureCredential());
        const token = await (await credential).getToken(scope);
        if (!token)
            throw new Error(`Microsoft Entra ID gave no token for ${scope}`);
        return token.token;
    };
}
function scopeOf(resource) {
    return `${resource.replace(/\/+$/, '')}/.default`;
}
const DATA_PLANE_SCOPE = 'https://cognitiveservices.azure.com/.default';

;// CONCATENATED MODULE: ./src/backend/azure/deployments.ts





const ARM_API_VERSION = '2024-10-01';
const CAPACITY = 50;
const PROVISIONING_LIMIT_MS = 60 * 60_000;
const deployments_ATTEMPTS = 4;
function deploymentNameFor(model) {
    const name = model.replace(/[^\w.-]/g, '-');
    if (name.length <= 64)
        return name;
    return `${name.slice(0, 47)}-${(0,external_node_crypto_.createHash)('sha256').update(model).digest('hex').slice(0, 16)}`;
}
class Deployments {
    at;
    token;
    firstPollMs;
    constructor(at, token, firstPollMs = 1000) {
        this.at = at;
        this.token = token;
        this.firstPollMs = firstPollMs;
    }
    async ensure(name, model, sku) {
        const existing = await this.get(name);
        if (existing) {
            const serves = existing.properties?.model?.name;
            if (serves !== model)
                throw new Error(`The deployment ${name} already exists on ${this.at.resourceName} and serves ${serves ?? 'another model'}, not ${model}: delete or rename it.`);
            core/* info */.pq(`Deployment ${name} of ${model} already exists (${existing.properties?.provisioningState ?? 'unknown state'}): reusing it.`);
        }
        else {
            core/* info */.pq(`Deploying ${model} as ${name} on ${this.at.resourceName} (SKU ${sku}).`);
            await this.call('PUT', name, {
                sku: { name: sku, capacity: CAPACITY },
                properties: { model: { format: 'OpenAI', name: model, version: '1' } },
            });
        }
        await this.waitSucceeded(name);
    }
    async delete(name) {
        await this.call('DELETE', name);
        core/* info */.pq(`Deleted the deployment ${name} (azure-delete-deployment).`);
    }
    async get(name) {
        return (await this.call('GET', name));
    }
    async waitSucceeded(name) {
        const deadline = Date.now() + PROVISIONING_LIMIT_MS;
        for (let wait = this.firstPollMs;; wait = Math.min(wait * 2, 15_000)) {
            const d = await this.get(name);
            const state = d?.properties?.provisioningState;
            if (state === 'Succeeded') {
                core/* info */.pq(`Deployment ${name} is ready.`);
                return;
            }
            if (!d || state === 'Failed' || state === 'Canceled') {
                const why = d?.properties?.error?.message;
                throw new Error(`Azure could not provision the deployment ${name}: ${d ? state : 'it disappeared'}${why ? `: ${why}` : ''}`);
            }
            if (Date.now() > deadline)
                throw new Error(`The deployment ${name} is still ${state ?? 'provisioning'} after an hour; Azure has not finished it`);
            await (0,promises_.setTimeout)(wait);
        }
    }
    async call(method, name, body) {
        const { managementUrl, subscriptionId, resourceGroup, resourceName } = this.at;
        const url = `${managementUrl.replace(/\/+$/, '')}/subscriptions/${encodeURIComponent(subscriptionId)}` +
            `/resourceGroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.CognitiveServices` +
            `/accounts/${encodeURIComponent(resourceName)}/deployments/${encodeURIComponent(name)}?api-version=${ARM_API_VERSION}`;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        authorization: `Bearer ${await this.token(scopeOf(managementUrl))}`,
                        ...(body !== undefined && { 'content-type': 'application/json' }),
                    },
                    body: body === undefined ? undefined : JSON.stringify(body),
                    signal: AbortSignal.timeout(60_000),
                });
            }
            catch (error) {
                if (attempt >= deployments_ATTEMPTS)
                    throw new Error(`Azure Resource Manager (${method} ${name}): ${(0,errors/* messageOf */.bD)(error)}`);
                await (0,promises_.setTimeout)(1000 * 2 ** attempt);
                continue;
            }
            const text = await response.text();
            if (response.ok)
                return text ? JSON.parse(text) : undefined;
            if (response.status === 404 && method !== 'PUT')
                return undefined;
            if ((response.status === 429 || response.status >= 500) && attempt < deployments_ATTEMPTS) {
                const retryAfter = Number(response.headers.get('retry-after'));
                await (0,promises_.setTimeout)(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000 * 2 ** attempt);
                continue;
            }
            throw new Error(`Azure Resource Manager refused ${method} of the deployment ${name}: ${armMessage(response.status, text)}`);
        }
    }
}
function armMessage(status, text) {
    try {
        const e = JSON.parse(text).error;
        if (e?.message)
            return `${status} ${e.code ?? ''}: ${e.message}`.replace(' :', ':');
    }
    catch {
    }
    return `HTTP ${status}`;
}

;// CONCATENATED MODULE: ./src/backend/azure/options.ts
const TRAINING_TYPES = { standard: 'Standard', global: 'GlobalStandard', developer: 'developerTier' };

;// CONCATENATED MODULE: ./src/backend/azure/azure-backend.ts







const DEFAULTS = {
    deploymentSku: 'DeveloperTier',
    deleteDeployment: false,
    managementUrl: 'https://management.azure.com',
};
function azureClientOptions(apiKey, tokenProvider = defaultTokenProvider()) {
    return apiKey
        ? { apiKey, defaultHeaders: { 'api-key': apiKey, Authorization: null } }
        : { apiKey: () => tokenProvider(DATA_PLANE_SCOPE) };
}
function isFineTune(model) {
    return /\.ft-|^ft:/.test(model);
}
class AzureBackend extends OpenAIBackend {
    name = 'Azure OpenAI';
    isOpenAI = false;
    azure;
    deployments;
    constructor(connection) {
        if (!connection.baseUrl)
            throw new errors/* InputError */.dz("backend: azure needs base-url, your resource's v1 endpoint: https://RESOURCE.openai.azure.com/openai/v1/");
        const azure = { ...DEFAULTS, ...connection.azure };
        const tokenProvider = azure.tokenProvider ?? defaultTokenProvider();
        super({ ...connection, organization: undefined, project: undefined }, azureClientOptions(connection.apiKey, tokenProvider));
        this.azure = azure;
        const { subscriptionId, resourceGroup, resourceName, managementUrl } = azure;
        if (subscriptionId && resourceGroup && resourceName)
            this.deployments = new Deployments({ managementUrl, subscriptionId, resourceGroup, resourceName }, tokenProvider, azure.pollMs);
    }
    createJobOnce(request) {
        const tier = this.azure.trainingType;
        return createJobOnce(this.client, request, tier ? { trainingType: TRAINING_TYPES[tier] } : {});
    }
    unservable(model) {
        if (!isFineTune(model) || this.deployments)
            return undefined;
        const missing = ['subscriptionId', 'resourceGroup', 'resourceName']
            .filter(k => !this.azure[k])
            .map(k => `azure-${k === 'subscriptionId' ? 'subscription-id' : k === 'resourceGroup' ? 'resource-group' : 'resource-name'}`);
        return `${model} answers on Azure OpenAI only once deployed: add ${missing.join(', ')} (and azure/login) so the action can deploy it.`;
    }
    async serve(model) {
        if (!isFineTune(model) || !this.deployments)
            return super.serve(model);
        const deployments = this.deployments;
        const name = deploymentNameFor(model);
        await deployments.ensure(name, model, this.azure.deploymentSku);
        return {
            name,
            deployment: name,
            release: async () => {
                if (this.azure.deleteDeployment)
                    await deployments.delete(name);
                else
                    core/* info */.pq(`The deployment ${name} stays (azure-delete-deployment: false).`);
            },
        };
    }
    shutdownDate() {
        return Promise.resolve(undefined);
    }
}

// EXTERNAL MODULE: ./node_modules/together-ai/index.mjs + 83 modules
var together_ai = __webpack_require__(5160);
;// CONCATENATED MODULE: ./src/backend/together/chat.ts


const chat_CHAT_TIMEOUT_MS = 60_000;
const chat_CHAT_RETRIES = 4;
async function chat_complete(client, model, messages, sampling) {
    const response = await client.chat.completions.create({
        model,
        messages: messages,
        temperature: sampling.temperature,
        ...(sampling.seed !== undefined && { seed: sampling.seed }),
        max_tokens: sampling.maxTokens,
    }, { timeout: chat_CHAT_TIMEOUT_MS, maxRetries: chat_CHAT_RETRIES });
    const content = response.choices[0]?.message?.content;
    return {
        text: typeof content === 'string' ? content : '',
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
    };
}
const NEEDS_ENDPOINT = /non-serverless|dedicated endpoint|model_not_available/i;
async function checkServed(client, model) {
    try {
        await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, temperature: 0 }, { timeout: chat_CHAT_TIMEOUT_MS, maxRetries: chat_CHAT_RETRIES });
    }
    catch (error) {
        if (error instanceof together_ai/* APIError */.LG &&
            (error.status === 400 || error.status === 404) &&
            NEEDS_ENDPOINT.test(`${error.message} ${JSON.stringify(error.error ?? '')}`))
            throw new errors/* InputError */.dz(`Together AI does not serve ${model} without a dedicated endpoint, so it cannot be evaluated as it is: create one (https://api.together.ai/models/${model}, or \`together endpoints create --model ${model}\`) and set eval-model to the endpoint's model name, or fine-tune with training-type: lora on a base model Together serves with LoRA adapters. (${error.message})`);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/backend/together/errors.ts

function classifyTogetherError(error) {
    if (error instanceof together_ai/* RateLimitError */.OE)
        return { kind: 'refused', retryAfterMs: errors_retryAfterMs(error.headers) };
    if (error instanceof together_ai/* APIConnectionError */.xX || (error instanceof together_ai/* APIError */.LG && (error.status ?? 0) >= 500))
        return { kind: 'maybe-done' };
    if (error instanceof UploadError)
        return error.status === 429 ? { kind: 'refused' } : error.status >= 500 ? { kind: 'maybe-done' } : { kind: 'final' };
    if (error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message))
        return { kind: 'maybe-done' };
    return { kind: 'final' };
}
class UploadError extends Error {
    status;
    name = 'UploadError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function errors_retryAfterMs(headers) {
    const seconds = headers?.get('retry-after');
    return seconds && Number.isFinite(Number(seconds)) ? Number(seconds) * 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/backend/together/files.ts








const BAD_FILE = new Set(['FAILED', 'INVALID_FORMAT']);
async function files_uploadOnce(c, path, filename, sha256, signal) {
    const actual = await sha256Of(path);
    if (actual !== sha256)
        throw new upload_check/* UploadMismatchError */.w(path, sha256, actual);
    const { size } = await (0,external_node_fs_promises_.stat)(path);
    const find = async () => {
        const { data } = await c.client.files.list();
        return data.find(f => f.filename === filename &&
            f.bytes === size &&
            !BAD_FILE.has(f.processing_status ?? '') &&
            f.purpose === 'fine-tune');
    };
    const existing = await find();
    if (existing) {
        core/* info */.pq(`${filename} is already on the server as ${existing.id}: not uploading it again.`);
        return waitChecked(c, existing, signal);
    }
    core/* info */.pq(`Uploading ${path} as ${filename} (${(size / 1048576).toFixed(1)} MB)`);
    const file = await spendOnce({
        what: `upload of ${filename}`,
        lookup: find,
        classify: classifyTogetherError,
        attempt: () => upload(c, path, filename, size),
    });
    core/* info */.pq(`Uploaded ${filename}: ${file.id}`);
    return waitChecked(c, file, signal);
}
async function upload(c, path, filename, size) {
    const form = new URLSearchParams({ file_name: filename, file_type: 'jsonl', purpose: 'fine-tune' });
    const named = await fetch(`${c.baseUrl.replace(/\/+$/, '')}/files`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${c.apiKey}` },
        body: form.toString(),
        redirect: 'manual',
    });
    const location = named.headers.get('location');
    const id = named.headers.get('x-together-file-id');
    if (named.status < 300 || named.status >= 400 || !location || !id)
        throw new UploadError(`POST /files answered ${named.status} ${await named.text().catch(() => '')}`.trim().slice(0, 500), named.status);
    const put = await fetch(new URL(location, c.baseUrl), {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
        body: (0,external_node_fs_.createReadStream)(path),
        duplex: 'half',
    });
    if (put.status !== 200)
        throw new UploadError(`the upload of ${filename} answered ${put.status} ${put.statusText}`, put.status);
    return c.client.files.retrieve(id);
}
async function sha256Of(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
async function waitChecked(c, file, signal) {
    const current = await waitProcessed(file, {
        pending: f => ['PENDING', 'QUEUED', 'RUNNING'].includes(f.processing_status ?? ''),
        status: f => f.processing_status ?? 'unknown',
        name: f => `${f.filename} (${f.id})`,
        retrieve: (f, signal) => c.client.files.retrieve(f.id, { signal }),
    }, signal);
    if (BAD_FILE.has(current.processing_status ?? ''))
        throw new Error(`Together AI refused ${current.filename} (${current.id}): ${current.validation_report?.error ?? current.processing_status ?? 'no details'}`);
    return current;
}

;// CONCATENATED MODULE: ./src/backend/together/jobs.ts




const STATUS = {
    pending: 'queued',
    queued: 'queued',
    running: 'running',
    compressing: 'running',
    uploading: 'running',
    cancel_requested: 'running',
    cancelled: 'cancelled',
    error: 'failed',
    completed: 'succeeded',
};
const N_EVALS = 10;
function keyTag(key) {
    return `fta${key.slice(0, 12)}`;
}
function suffixWithKey(suffix, key) {
    const tag = keyTag(key);
    return suffix ? `${suffix.slice(0, 64 - tag.length - 1)}-${tag}` : tag;
}
function carriesKey(job, key) {
    const tag = keyTag(key);
    return job.suffix?.endsWith(tag) === true || job.model_output_name?.includes(tag) === true;
}
async function jobs_findJobByKey(client, key) {
    const { data } = await client.fineTuning.list();
    const live = data.filter(j => carriesKey(j, key) && j.status !== 'error' && j.status !== 'cancelled' && j.status !== 'cancel_requested');
    return live[0] ? jobs_getJob(client, live[0].id) : undefined;
}
async function jobs_createJobOnce(client, request) {
    const body = await jobs_createParams(client, request);
    return spendOnce({
        what: 'creation of the fine-tuning job',
        lookup: () => jobs_findJobByKey(client, request.key),
        attempt: async () => jobs_toTrainingJob((await client.fineTuning.create(body, { maxRetries: 0 }))),
        classify: classifyTogetherError,
    });
}
function recipe(r, loraRank) {
    const hp = r.hyperparameters;
    if (r.method === 'reinforcement')
        throw new errors/* InputError */.dz('Together AI fine-tunes with sft or dpo: method reinforcement is OpenAI-only');
    const training_method = r.method === 'dpo'
        ? { method: 'dpo', ...(hp.beta !== undefined && { dpo_beta: hp.beta }) }
        : { method: 'sft', train_on_inputs: 'auto' };
    const training_type = hp.trainingType === 'full' ? { type: 'Full' } : { type: 'Lora', lora_r: loraRank, lora_alpha: loraRank * 2 };
    return {
        model: r.baseModel,
        training_file: r.trainingFileId,
        ...(r.validationFileId && { validation_file: r.validationFileId, n_evals: N_EVALS }),
        ...(hp.nEpochs !== undefined && { n_epochs: hp.nEpochs }),
        training_method,
        training_type,
    };
}
async function loraRankOf(client, r) {
    if (r.hyperparameters.trainingType === 'full')
        return undefined;
    if (r.hyperparameters.loraRank !== undefined)
        return r.hyperparameters.loraRank;
    return largestRank(client, r);
}
const largestRanks = new WeakMap();
function largestRank(client, r) {
    let rank = largestRanks.get(r);
    if (!rank) {
        rank = client.fineTuning.modelLimits({ model_name: r.baseModel }).then(limits => limits.lora_training.max_rank);
        largestRanks.set(r, rank);
        rank.catch(() => largestRanks.delete(r));
    }
    return rank;
}
async function jobs_createParams(client, r) {
    const hp = r.hyperparameters;
    return {
        ...recipe(r, await loraRankOf(client, r)),
        ...(hp.learningRate !== undefined && { learning_rate: hp.learningRate }),
        batch_size: hp.batchSize ?? 'max',
        suffix: suffixWithKey(r.suffix, r.key),
        ...(r.seed !== undefined && { random_seed: r.seed }),
    };
}
async function estimatePrice(client, r) {
    const { model, training_file, validation_file, n_evals, n_epochs, training_method, training_type } = recipe(r, await loraRankOf(client, r));
    const params = {
        model,
        training_file,
        ...(validation_file && { validation_file, n_evals }),
        ...(n_epochs !== undefined && { n_epochs }),
        training_method,
        training_type,
    };
    const estimate = await client.fineTuning.estimatePrice(params);
    return estimate.estimation_available ? estimate.estimated_total_price : undefined;
}
async function jobs_getJob(client, id, signal) {
    const job = (await client.fineTuning.retrieve(id, { signal }));
    const training = jobs_toTrainingJob(job);
    if (job.status === 'error' && !job.events) {
        const { data } = await client.fineTuning.listEvents(id, { signal });
        return jobs_toTrainingJob({ ...job, events: data });
    }
    return training;
}
function eventId(event) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${event.created_at}\n${event.type}\n${event.message}`).digest('hex').slice(0, 16);
}
async function jobs_newEvents(client, id, seen, signal) {
    const { data } = await client.fineTuning.listEvents(id, { signal });
    const fresh = [];
    for (const event of [...data].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))) {
        const eid = eventId(event);
        if (seen.has(eid))
            continue;
        seen.add(eid);
        fresh.push({
            id: eid,
            createdAt: Math.floor(Date.parse(event.created_at) / 1000),
            message: event.message,
            totalSteps: event.total_steps,
        });
    }
    return fresh;
}
async function jobs_checkpoints(client, id) {
    const { data } = await client.fineTuning.listCheckpoints(id);
    return data.map(c => ({ step: c.step, model: `${id}:${c.step}` })).sort((a, b) => a.step - b.step);
}
const METHOD = { sft: 'supervised', dpo: 'dpo' };
function jobs_toTrainingJob(job, now = Date.now()) {
    const type = job.training_type;
    const method = job.training_method;
    const hyperparameters = {};
    const put = (name, value) => {
        if (typeof value === 'number' || typeof value === 'string')
            hyperparameters[name] = value;
    };
    put('n_epochs', job.n_epochs);
    put('batch_size', job.batch_size);
    put('learning_rate', job.learning_rate);
    put('training_type', type?.type);
    if (type?.type === 'Lora')
        put('lora_r', type.lora_r);
    if (method?.method === 'dpo')
        put('dpo_beta', method.dpo_beta);
    put('n_evals', job.validation_file ? job.n_evals : undefined);
    const progress = job.progress;
    const finishing = !['cancelled', 'error', 'completed'].includes(job.status);
    const errorEvent = [...(job.events ?? [])].reverse().find(e => e.type === 'job_error' || e.level === 'error');
    return {
        id: job.id,
        status: STATUS[job.status],
        providerStatus: job.status,
        baseModel: job.model ?? '',
        fineTunedModel: job.status === 'completed' ? (job.model_output_name ?? null) : null,
        method: METHOD[method?.method ?? 'sft'] ?? 'supervised',
        trainingFile: job.training_file ?? '',
        validationFile: job.validation_file || null,
        hyperparameters,
        trainedTokens: job.token_count ?? null,
        estimatedFinish: finishing && progress?.estimate_available
            ? Math.round((now / 1000 + progress.seconds_remaining) / 60) * 60
            : null,
        finishedAt: finishing ? null : job.updated_at ? Math.floor(Date.parse(job.updated_at) / 1000) : null,
        error: job.status === 'error'
            ? { code: 'job_error', message: errorEvent?.message ?? 'Together AI reported the job as failed', param: null }
            : null,
        billedUsd: job.total_price ?? null,
    };
}

;// CONCATENATED MODULE: ./src/backend/together/together-backend.ts




const TOGETHER_API = 'https://api.together.xyz/v1';
const together_backend_READ_RETRIES = 4;
const together_backend_REQUEST_TIMEOUT_MS = 120_000;
class TogetherBackend {
    name = 'Together AI';
    isOpenAI = false;
    connection;
    constructor(connection) {
        const baseUrl = connection.baseUrl ?? TOGETHER_API;
        const client = new together_ai/* default */.Ay({
            apiKey: connection.apiKey,
            baseURL: baseUrl,
            maxRetries: together_backend_READ_RETRIES,
            timeout: together_backend_REQUEST_TIMEOUT_MS,
        });
        this.connection = { client, baseUrl, apiKey: connection.apiKey };
    }
    get client() {
        return this.connection.client;
    }
    async uploadOnce(path, filename, sha256, signal) {
        const f = await files_uploadOnce(this.connection, path, filename, sha256, signal);
        return { id: f.id, filename: f.filename, bytes: f.bytes };
    }
    findJob(key) {
        return jobs_findJobByKey(this.client, key);
    }
    createJobOnce(request) {
        return jobs_createJobOnce(this.client, request);
    }
    estimateCostUsd(request) {
        return estimatePrice(this.client, request);
    }
    getJob(id, signal) {
        return jobs_getJob(this.client, id, signal);
    }
    newEvents(id, seen, signal) {
        return jobs_newEvents(this.client, id, seen, signal);
    }
    checkpoints(id) {
        return jobs_checkpoints(this.client, id);
    }
    async cancelJob(id) {
        await this.client.fineTuning.cancel(id);
    }
    async serve(model) {
        await checkServed(this.client, model);
        return { name: model, release: () => Promise.resolve() };
    }
    chat(model, messages, sampling) {
        return chat_complete(this.client, model, messages, sampling);
    }
    shutdownDate() {
        return Promise.resolve(undefined);
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
            return new AzureBackend(connection);
        case 'together':
            return new TogetherBackend(connection);
    }
}


/***/ }),

/***/ 998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ TRAINING_KEY),
/* harmony export */   Sv: () => (/* binding */ trainingKey),
/* harmony export */   XN: () => (/* binding */ textSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const TRAINING_KEY = 'fine_tune_action_key';
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function trainingKey(recipe) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical(recipe)).digest('hex').slice(0, 32);
}
function textSha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 4194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ UploadMismatchError)
/* harmony export */ });
class UploadMismatchError extends Error {
    path;
    expected;
    actual;
    constructor(path, expected, actual) {
        super(`${path} changed after it was validated (SHA-256 ${expected.slice(0, 12)}… validated, ${actual.slice(0, 12)}… read for the upload): refusing to upload data that was not checked.`);
        this.path = path;
        this.expected = expected;
        this.actual = actual;
    }
}


/***/ })

};
