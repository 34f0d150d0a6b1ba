export const id = 18;
export const ids = [18];
export const modules = {

/***/ 5018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AcceleratedClock: () => (/* reexport */ AcceleratedClock),
  startSimulator: () => (/* reexport */ startSimulator)
});

// UNUSED EXPORTS: ApiError, Contract, DEFAULT_JOB_SCHEDULE, DEFAULT_LIMITS, DEFAULT_MODELS, DEFAULT_ORGANIZATION, DEFAULT_START, Faults, ManualClock, RequestLog, SimulatorServer, SimulatorState, acceleratedClock, createSimulator, defaultAnswer, manualClock, measureJsonl, toJsonSchema

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/simulator/api-error.ts
class ApiError extends Error {
    status;
    param;
    code;
    type;
    name = 'ApiError';
    constructor(status, message, param = null, code = null, type = 'invalid_request_error') {
        super(message);
        this.status = status;
        this.param = param;
        this.code = code;
        this.type = type;
    }
    body() {
        return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
    }
}
const badRequest = (message, param = null, code = null) => new ApiError(400, message, param, code);
const notFound = (message, param = null, code = null) => new ApiError(404, message, param, code);

;// CONCATENATED MODULE: ./src/simulator/auth.ts

class Auth {
    requireOrganization;
    requireProject;
    keys;
    rejecting = false;
    constructor(keys, requireOrganization, requireProject) {
        this.requireOrganization = requireOrganization;
        this.requireProject = requireProject;
        this.keys = toKeys(keys);
    }
    get apiKey() {
        return this.keys?.[0];
    }
    setApiKeys(keys) {
        this.keys = toKeys(keys);
    }
    rejectAll(reject = true) {
        this.rejecting = reject;
    }
    check(headers) {
        const key = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
        if (!key) {
            throw new ApiError(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", null, 'missing_api_key');
        }
        if (this.rejecting || (this.keys && !this.keys.includes(key))) {
            const masked = key.length > 8 ? `${key.slice(0, 3)}${'*'.repeat(Math.min(20, key.length - 7))}${key.slice(-4)}` : '*'.repeat(key.length);
            throw new ApiError(401, `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, null, 'invalid_api_key');
        }
        const { requireOrganization, requireProject } = this;
        if (requireOrganization !== undefined && headers['openai-organization'] !== requireOrganization) {
            throw new ApiError(401, 'OpenAI-Organization header should match organization for API key', null, 'mismatched_organization');
        }
        if (requireProject !== undefined && headers['openai-project'] !== requireProject) {
            throw new ApiError(401, 'OpenAI-Project header should match project for API key', null, 'mismatched_project');
        }
    }
}
function toKeys(keys) {
    return keys === null ? null : typeof keys === 'string' ? [keys] : [...keys];
}

;// CONCATENATED MODULE: ./src/simulator/clock.ts
const DEFAULT_START = 1_767_225_600;
class ManualClock {
    seconds;
    constructor(start = DEFAULT_START) {
        this.seconds = start;
    }
    now() {
        return Math.floor(this.seconds);
    }
    advance(seconds) {
        if (!(seconds >= 0))
            throw new RangeError(`A clock only moves forward; got ${seconds} seconds`);
        this.seconds += seconds;
    }
}
class AcceleratedClock {
    factor;
    start;
    realNow;
    realStart;
    offset = 0;
    constructor(options) {
        if (!(options.factor > 0))
            throw new RangeError(`The speed-up factor must be positive; got ${options.factor}`);
        this.factor = options.factor;
        this.realNow = options.realNow ?? Date.now;
        this.realStart = this.realNow();
        this.start = options.start ?? this.realStart / 1000;
    }
    now() {
        return Math.floor(this.start + ((this.realNow() - this.realStart) / 1000) * this.factor + this.offset);
    }
    advance(seconds) {
        if (!(seconds >= 0))
            throw new RangeError(`A clock only moves forward; got ${seconds} seconds`);
        this.offset += seconds;
    }
}
const manualClock = (start) => new ManualClock(start);
const acceleratedClock = (factor, start) => new AcceleratedClock({ factor, start });

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./src/simulator/openapi-schema.ts
function toJsonSchema(node) {
    if (Array.isArray(node))
        return node.map(toJsonSchema);
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'x-oaiMeta' || key === 'example' || key === 'examples')
            continue;
        out[key] = DATA_KEYWORDS.has(key) ? value : toJsonSchema(value);
    }
    for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
        if (typeof out[exclusive] !== 'boolean')
            continue;
        if (out[exclusive] === true && typeof out[bound] === 'number') {
            out[exclusive] = out[bound];
            delete out[bound];
        }
        else {
            delete out[exclusive];
        }
    }
    const nullable = out.nullable === true;
    delete out.nullable;
    return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}
const DATA_KEYWORDS = new Set(['enum', 'const', 'default']);
function pointer(...segments) {
    return '#' + segments.map(s => '/' + encodeURIComponent(String(s).replace(/~/g, '~0').replace(/\//g, '~1'))).join('');
}

;// CONCATENATED MODULE: ./src/simulator/validation-errors.ts

function requestError(errors, data) {
    const located = errors.map(error => ({ error, path: targetPath(error) }));
    const depth = Math.max(...located.map(l => l.path.length));
    const deepest = located.filter(l => l.path.length === depth);
    const pick = (...keywords) => deepest.find(l => keywords.includes(l.error.keyword));
    const missing = pick('required');
    if (missing)
        return badRequest(`Missing required parameter: '${paramName(missing.path)}'.`, paramName(missing.path), 'missing_required_parameter');
    const unknown = pick('additionalProperties', 'unevaluatedProperties');
    if (unknown)
        return badRequest(`Unknown parameter: '${paramName(unknown.path)}'.`, paramName(unknown.path), 'unknown_parameter');
    const tag = pick('discriminator');
    if (tag) {
        const param = paramName(tag.path);
        const value = valueAt(data, tag.path);
        return value === undefined
            ? badRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter')
            : badRequest(`Invalid value for '${param}': ${describe(value)} is not supported.`, param, 'invalid_value');
    }
    const param = paramOf(deepest[0].path);
    const value = valueAt(data, deepest[0].path);
    const bound = deepest.find(l => !['type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'not', 'if'].includes(l.error.keyword));
    if (bound)
        return badRequest(`Invalid value for '${param ?? 'body'}': ${bound.error.message ?? 'not allowed'}.`, param, 'invalid_value');
    const expected = new Set();
    let onlyTypes = true;
    for (const { error } of deepest) {
        if (error.keyword === 'type')
            expected.add(typeName(String(error.params.type)));
        if (error.keyword === 'enum') {
            onlyTypes = false;
            for (const v of error.params.allowedValues)
                expected.add(JSON.stringify(v).replace(/"/g, "'"));
        }
        if (error.keyword === 'const') {
            onlyTypes = false;
            expected.add(JSON.stringify(error.params.allowedValue).replace(/"/g, "'"));
        }
    }
    if (expected.size === 0)
        return badRequest(`Invalid value for '${param ?? 'body'}': ${deepest[0].error.message}.`, param, 'invalid_value');
    const list = [...expected];
    const wanted = list.length === 1 ? list[0] : `one of ${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
    if (param === null)
        return badRequest(`The request body must be ${wanted}, but got ${describe(value)}.`, null, 'invalid_type');
    return onlyTypes
        ? badRequest(`Invalid type for '${param}': expected ${wanted}, but got ${describe(value)} instead.`, param, 'invalid_type')
        : badRequest(`Invalid value for '${param}': expected ${wanted}, but got ${describe(value)}.`, param, 'invalid_value');
}
function targetPath(error) {
    const path = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const p = error.params;
    const extra = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty ?? (error.keyword === 'discriminator' ? p.tag : undefined);
    return extra === undefined ? path : [...path, String(extra)];
}
function paramName(path) {
    return path.reduce((name, segment) => (/^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '');
}
const paramOf = (path) => paramName(path) || null;
function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[segment];
    }
    return node;
}
function typeName(type) {
    return type === 'integer' ? 'an integer' : type === 'array' ? 'an array' : type === 'object' ? 'an object' : type === 'null' ? 'null' : `a ${type}`;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `a string ('${value.length > 40 ? value.slice(0, 40) + '…' : value}')`;
    if (typeof value === 'number')
        return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
    if (typeof value === 'object')
        return 'an object';
    return typeof value === 'undefined' ? 'nothing' : `a ${typeof value} (${String(value)})`;
}

;// CONCATENATED MODULE: ./src/simulator/contract.ts





const SPEC_ID = 'openai';
const REQUEST_SPEC_ID = 'openai-request';
const CLOSED_REQUEST_OBJECTS = [
    ['components', 'schemas', 'CreateFineTuningJobRequest', 'properties', 'hyperparameters'],
    ['components', 'schemas', 'FineTuneMethod'],
    ['components', 'schemas', 'FineTuneSupervisedMethod'],
    ['components', 'schemas', 'FineTuneDPOMethod'],
    ['components', 'schemas', 'FineTuneReinforcementMethod'],
    ['components', 'schemas', 'FineTuneSupervisedHyperparameters'],
    ['components', 'schemas', 'FineTuneDPOHyperparameters'],
    ['components', 'schemas', 'FineTuneReinforcementHyperparameters'],
];
let loaded;
class Contract {
    document;
    operations;
    strict;
    coercing;
    responses;
    validators = new Map();
    constructor(published) {
        this.document = toJsonSchema(published);
        const forRequests = structuredClone(this.document);
        for (const path of CLOSED_REQUEST_OBJECTS) {
            const node = path.reduce((n, key) => n?.[key], forRequests);
            if (!node)
                throw new Error(`The spec has no ${path.join('/')}; update CLOSED_REQUEST_OBJECTS`);
            node.additionalProperties ??= false;
        }
        const options = { strict: false, validateFormats: false, discriminator: true };
        this.strict = new _2020.Ajv2020(options);
        this.strict.addSchema({ ...forRequests, $id: REQUEST_SPEC_ID });
        this.coercing = new _2020.Ajv2020({ ...options, coerceTypes: true });
        this.coercing.addSchema({ ...forRequests, $id: REQUEST_SPEC_ID });
        this.responses = new _2020.Ajv2020(options);
        this.responses.addSchema({ ...this.document, $id: SPEC_ID });
        this.operations = readOperations(this.document);
    }
    static load() {
        loaded ??= new Contract(JSON.parse((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(564), __webpack_require__.b), 'utf8')));
        return loaded;
    }
    match(method, path) {
        for (const operation of this.operations) {
            if (operation.method !== method)
                continue;
            const m = operation.pattern.exec(path);
            if (!m)
                continue;
            const params = {};
            operation.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
            return { operation, params };
        }
        return undefined;
    }
    query(operation, search) {
        const query = {};
        for (const [key, value] of search) {
            const deep = /^([^[\]]+)\[([^[\]]*)\]$/.exec(key);
            if (deep && operation.deepObjectParams.has(deep[1])) {
                const target = query[deep[1]];
                const object = typeof target === 'object' && target !== null && !Array.isArray(target) ? target : {};
                object[deep[2]] = value;
                query[deep[1]] = object;
            }
            else if (operation.deepObjectParams.has(key) && value === 'null') {
                query[key] = null;
            }
            else if (key in query) {
                query[key] = [].concat(query[key], value);
            }
            else {
                query[key] = value;
            }
        }
        this.check(this.coercing, `query ${operation.id}`, () => querySchema(operation, this.document), query);
        return query;
    }
    jsonBody(operation, body) {
        const ref = REQUEST_SPEC_ID + pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
        this.check(this.strict, `json ${operation.id}`, () => ({ $ref: ref, unevaluatedProperties: false }), body);
    }
    multipartBody(operation, fields) {
        const ref = REQUEST_SPEC_ID + pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'multipart/form-data', 'schema');
        this.check(this.coercing, `multipart ${operation.id}`, () => ({ $ref: ref }), fields);
    }
    responseProblems(operation, body, contentType = 'application/json') {
        const ref = SPEC_ID + pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', '200', 'content', contentType, 'schema');
        const validate = this.validator(this.responses, `response ${contentType} ${operation.id}`, () => ({ $ref: ref }));
        if (validate(body))
            return [];
        return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);
    }
    schema(name) {
        return this.validator(this.responses, `schema ${name}`, () => ({ $ref: `${SPEC_ID}#/components/schemas/${name}` }));
    }
    check(ajv, key, schema, data) {
        const validate = this.validator(ajv, key, schema);
        if (!validate(data))
            throw requestError(validate.errors ?? [], data);
    }
    validator(ajv, key, schema) {
        let validate = this.validators.get(key);
        if (!validate) {
            validate = ajv.compile(schema());
            this.validators.set(key, validate);
        }
        return validate;
    }
}
function readOperations(document) {
    const operations = [];
    for (const [template, item] of Object.entries(document.paths)) {
        for (const method of ['get', 'post', 'delete']) {
            const op = item[method];
            if (!op)
                continue;
            const pathParams = [...template.matchAll(/\{([^}]+)\}/g)].map(m => m[1]);
            const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
            const parameters = (op.parameters ?? []);
            const content = (op.requestBody?.content ?? {});
            const ok = op.responses['200']?.content;
            operations.push({
                id: String(op.operationId),
                method: method.toUpperCase(),
                template,
                pattern: new RegExp(`^${source}$`),
                pathParams,
                deepObjectParams: new Set(parameters.filter(p => p.in === 'query' && (p.style === 'deepObject' || isObjectSchema(p.schema, document))).map(p => String(p.name))),
                body: 'application/json' in content
                    ? { kind: 'json', required: op.requestBody.required === true }
                    : 'multipart/form-data' in content
                        ? { kind: 'multipart', required: op.requestBody.required === true }
                        : undefined,
                responds: { json: Boolean(ok?.['application/json']), sse: Boolean(ok?.['text/event-stream']) },
            });
        }
    }
    return operations;
}
function querySchema(operation, document) {
    const op = document.paths[operation.template][operation.method.toLowerCase()];
    const properties = {};
    const required = [];
    (op.parameters ?? []).forEach((p, i) => {
        if (p.in !== 'query')
            return;
        properties[String(p.name)] = { $ref: REQUEST_SPEC_ID + pointer('paths', operation.template, operation.method.toLowerCase(), 'parameters', i, 'schema') };
        if (p.required === true)
            required.push(String(p.name));
    });
    return { type: 'object', properties, required, additionalProperties: false };
}
function isObjectSchema(schema, document) {
    const s = schema;
    if (!s)
        return false;
    if (typeof s.$ref === 'string') {
        const name = /^#\/components\/schemas\/(.+)$/.exec(s.$ref)?.[1];
        return name !== undefined && isObjectSchema(document.components.schemas[name], document);
    }
    return s.type === 'object' || (Array.isArray(s.anyOf) && s.anyOf.some(branch => isObjectSchema(branch, document)));
}
function checkLimit(limit, max) {
    if (typeof limit === 'number' && (limit < 1 || limit > max)) {
        throw badRequest(`Invalid value for 'limit': must be between 1 and ${max}, but got ${limit}.`, 'limit', 'invalid_value');
    }
}

;// CONCATENATED MODULE: ./src/simulator/environment.ts
const newCounters = () => ({
    requests: 0,
    rejected: 0,
    faults: 0,
    filesCreated: 0,
    filesDeleted: 0,
    uploadsCreated: 0,
    uploadPartsAdded: 0,
    uploadsCompleted: 0,
    uploadsCancelled: 0,
    jobsCreated: 0,
    jobsCancelled: 0,
    chatCompletions: 0,
});
const MB = 1024 * 1024;
const DEFAULT_LIMITS = {
    maxFileBytes: 512 * MB,
    maxUploadBytes: 8 * 1024 * MB,
    maxPartBytes: 64 * MB,
    uploadExpirySeconds: 3600,
    minTrainingExamples: 10,
    maxMetricEvents: 500,
};
const DEFAULT_ORGANIZATION = { id: 'org-simulator', name: 'simulator' };

;// CONCATENATED MODULE: ./src/simulator/route-pattern.ts
function requestMatcher(pattern) {
    if (pattern instanceof RegExp)
        return (method, path) => pattern.test(`${method} ${path}`);
    const spaced = /^(\S+)\s+(\S+)$/.exec(pattern.trim());
    const method = spaced ? spaced[1].toUpperCase() : '*';
    let path = spaced ? spaced[2] : pattern.trim();
    if (!path.startsWith('/v1/') && path !== '/v1')
        path = '/v1' + (path.startsWith('/') ? path : '/' + path);
    const source = path
        .split('/')
        .map(segment => (segment === '**' ? '.*' : segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
    const regex = new RegExp(`^${source}/?$`);
    return (m, p) => (method === '*' || method === m.toUpperCase()) && regex.test(p);
}

;// CONCATENATED MODULE: ./src/simulator/faults.ts

class Faults {
    rules = [];
    applied = [];
    inject(pattern, fault, times = 1) {
        const injected = { pattern, fault, remaining: times, hits: 0, cancel: () => (injected.remaining = 0) };
        this.rules.push({ injected, matches: requestMatcher(pattern) });
        return injected;
    }
    pending() {
        return this.rules.filter(r => r.injected.remaining > 0).map(r => r.injected);
    }
    clear() {
        for (const rule of this.rules)
            rule.injected.remaining = 0;
        this.rules.length = 0;
    }
    take(method, path, request) {
        const rule = this.rules.find(r => r.injected.remaining > 0 && r.matches(method, path));
        if (!rule)
            return undefined;
        rule.injected.remaining--;
        rule.injected.hits++;
        this.applied.push({ kind: rule.injected.fault.kind, method, path, request });
        return rule.injected.fault;
    }
    counts() {
        const counts = {};
        for (const a of this.applied)
            counts[a.kind] = (counts[a.kind] ?? 0) + 1;
        return counts;
    }
}

;// CONCATENATED MODULE: ./src/simulator/http.ts

class ClientGone extends Error {
    name = 'ClientGone';
}
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let ended = false;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
        });
        req.on('end', () => {
            ended = true;
            if (size > limit)
                reject(new ApiError(413, `Request body of ${size} bytes exceeds the limit of ${limit} bytes.`));
            else
                resolve(Buffer.concat(chunks));
        });
        req.on('error', () => reject(new ClientGone()));
        req.on('close', () => ended || reject(new ClientGone()));
    });
}
async function parseMultipart(body, contentType) {
    if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
        throw badRequest(`Invalid Content-Type header (${contentType ?? 'none'}), expected multipart/form-data.`);
    }
    let form;
    try {
        form = await new Request('http://simulator.local/', { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' }).formData();
    }
    catch {
        throw badRequest('Could not parse the multipart form data of the request.');
    }
    const fields = {};
    const files = new Map();
    for (const [key, value] of form.entries()) {
        const path = /^([^[\]]+)((?:\[[^[\]]+\])*)$/.exec(key);
        const segments = path ? [path[1], ...[...path[2].matchAll(/\[([^[\]]+)\]/g)].map(m => m[1])] : [key];
        let target = fields;
        for (const segment of segments.slice(0, -1)) {
            const next = target[segment];
            target = (target[segment] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {});
        }
        const last = segments.at(-1);
        const text = typeof value === 'string' ? value : value.name;
        if (typeof value !== 'string')
            files.set(key, value);
        target[last] = last in target ? [].concat(target[last], text) : text;
    }
    return { fields, files };
}
function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
}
function sendBytes(res, status, body, contentType, headers = {}) {
    res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(body.length) });
    res.end(body);
}
function sendEvents(res, chunks, headers = {}) {
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    for (const chunk of chunks)
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    res.end('data: [DONE]\n\n');
}
function sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal.aborted)
            return resolve();
        let timer;
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        if (Number.isFinite(ms))
            timer = setTimeout(done, Math.max(0, ms));
        signal.addEventListener('abort', done);
    });
}

;// CONCATENATED MODULE: ./src/simulator/models.ts

const SFT_DPO = ['supervised', 'dpo'];
const DEFAULT_MODELS = [
    { id: 'gpt-4.1-2025-04-14', created: 1744316542, fineTuning: SFT_DPO, aliases: ['gpt-4.1'] },
    { id: 'gpt-4.1-mini-2025-04-14', created: 1744317547, fineTuning: SFT_DPO, aliases: ['gpt-4.1-mini'] },
    { id: 'gpt-4.1-nano-2025-04-14', created: 1744321025, fineTuning: SFT_DPO, aliases: ['gpt-4.1-nano'] },
    { id: 'gpt-4o-2024-08-06', created: 1722814719, fineTuning: SFT_DPO, aliases: ['gpt-4o'] },
    { id: 'gpt-4o-mini-2024-07-18', created: 1721172717, fineTuning: SFT_DPO, aliases: ['gpt-4o-mini'] },
    { id: 'o4-mini-2025-04-16', created: 1744133506, fineTuning: ['reinforcement'], aliases: ['o4-mini'] },
    { id: 'gpt-3.5-turbo-0125', created: 1706048358, fineTuning: ['supervised'], aliases: ['gpt-3.5-turbo'] },
    { id: 'davinci-002', created: 1692634301, fineTuning: ['supervised'] },
    { id: 'babbage-002', created: 1692634615, fineTuning: ['supervised'] },
];
class ModelRegistry {
    models = new Map();
    constructor(specs, shutdownDates = {}) {
        for (const spec of specs) {
            const base = {
                id: spec.id,
                created: spec.created ?? 1_700_000_000,
                ownedBy: spec.owned_by ?? 'system',
                shutdownDate: shutdownDates[spec.id] ?? spec.shutdown_date,
                kind: 'base',
                fineTuning: spec.fineTuning,
                deleted: false,
            };
            this.models.set(spec.id, base);
            for (const alias of spec.aliases ?? []) {
                this.models.set(alias, { ...base, id: alias, kind: 'alias', base: spec.id, shutdownDate: shutdownDates[alias] ?? base.shutdownDate });
            }
        }
    }
    find(id) {
        const model = this.models.get(id);
        return model && !model.deleted ? model : undefined;
    }
    get(id) {
        const model = this.find(id);
        if (!model)
            throw notFound(`The model '${id}' does not exist`, 'model', 'model_not_found');
        return model;
    }
    list() {
        return [...this.models.values()].filter(m => !m.deleted && m.kind !== 'checkpoint');
    }
    trainable(id) {
        const model = this.find(id);
        if (!model || model.kind === 'checkpoint')
            return undefined;
        const root = model.kind === 'base' ? model.id : model.base;
        const methods = this.models.get(root)?.fineTuning ?? [];
        return methods.length === 0 ? undefined : { snapshot: model.kind === 'alias' ? root : model.id, root, methods };
    }
    addTrained(id, kind, base, jobId, created, ownedBy) {
        const model = { id, created, ownedBy, shutdownDate: this.models.get(base)?.shutdownDate, kind, base, jobId, deleted: false };
        this.models.set(id, model);
        return model;
    }
    delete(id, organizationId) {
        const model = this.get(id);
        if (model.kind !== 'fine-tuned' || model.ownedBy !== organizationId) {
            throw new ApiError(403, `You have insufficient permissions to delete the model '${id}'.`, 'model', 'insufficient_permissions');
        }
        model.deleted = true;
        return model;
    }
    object(model) {
        return {
            id: model.id,
            object: 'model',
            created: model.created,
            owned_by: model.ownedBy,
            ...(model.shutdownDate === undefined ? {} : { shutdown_date: model.shutdownDate }),
        };
    }
}

;// CONCATENATED MODULE: ./src/simulator/request-log.ts

class RequestLog {
    all = [];
    matching(pattern) {
        if (pattern === undefined)
            return [...this.all];
        const matches = requestMatcher(pattern);
        return this.all.filter(r => matches(r.method, r.path));
    }
    count(pattern) {
        return this.matching(pattern).length;
    }
    last(pattern) {
        return this.matching(pattern).at(-1);
    }
    clear() {
        this.all.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/simulator/request-record.ts

async function parseBody(raw, contentType) {
    if (raw.length === 0)
        return { recorded: undefined };
    if (contentType?.toLowerCase().startsWith('multipart/form-data')) {
        try {
            const multipart = await parseMultipart(raw, contentType);
            const recorded = structuredClone(multipart.fields);
            for (const [key, file] of multipart.files)
                setField(recorded, key, { filename: file.name, bytes: file.size, type: file.type });
            return { recorded, multipart };
        }
        catch {
            return { recorded: request_record_text(raw) };
        }
    }
    try {
        const json = JSON.parse(raw.toString('utf8'));
        return { recorded: json, json };
    }
    catch {
        return { recorded: request_record_text(raw), jsonError: true };
    }
}
function request_record_text(raw) {
    return raw.subarray(0, 4096).toString('utf8');
}
function setField(fields, key, value) {
    const segments = key.split(/[[\]]+/).filter(Boolean);
    let target = fields;
    for (const segment of segments.slice(0, -1))
        target = (target[segment] ??= {});
    target[segments.at(-1)] = value;
}
function rawQuery(search) {
    const query = {};
    for (const [key, value] of search) {
        const seen = query[key];
        query[key] = seen === undefined ? value : [].concat(seen, value);
    }
    return query;
}
function recordedHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (name === 'authorization' || value === undefined)
            continue;
        out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/simulator/pagination.ts
function paginate(ordered, after, limit) {
    let start = 0;
    if (after !== undefined) {
        const index = ordered.findIndex(item => item.id === after);
        if (index === -1)
            return { data: [], has_more: false };
        start = index + 1;
    }
    const data = ordered.slice(start, start + limit);
    return { data, has_more: start + limit < ordered.length };
}
function newestFirst(items) {
    return [...items].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
}

;// CONCATENATED MODULE: ./src/simulator/files.ts


class FileStore {
    env;
    processingSeconds;
    files = new Map();
    seq = 0;
    constructor(env, processingSeconds) {
        this.env = env;
        this.processingSeconds = processingSeconds;
    }
    create(input) {
        const createdAt = input.createdAt ?? this.env.clock.now();
        const file = {
            id: this.env.newId('file-', 22),
            seq: ++this.seq,
            filename: input.filename,
            purpose: input.purpose,
            content: input.content,
            createdAt,
            readyAt: createdAt + (input.processingSeconds ?? this.processingSeconds),
            expiresAt: input.expiresAfterSeconds === undefined ? undefined : createdAt + input.expiresAfterSeconds,
            deleted: false,
            origin: input.origin,
        };
        this.files.set(file.id, file);
        if (input.origin === 'api' || input.origin === 'upload')
            this.env.counters.filesCreated++;
        return file;
    }
    find(id) {
        const file = this.files.get(id);
        if (!file || file.deleted || (file.expiresAt !== undefined && this.env.clock.now() >= file.expiresAt))
            return undefined;
        return file;
    }
    get(id) {
        const file = this.find(id);
        if (!file)
            throw notFound(`No such File object: ${id}`, 'id');
        return file;
    }
    list(query) {
        let files = newestFirst([...this.files.keys()].map(id => this.find(id)).filter((f) => f !== undefined));
        if (query.purpose !== undefined)
            files = files.filter(f => f.purpose === query.purpose);
        if (query.order === 'asc')
            files.reverse();
        return paginate(files, query.after, query.limit ?? 10_000);
    }
    delete(id) {
        const file = this.get(id);
        file.deleted = true;
        this.env.counters.filesDeleted++;
        return file;
    }
    all() {
        return [...this.files.values()];
    }
    object(file) {
        return {
            id: file.id,
            object: 'file',
            bytes: file.content.length,
            created_at: file.createdAt,
            ...(file.expiresAt === undefined ? {} : { expires_at: file.expiresAt }),
            filename: file.filename,
            purpose: file.purpose,
            status: this.env.clock.now() >= file.readyAt ? 'processed' : 'uploaded',
        };
    }
}
function checkFineTuneFilename(purpose, filename, param) {
    if (purpose === 'fine-tune' && !filename.toLowerCase().endsWith('.jsonl')) {
        throw badRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', param, 'invalid_file_format');
    }
}

;// CONCATENATED MODULE: ./src/simulator/routes.ts



const HANDLERS = {
    async createFile({ state, body, files }) {
        const upload = files.get('file');
        if (!upload)
            throw badRequest("'file' must be a file upload, not a text field.", 'file', 'invalid_type');
        const content = Buffer.from(await upload.arrayBuffer());
        const max = state.limits.maxFileBytes;
        if (content.length > max) {
            throw badRequest(`File is ${content.length} bytes; files up to ${max} bytes can be uploaded here, larger ones through the Uploads API.`, 'file', 'file_too_large');
        }
        checkFineTuneFilename(body.purpose, upload.name, 'file');
        const file = state.files.create({ filename: upload.name, purpose: body.purpose, content, origin: 'api', expiresAfterSeconds: body.expires_after?.seconds });
        return { json: state.files.object(file) };
    },
    listFiles({ state, query }) {
        checkLimit(query.limit, 10_000);
        const page = state.files.list(query);
        const data = page.data.map(f => state.files.object(f));
        return { json: { object: 'list', data, first_id: data[0]?.id ?? '', last_id: data.at(-1)?.id ?? '', has_more: page.has_more } };
    },
    retrieveFile: ({ state, params }) => ({ json: state.files.object(state.files.get(params.file_id)) }),
    deleteFile({ state, params }) {
        const file = state.files.delete(params.file_id);
        return { json: { id: file.id, object: 'file', deleted: true } };
    },
    downloadFile: ({ state, params }) => ({ bytes: state.files.get(params.file_id).content, contentType: 'application/octet-stream' }),
    createUpload({ state, body }) {
        return { json: state.uploads.object(state.uploads.create(body)) };
    },
    async addUploadPart({ state, params, files }) {
        const data = files.get('data');
        if (!data)
            throw badRequest("'data' must be a file upload, not a text field.", 'data', 'invalid_type');
        const { upload, part } = state.uploads.addPart(params.upload_id, Buffer.from(await data.arrayBuffer()));
        return { json: state.uploads.partObject(upload, part) };
    },
    completeUpload: ({ state, params, body }) => ({ json: state.uploads.object(state.uploads.complete(params.upload_id, body.part_ids, body.md5)) }),
    cancelUpload: ({ state, params }) => ({ json: state.uploads.object(state.uploads.cancel(params.upload_id)) }),
    createFineTuningJob: ({ state, body }) => ({ json: state.jobs.object(state.jobs.create(body)) }),
    listPaginatedFineTuningJobs({ state, query }) {
        const page = state.jobs.list(query);
        return { json: { object: 'list', data: page.data.map(j => state.jobs.object(j)), has_more: page.has_more } };
    },
    retrieveFineTuningJob: ({ state, params }) => ({ json: state.jobs.object(state.jobs.get(params.fine_tuning_job_id)) }),
    cancelFineTuningJob: ({ state, params }) => ({ json: state.jobs.object(state.jobs.cancel(params.fine_tuning_job_id)) }),
    pauseFineTuningJob: ({ state, params }) => ({ json: state.jobs.object(state.jobs.pause(params.fine_tuning_job_id)) }),
    resumeFineTuningJob: ({ state, params }) => ({ json: state.jobs.object(state.jobs.resume(params.fine_tuning_job_id)) }),
    listFineTuningEvents({ state, params, query }) {
        const page = state.jobs.events(params.fine_tuning_job_id, query.after, query.limit);
        return { json: { object: 'list', data: page.data, has_more: page.has_more } };
    },
    listFineTuningJobCheckpoints({ state, params, query }) {
        const page = state.jobs.checkpoints(params.fine_tuning_job_id, query.after, query.limit);
        const { data } = page;
        return { json: { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: page.has_more } };
    },
    listModels: ({ state }) => ({ json: { object: 'list', data: state.models.list().map(m => state.models.object(m)) } }),
    retrieveModel: ({ state, params }) => ({ json: state.models.object(state.models.get(params.model)) }),
    deleteModel({ state, params }) {
        const model = state.models.delete(params.model, state.organization.id);
        return { json: { id: model.id, object: 'model', deleted: true } };
    },
    async createChatCompletion({ state, body, signal }) {
        const { response, chunks } = await state.chat.complete(body, signal);
        return chunks ? { events: chunks } : { json: response };
    },
    listChatCompletions({ state, query }) {
        const page = state.chat.list(query);
        const ids = page.data.map(c => String(c.id));
        return { json: { object: 'list', data: page.data, first_id: ids[0] ?? '', last_id: ids.at(-1) ?? '', has_more: page.has_more } };
    },
};

;// CONCATENATED MODULE: ./src/simulator/token-estimate.ts
function estimateTokens(text) {
    const words = text.split(/\s+/).filter(Boolean).length;
    return Math.ceil((words * 4) / 3);
}

;// CONCATENATED MODULE: ./src/simulator/chat.ts



const defaultAnswer = (model, lastUserMessage) => `[${model}] ${lastUserMessage}`;
class ChatService {
    env;
    models;
    fixtures;
    latency;
    inFlight = new Map();
    peak = new Map();
    calls = new Map();
    inFlightTotal = 0;
    peakTotal = 0;
    stored = [];
    constructor(env, models, fixtures, latency = 0) {
        this.env = env;
        this.models = models;
        this.fixtures = fixtures;
        this.latency = latency;
    }
    async complete(request, signal) {
        const requested = String(request.model);
        const model = this.models.get(requested);
        const messages = request.messages;
        this.enter(requested);
        try {
            const ms = typeof this.latency === 'function' ? this.latency(requested) : this.latency;
            if (ms > 0)
                await sleep(ms, signal);
            const last = textOf([...messages].reverse().find(m => m.role === 'user')?.content);
            let content = (await this.answer({ model: requested, messages, lastUserMessage: last, request })) ?? defaultAnswer(requested, last);
            let finish = 'stop';
            const max = (request.max_completion_tokens ?? request.max_tokens);
            if (typeof max === 'number' && estimateTokens(content) > max) {
                content = content.split(/\s+/).filter(Boolean).slice(0, Math.floor((max * 3) / 4)).join(' ');
                finish = 'length';
            }
            const n = typeof request.n === 'number' ? request.n : 1;
            const promptTokens = 3 + messages.reduce((sum, m) => sum + 3 + estimateTokens(textOf(m.content)), 0);
            const completionTokens = estimateTokens(content) * n;
            const usage = {
                prompt_tokens: promptTokens,
                completion_tokens: completionTokens,
                total_tokens: promptTokens + completionTokens,
                prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
                completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
            };
            const head = {
                id: this.env.newId('chatcmpl-', 29),
                created: this.env.clock.now(),
                model: model.kind === 'alias' ? model.base : model.id,
                service_tier: 'default',
                system_fingerprint: 'fp_simulator',
            };
            const metadata = (request.metadata ?? null);
            const response = {
                ...head,
                object: 'chat.completion',
                choices: Array.from({ length: n }, (_, index) => ({
                    index,
                    message: { role: 'assistant', content, refusal: null, annotations: [] },
                    logprobs: null,
                    finish_reason: finish,
                })),
                usage,
                ...(metadata ? { metadata } : {}),
            };
            if (request.store === true)
                this.stored.push({ id: head.id, model: head.model, metadata, response });
            this.env.counters.chatCompletions++;
            this.calls.set(requested, (this.calls.get(requested) ?? 0) + 1);
            if (request.stream !== true)
                return { response };
            return { response, chunks: streamChunks(head, content, n, finish, request.stream_options?.include_usage ? usage : undefined) };
        }
        finally {
            this.leave(requested);
        }
    }
    list(query) {
        let items = this.stored.filter(c => query.model === undefined || c.model === query.model);
        const wanted = query.metadata;
        if (wanted)
            items = items.filter(c => Object.entries(wanted).every(([k, v]) => c.metadata?.[k] === v));
        if (query.order === 'desc')
            items = [...items].reverse();
        const page = paginate(items, query.after, query.limit ?? 20);
        return { data: page.data.map(c => c.response), has_more: page.has_more };
    }
    stats() {
        return {
            inFlight: Object.fromEntries(this.inFlight),
            maxInFlight: Object.fromEntries(this.peak),
            maxInFlightTotal: this.peakTotal,
            calls: Object.fromEntries(this.calls),
        };
    }
    async answer(input) {
        const fixtures = this.fixtures;
        if (typeof fixtures === 'function')
            return fixtures(input);
        if (!fixtures)
            return undefined;
        const { model, lastUserMessage: last } = input;
        return fixtures[model]?.[last] ?? fixtures['*']?.[last] ?? fixtures[model]?.['*'] ?? fixtures['*']?.['*'];
    }
    enter(model) {
        const now = (this.inFlight.get(model) ?? 0) + 1;
        this.inFlight.set(model, now);
        this.peak.set(model, Math.max(this.peak.get(model) ?? 0, now));
        this.inFlightTotal++;
        this.peakTotal = Math.max(this.peakTotal, this.inFlightTotal);
    }
    leave(model) {
        this.inFlight.set(model, this.inFlight.get(model) - 1);
        this.inFlightTotal--;
    }
}
function textOf(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content))
        return content.map(part => (typeof part?.text === 'string' ? part.text : '')).join('');
    return '';
}
function streamChunks(head, content, n, finish, usage) {
    const chunk = (choices, extra = {}) => ({ ...head, object: 'chat.completion.chunk', choices, ...extra });
    const chunks = [];
    const words = content.split(/(?<=\s)/);
    for (let index = 0; index < n; index++) {
        chunks.push(chunk([{ index, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }]));
        for (const word of words)
            if (word)
                chunks.push(chunk([{ index, delta: { content: word }, logprobs: null, finish_reason: null }]));
        chunks.push(chunk([{ index, delta: {}, logprobs: null, finish_reason: finish }]));
    }
    if (usage)
        chunks.push(chunk([], { usage }));
    return chunks;
}

;// CONCATENATED MODULE: ./src/simulator/hyperparameters.ts
function defaultEpochs(examples) {
    if (examples <= 0)
        return 3;
    if (examples * 3 < 100)
        return Math.min(25, Math.floor(100 / examples));
    if (examples * 3 > 25_000)
        return Math.max(1, Math.floor(25_000 / examples));
    return 3;
}
function requestedHyperparameters(method, given = {}) {
    const auto = { batch_size: 'auto', learning_rate_multiplier: 'auto', n_epochs: 'auto' };
    if (method === 'dpo')
        auto.beta = 'auto';
    if (method === 'reinforcement') {
        Object.assign(auto, { reasoning_effort: 'default', compute_multiplier: 'auto', eval_interval: 'auto', eval_samples: 'auto' });
    }
    return { ...auto, ...given };
}
function resolveHyperparameters(requested, examples) {
    const resolved = { ...requested };
    const auto = (key) => resolved[key] === 'auto';
    if (auto('n_epochs'))
        resolved.n_epochs = defaultEpochs(examples);
    if (auto('batch_size'))
        resolved.batch_size = Math.min(256, Math.max(1, Math.round(examples * 0.002)));
    if (auto('learning_rate_multiplier'))
        resolved.learning_rate_multiplier = 1.8;
    if (auto('beta'))
        resolved.beta = 0.1;
    if (resolved.reasoning_effort === 'default')
        resolved.reasoning_effort = 'medium';
    if (auto('compute_multiplier'))
        resolved.compute_multiplier = 1;
    if (auto('eval_interval'))
        resolved.eval_interval = 1;
    if (auto('eval_samples'))
        resolved.eval_samples = 1;
    return resolved;
}

;// CONCATENATED MODULE: ./src/simulator/job-record.ts
const DEFAULT_JOB_SCHEDULE = { validatingSeconds: 10, queuedSeconds: 20, runningSeconds: 120 };
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

;// CONCATENATED MODULE: ./src/simulator/random.ts
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function idMaker(random) {
    return (prefix, length = 24) => {
        let id = prefix;
        for (let i = 0; i < length; i++)
            id += ALPHABET[Math.floor(random() * ALPHABET.length)];
        return id;
    };
}

;// CONCATENATED MODULE: ./src/simulator/training-curve.ts

class TrainingCurve {
    totalSteps;
    withValidation;
    loss;
    validRatio;
    initial;
    constructor(seed, totalSteps, withValidation) {
        this.totalSteps = totalSteps;
        this.withValidation = withValidation;
        const random = seededRandom(seed);
        this.initial = 1.6 + random() * 0.8;
        const final = 0.12 + random() * 0.2;
        this.validRatio = 1.04 + random() * 0.1;
        const weights = Array.from({ length: totalSteps }, (_, i) => Math.exp((-4 * i) / Math.max(1, totalSteps)) * (0.4 + random()));
        const sum = weights.reduce((a, b) => a + b, 0);
        this.loss = new Float64Array(totalSteps + 1);
        this.loss[0] = this.initial;
        for (let step = 1; step <= totalSteps; step++)
            this.loss[step] = this.loss[step - 1] - ((this.initial - final) * weights[step - 1]) / sum;
    }
    at(step) {
        const train = this.loss[Math.min(Math.max(step, 0), this.totalSteps)];
        const metrics = { step, train_loss: train, train_mean_token_accuracy: this.accuracy(train) };
        if (this.withValidation) {
            metrics.valid_loss = train * this.validRatio;
            metrics.valid_mean_token_accuracy = this.accuracy(train * this.validRatio);
        }
        return metrics;
    }
    atEpochEnd(step) {
        const metrics = this.at(step);
        if (metrics.valid_loss !== undefined) {
            metrics.full_valid_loss = metrics.valid_loss * 0.98;
            metrics.full_valid_mean_token_accuracy = this.accuracy(metrics.full_valid_loss);
        }
        return metrics;
    }
    accuracy(loss) {
        return Math.min(1, Math.max(0, 1 - loss / (this.initial * 1.6)));
    }
}

;// CONCATENATED MODULE: ./src/simulator/job-progress.ts




class JobProgress {
    env;
    files;
    models;
    constructor(env, files, models) {
        this.env = env;
        this.files = files;
        this.models = models;
    }
    advance(job, now) {
        for (;;) {
            if (TERMINAL.has(job.status) || job.pausedAt !== undefined)
                return;
            if (job.status === 'validating_files') {
                const ready = [job.trainingFile, job.validationFile].map(id => (id ? this.files.find(id)?.readyAt ?? 0 : 0));
                const end = Math.max(job.phaseStart, ...ready) + job.schedule.validatingSeconds;
                if (now < end)
                    return;
                if (job.schedule.failure?.phase === 'validating_files')
                    return this.fail(job, end);
                this.plan(job);
                job.status = 'queued';
                job.phaseStart = end;
                job.estimatedFinish = end + job.schedule.queuedSeconds + job.schedule.runningSeconds;
                this.event(job, end, 'Files validated, moving job to queued state');
            }
            else if (job.status === 'queued') {
                const end = job.phaseStart + job.schedule.queuedSeconds;
                if (now < end)
                    return;
                job.status = 'running';
                job.phaseStart = end;
                job.estimatedFinish = end + job.schedule.runningSeconds;
                this.event(job, end, 'Fine-tuning job started');
            }
            else {
                return this.run(job, now);
            }
        }
    }
    plan(job) {
        const examples = Math.max(1, job.training.examples);
        job.resolved = resolveHyperparameters(job.requested, examples);
        const epochs = Number(job.resolved.n_epochs);
        const stepsPerEpoch = Math.ceil(examples / Number(job.resolved.batch_size));
        const totalSteps = stepsPerEpoch * epochs;
        const checkpointSteps = new Set();
        for (let epoch = Math.max(1, epochs - 2); epoch <= epochs; epoch++)
            checkpointSteps.add(epoch * stepsPerEpoch);
        const failure = job.schedule.failure;
        job.plan = {
            epochs,
            stepsPerEpoch,
            totalSteps,
            curve: new TrainingCurve(hashString(`${job.seed}:${job.id}`), totalSteps, job.validationFile !== null),
            done: 0,
            checkpointSteps,
            failStep: failure?.phase === 'running' ? Math.min(totalSteps, Math.max(1, Math.ceil(totalSteps * (failure.atFraction ?? 0.5)))) : undefined,
        };
    }
    run(job, now) {
        const plan = job.plan;
        const { runningSeconds } = job.schedule;
        const start = job.phaseStart;
        const total = plan.totalSteps;
        const end = start + runningSeconds;
        const reached = now >= end ? total : Math.min(total, Math.floor(((now - start) * total) / runningSeconds));
        const most = this.env.limits.maxMetricEvents;
        for (let step = plan.done + 1; step <= reached; step++) {
            const at = start + Math.floor((runningSeconds * step) / total);
            if (total <= most || step === total || Math.floor((step * most) / total) !== Math.floor(((step - 1) * most) / total)) {
                this.metrics(job, at, step);
            }
            if (plan.checkpointSteps.has(step))
                this.checkpoint(job, at, step);
            plan.done = step;
            if (plan.failStep === step)
                return this.fail(job, at);
        }
        if (reached === total && now >= end)
            this.succeed(job, end);
    }
    metrics(job, at, step) {
        const plan = job.plan;
        const m = plan.curve.at(step);
        const validation = m.valid_loss === undefined ? '' : `, validation loss=${m.valid_loss.toFixed(4)}`;
        this.event(job, at, `Step ${step}/${plan.totalSteps}: training loss=${m.train_loss.toFixed(4)}${validation}`, 'metrics', { ...m, total_steps: plan.totalSteps });
    }
    checkpoint(job, at, step) {
        const name = `${job.modelName}:ckpt-step-${step}`;
        job.checkpoints.push({
            object: 'fine_tuning.job.checkpoint',
            id: this.env.newId('ftckpt_'),
            created_at: at,
            fine_tuned_model_checkpoint: name,
            fine_tuning_job_id: job.id,
            metrics: job.plan.curve.atEpochEnd(step),
            step_number: step,
        });
        this.models.addTrained(name, 'checkpoint', job.root, job.id, at, this.env.organization.id);
        this.event(job, at, `Checkpoint created at step ${step} with Snapshot ID: ${name}`);
    }
    succeed(job, at) {
        const plan = job.plan;
        this.models.addTrained(job.modelName, 'fine-tuned', job.root, job.id, at, this.env.organization.id);
        const results = this.files.create({
            filename: 'step_metrics.csv',
            purpose: 'fine-tune-results',
            content: Buffer.from(resultsCsv(plan)),
            origin: 'server',
            createdAt: at,
            processingSeconds: 0,
        });
        job.status = 'succeeded';
        job.fineTunedModel = job.modelName;
        job.trainedTokens = job.training.tokens * plan.epochs;
        job.resultFiles = [results.id];
        job.finishedAt = at;
        this.event(job, at, `New fine-tuned model created: ${job.modelName}`);
        this.event(job, at, 'Evaluating model against our usage policies');
        this.event(job, at, 'Usage policy evaluations completed, model is now enabled for sampling');
        this.event(job, at, 'The job has successfully completed');
    }
    fail(job, at) {
        const failure = job.schedule.failure;
        const error = {
            code: failure.code ?? (failure.phase === 'running' ? 'server_error' : 'invalid_training_file'),
            message: failure.message ?? (failure.phase === 'running' ? 'The job failed due to an internal error.' : 'The job failed due to an invalid training file.'),
            param: failure.param ?? (failure.phase === 'running' ? null : 'training_file'),
        };
        job.status = 'failed';
        job.error = error;
        job.finishedAt = at;
        this.event(job, at, error.message, 'message', {}, 'error');
    }
    event(job, at, message, type = 'message', data = {}, level = 'info') {
        job.events.push({ object: 'fine_tuning.job.event', id: this.env.newId('ftevent-'), created_at: at, level, message, type, data });
    }
}
function resultsCsv(plan) {
    const rows = ['step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy'];
    for (let step = 1; step <= plan.totalSteps; step++) {
        const m = plan.curve.at(step);
        rows.push([step, m.train_loss, m.train_mean_token_accuracy, m.valid_loss ?? '', m.valid_mean_token_accuracy ?? ''].join(','));
    }
    return rows.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/simulator/jobs.ts





const METHODS = ['supervised', 'dpo', 'reinforcement'];
class JobStore {
    env;
    files;
    models;
    schedule;
    measure;
    jobs = new Map();
    progress;
    seq = 0;
    created = 0;
    constructor(env, files, models, schedule, measure) {
        this.env = env;
        this.files = files;
        this.models = models;
        this.schedule = schedule;
        this.measure = measure;
        this.progress = new JobProgress(env, files, models);
    }
    create(request, options = {}) {
        this.sync();
        const trainable = this.models.trainable(request.model);
        if (!trainable) {
            throw badRequest(`Model ${request.model} is not available for fine-tuning or does not exist.`, 'model', 'model_not_available');
        }
        const method = request.method?.type ?? 'supervised';
        for (const other of METHODS) {
            if (other !== method && request.method?.[other] !== undefined) {
                throw badRequest(`'method.${other}' cannot be given for a ${method} job.`, `method.${other}`, 'invalid_value');
            }
        }
        const settings = { ...(request.method?.[method] ?? {}) };
        if (method === 'reinforcement' && request.method?.reinforcement === undefined) {
            throw badRequest("Missing required parameter: 'method.reinforcement'.", 'method.reinforcement', 'missing_required_parameter');
        }
        if (!trainable.methods.includes(method)) {
            throw badRequest(`Model ${request.model} does not support ${method} fine-tuning.`, 'method.type', 'invalid_value');
        }
        const methodHyperparameters = settings.hyperparameters;
        delete settings.hyperparameters;
        if (request.hyperparameters !== undefined && methodHyperparameters !== undefined) {
            throw badRequest(`Give hyperparameters in 'method.${method}.hyperparameters' only; the top-level 'hyperparameters' is deprecated.`, 'hyperparameters', 'invalid_value');
        }
        const trainingFile = this.fineTuneFile(request.training_file, 'training_file');
        const validationFile = request.validation_file ? this.fineTuneFile(request.validation_file, 'validation_file') : undefined;
        checkMetadata(request.metadata);
        const createdAt = options.createdAt ?? this.env.clock.now();
        const schedule = this.scheduleFor({ request, index: this.created++, trainingFile }, options.schedule);
        const training = this.measure(trainingFile.content);
        schedule.failure ??= this.validationFailure(training, validationFile);
        const id = this.env.newId('ftjob-');
        const job = {
            id,
            seq: ++this.seq,
            createdAt,
            model: trainable.snapshot,
            root: trainable.root,
            trainingFile: trainingFile.id,
            validationFile: validationFile?.id ?? null,
            suffix: request.suffix ?? null,
            seed: request.seed ?? Math.floor(this.env.random() * 2_147_483_647),
            metadata: request.metadata ?? null,
            integrations: request.integrations ?? null,
            method,
            methodSettings: settings,
            requested: requestedHyperparameters(method, methodHyperparameters ?? request.hyperparameters),
            status: 'validating_files',
            phaseStart: createdAt,
            error: null,
            finishedAt: null,
            fineTunedModel: null,
            trainedTokens: null,
            resultFiles: [],
            estimatedFinish: null,
            schedule,
            modelName: `ft:${trainable.root}:${this.env.organization.name}:${request.suffix ?? ''}:${this.env.newId('', 8)}`,
            training,
            events: [],
            checkpoints: [],
            origin: options.origin ?? 'api',
        };
        this.jobs.set(id, job);
        if (job.origin === 'api')
            this.env.counters.jobsCreated++;
        this.progress.event(job, createdAt, `Created fine-tuning job: ${id}`);
        this.progress.event(job, createdAt, `Validating training file: ${job.trainingFile}${job.validationFile ? ` and validation file: ${job.validationFile}` : ''}`);
        this.sync();
        return job;
    }
    scheduleFor(context, override) {
        const scheduled = typeof this.schedule === 'function' ? this.schedule(context) : this.schedule;
        return { ...DEFAULT_JOB_SCHEDULE, ...scheduled, ...override };
    }
    get(id) {
        this.sync();
        const job = this.jobs.get(id);
        if (!job)
            throw notFound(`No such fine-tuning job: ${id}`, 'fine_tuning_job_id', 'not_found');
        return job;
    }
    list(query) {
        this.sync();
        let jobs = newestFirst(this.jobs.values());
        const wanted = query.metadata;
        if (wanted === null)
            jobs = jobs.filter(j => j.metadata === null || Object.keys(j.metadata).length === 0);
        else if (wanted !== undefined)
            jobs = jobs.filter(j => Object.entries(wanted).every(([k, v]) => j.metadata?.[k] === v));
        return paginate(jobs, query.after, query.limit ?? 20);
    }
    all() {
        this.sync();
        return [...this.jobs.values()];
    }
    cancel(id, by = 'api') {
        const job = this.get(id);
        if (TERMINAL.has(job.status))
            throw badRequest(`Job ${id} has already ${job.status === 'cancelled' ? 'been cancelled' : 'completed'} (status: ${job.status}).`, 'fine_tuning_job_id', 'invalid_state');
        const now = this.env.clock.now();
        job.status = 'cancelled';
        job.finishedAt = now;
        job.pausedAt = undefined;
        this.progress.event(job, now, 'Fine-tuning job cancelled');
        if (by === 'api')
            this.env.counters.jobsCancelled++;
        return job;
    }
    pause(id) {
        const job = this.get(id);
        if (TERMINAL.has(job.status))
            throw badRequest(`Job ${id} is ${job.status}; only an unfinished job can be paused.`, 'fine_tuning_job_id', 'invalid_state');
        if (job.pausedAt !== undefined)
            throw badRequest(`Job ${id} is already paused.`, 'fine_tuning_job_id', 'invalid_state');
        job.pausedAt = this.env.clock.now();
        this.progress.event(job, job.pausedAt, 'Fine-tuning job paused');
        return job;
    }
    resume(id) {
        const job = this.get(id);
        if (job.pausedAt === undefined)
            throw badRequest(`Job ${id} is not paused.`, 'fine_tuning_job_id', 'invalid_state');
        const now = this.env.clock.now();
        job.phaseStart += now - job.pausedAt;
        if (job.estimatedFinish !== null)
            job.estimatedFinish += now - job.pausedAt;
        job.pausedAt = undefined;
        this.progress.event(job, now, 'Fine-tuning job resumed');
        return job;
    }
    events(id, after, limit = 20) {
        return paginate([...this.get(id).events].reverse(), after, limit);
    }
    checkpoints(id, after, limit = 10) {
        return paginate([...this.get(id).checkpoints].reverse(), after, limit);
    }
    sync() {
        const now = this.env.clock.now();
        for (const job of this.jobs.values())
            this.progress.advance(job, now);
    }
    object(job) {
        const hp = job.resolved ?? job.requested;
        return {
            object: 'fine_tuning.job',
            id: job.id,
            created_at: job.createdAt,
            error: job.error,
            fine_tuned_model: job.fineTunedModel,
            finished_at: job.finishedAt,
            hyperparameters: {
                batch_size: hp.batch_size,
                learning_rate_multiplier: hp.learning_rate_multiplier,
                n_epochs: hp.n_epochs,
            },
            model: job.model,
            organization_id: this.env.organization.id,
            result_files: job.resultFiles,
            seed: job.seed,
            status: job.status,
            trained_tokens: job.trainedTokens,
            training_file: job.trainingFile,
            validation_file: job.validationFile,
            integrations: job.integrations,
            estimated_finish: job.estimatedFinish,
            method: { type: job.method, [job.method]: { ...job.methodSettings, hyperparameters: hp } },
            metadata: job.metadata,
            ...(job.suffix ? { user_provided_suffix: job.suffix } : {}),
        };
    }
    fineTuneFile(id, param) {
        const file = this.files.find(id);
        if (!file)
            throw badRequest(`invalid ${param}: ${id}`, param);
        if (file.purpose !== 'fine-tune') {
            throw badRequest(`File ${id} has purpose '${file.purpose}'; fine-tuning takes files uploaded with purpose 'fine-tune'.`, param, 'invalid_file_purpose');
        }
        return file;
    }
    validationFailure(training, validationFile) {
        const fileFailure = (which, line) => ({
            phase: 'validating_files',
            code: 'invalid_file_format',
            message: `The job failed due to an invalid ${which} file. Invalid file format: line ${line} is not a JSON object.`,
            param: `${which}_file`,
        });
        if (training.invalidLine !== undefined)
            return fileFailure('training', training.invalidLine);
        const min = this.env.limits.minTrainingExamples;
        if (training.examples < min) {
            return {
                phase: 'validating_files',
                code: 'invalid_n_examples',
                message: `The job failed due to an invalid training file. Training file has ${training.examples} example(s), but must have at least ${min} examples.`,
                param: 'training_file',
            };
        }
        const validation = validationFile && this.measure(validationFile.content);
        if (validation?.invalidLine !== undefined)
            return fileFailure('validation', validation.invalidLine);
        return undefined;
    }
}
function checkMetadata(metadata) {
    if (!metadata)
        return;
    const keys = Object.keys(metadata);
    if (keys.length > 16)
        throw badRequest(`Invalid 'metadata': at most 16 pairs are allowed, but got ${keys.length}.`, 'metadata', 'invalid_value');
    for (const key of keys) {
        if (key.length > 64)
            throw badRequest(`Invalid 'metadata': key '${key.slice(0, 20)}…' is longer than 64 characters.`, 'metadata', 'invalid_value');
        if (metadata[key].length > 512)
            throw badRequest(`Invalid 'metadata.${key}': values are at most 512 characters.`, `metadata.${key}`, 'invalid_value');
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/simulator/uploads.ts



class UploadStore {
    env;
    files;
    uploads = new Map();
    constructor(env, files) {
        this.env = env;
        this.files = files;
    }
    create(input) {
        const { maxUploadBytes, uploadExpirySeconds } = this.env.limits;
        if (input.bytes < 0 || input.bytes > maxUploadBytes) {
            throw badRequest(`Invalid value for 'bytes': an upload holds from 0 to ${maxUploadBytes} bytes, but got ${input.bytes}.`, 'bytes', 'invalid_value');
        }
        checkFineTuneFilename(input.purpose, input.filename, 'filename');
        const now = this.env.clock.now();
        const upload = {
            id: this.env.newId('upload_'),
            filename: input.filename,
            purpose: input.purpose,
            bytes: input.bytes,
            mimeType: input.mime_type,
            createdAt: now,
            expiresAt: now + uploadExpirySeconds,
            expiresAfterSeconds: input.expires_after?.seconds,
            status: 'pending',
            parts: new Map(),
        };
        this.uploads.set(upload.id, upload);
        this.env.counters.uploadsCreated++;
        return upload;
    }
    get(id) {
        const upload = this.uploads.get(id);
        if (!upload)
            throw notFound(`No such Upload object: ${id}`, 'upload_id');
        return upload;
    }
    addPart(id, data) {
        const upload = this.pending(id);
        if (data.length > this.env.limits.maxPartBytes) {
            throw badRequest(`A part holds at most ${this.env.limits.maxPartBytes} bytes, but got ${data.length}.`, 'data', 'invalid_value');
        }
        const part = { id: this.env.newId('part_'), createdAt: this.env.clock.now(), data };
        upload.parts.set(part.id, part);
        this.env.counters.uploadPartsAdded++;
        return { upload, part };
    }
    complete(id, partIds, md5) {
        const upload = this.pending(id);
        const seen = new Set();
        const chunks = partIds.map((partId, i) => {
            const part = upload.parts.get(partId);
            if (!part)
                throw badRequest(`Part ${partId} does not belong to upload ${id}.`, `part_ids[${i}]`, 'invalid_value');
            if (seen.has(partId))
                throw badRequest(`Part ${partId} is listed more than once.`, `part_ids[${i}]`, 'invalid_value');
            seen.add(partId);
            return part.data;
        });
        const content = Buffer.concat(chunks);
        if (content.length !== upload.bytes) {
            throw badRequest(`The parts hold ${content.length} bytes, but the upload was created for ${upload.bytes} bytes.`, 'part_ids', 'invalid_value');
        }
        if (md5 !== undefined) {
            const actual = (0,external_node_crypto_.createHash)('md5').update(content).digest('hex');
            if (actual !== md5.toLowerCase()) {
                throw badRequest(`The md5 checksum ${md5} does not match the uploaded bytes (md5 ${actual}).`, 'md5', 'invalid_value');
            }
        }
        const file = this.files.create({
            filename: upload.filename,
            purpose: upload.purpose,
            content,
            origin: 'upload',
            expiresAfterSeconds: upload.expiresAfterSeconds,
        });
        upload.status = 'completed';
        upload.fileId = file.id;
        this.env.counters.uploadsCompleted++;
        return upload;
    }
    cancel(id) {
        const upload = this.pending(id);
        upload.status = 'cancelled';
        this.env.counters.uploadsCancelled++;
        return upload;
    }
    object(upload) {
        const file = upload.fileId === undefined ? undefined : this.files.find(upload.fileId);
        return {
            id: upload.id,
            object: 'upload',
            bytes: upload.bytes,
            created_at: upload.createdAt,
            expires_at: upload.expiresAt,
            filename: upload.filename,
            purpose: upload.purpose,
            status: this.status(upload),
            file: file ? this.files.object(file) : null,
        };
    }
    partObject(upload, part) {
        return { id: part.id, object: 'upload.part', created_at: part.createdAt, upload_id: upload.id };
    }
    status(upload) {
        return upload.status === 'pending' && this.env.clock.now() >= upload.expiresAt ? 'expired' : upload.status;
    }
    pending(id) {
        const upload = this.get(id);
        const status = this.status(upload);
        if (status !== 'pending')
            throw badRequest(`Upload ${id} is ${status}; only a pending upload can take this request.`, 'upload_id', 'invalid_state');
        return upload;
    }
}

;// CONCATENATED MODULE: ./src/simulator/state.ts







class SimulatorState {
    counters;
    files;
    uploads;
    models;
    jobs;
    chat;
    organization;
    limits;
    env;
    constructor(options) {
        const random = seededRandom(options.seed);
        this.counters = newCounters();
        this.organization = options.organization;
        this.limits = options.limits;
        this.env = { clock: options.clock, newId: idMaker(random), random, counters: this.counters, limits: options.limits, organization: options.organization };
        this.files = new FileStore(this.env, options.fileProcessingSeconds);
        this.uploads = new UploadStore(this.env, this.files);
        this.models = new ModelRegistry(options.models, options.shutdownDates);
        this.jobs = new JobStore(this.env, this.files, this.models, options.schedule, options.measureTrainingFile);
        this.chat = new ChatService(this.env, this.models, options.chat, options.chatLatencyMs);
    }
    preloadFile(input) {
        const content = toBytes(input.content);
        const file = this.files.create({
            filename: input.filename ?? 'train.jsonl',
            purpose: input.purpose ?? 'fine-tune',
            content,
            origin: 'preload',
            createdAt: input.createdAt,
            processingSeconds: input.processingSeconds ?? 0,
        });
        return this.files.object(file);
    }
    preloadJob(input = {}) {
        const status = input.status ?? 'running';
        const progress = Math.min(1, Math.max(0, input.progress ?? 0.5));
        const request = {
            model: input.model ?? 'gpt-4.1-mini-2025-04-14',
            training_file: input.trainingFile ?? '',
            validation_file: input.validationFile,
            suffix: input.suffix,
            seed: input.seed,
            metadata: input.metadata,
            method: input.method,
        };
        const trainingFile = input.trainingFile
            ? this.files.get(input.trainingFile)
            : this.files.create({ filename: 'train.jsonl', purpose: 'fine-tune', content: toBytes(input.trainingData ?? sampleExamples(20)), origin: 'preload', processingSeconds: 0 });
        request.training_file = trainingFile.id;
        const schedule = this.jobs.scheduleFor({ request, index: -1, trainingFile }, input.schedule);
        if (status === 'failed')
            schedule.failure ??= { phase: 'validating_files' };
        const { validatingSeconds: v, queuedSeconds: q, runningSeconds: r } = schedule;
        const elapsed = {
            validating_files: Math.floor(progress * v),
            queued: v + Math.floor(progress * q),
            running: v + q + Math.floor(progress * r),
            succeeded: v + q + r,
            failed: v + q + r,
            cancelled: v + q + Math.floor(progress * r),
        }[status];
        const createdAt = this.env.clock.now() - elapsed;
        if (!input.trainingFile)
            trainingFile.createdAt = trainingFile.readyAt = createdAt - 1;
        const job = this.jobs.create(request, { createdAt, schedule, origin: 'preload' });
        if (status === 'cancelled')
            this.jobs.cancel(job.id, 'preload');
        return this.jobs.object(this.jobs.get(job.id));
    }
}
function toBytes(content) {
    if (Buffer.isBuffer(content))
        return content;
    return Buffer.from(typeof content === 'string' ? content : content.map(line => JSON.stringify(line) + '\n').join(''));
}
function sampleExamples(n) {
    return Array.from({ length: n }, (_, i) => ({
        messages: [
            { role: 'system', content: 'You are a helpful support assistant.' },
            { role: 'user', content: `How do I reset password number ${i + 1}?` },
            { role: 'assistant', content: `Open Settings, choose Security and follow step ${i + 1}.` },
        ],
    }));
}

;// CONCATENATED MODULE: ./src/simulator/training-data.ts

function measureJsonl(content) {
    const measure = { examples: 0, tokens: 0 };
    content
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .forEach((line, i) => {
        if (line.trim() === '')
            return;
        measure.examples++;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            measure.invalidLine ??= i + 1;
            return;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            measure.invalidLine ??= i + 1;
            return;
        }
        measure.tokens += 3 + estimateTokens(stringsOf(value).join(' '));
    });
    return measure;
}
function stringsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(stringsOf);
    if (typeof value === 'object' && value !== null)
        return Object.values(value).flatMap(stringsOf);
    return [];
}

;// CONCATENATED MODULE: ./src/simulator/server.ts














const REQUEST_LIMIT_SLACK = 1024 * 1024;
class SimulatorServer {
    options;
    state;
    clock;
    faults = new Faults();
    requests = new RequestLog();
    contractViolations = [];
    internalErrors = [];
    auth;
    contract = Contract.load();
    server;
    stopping = new AbortController();
    seq = 0;
    address;
    constructor(options = {}) {
        this.options = options;
        this.clock = options.clock ?? new ManualClock();
        this.auth = new Auth(options.apiKey === undefined ? 'sk-simulator' : options.apiKey, options.requireOrganization, options.requireProject);
        this.state = new SimulatorState({
            clock: this.clock,
            seed: options.seed ?? 1,
            organization: { ...DEFAULT_ORGANIZATION, ...options.organization },
            limits: { ...DEFAULT_LIMITS, ...options.limits },
            models: options.models ?? DEFAULT_MODELS,
            shutdownDates: options.shutdownDates ?? {},
            chat: options.chat,
            chatLatencyMs: options.chatLatencyMs,
            schedule: options.schedule,
            fileProcessingSeconds: options.fileProcessingSeconds ?? 1,
            measureTrainingFile: options.measureTrainingFile ?? measureJsonl,
        });
        this.server = (0,external_node_http_.createServer)((req, res) => {
            this.handle(req, res).catch(error => this.internalError(error, res));
        });
        this.server.on('clientError', (_error, socket) => socket.destroy());
    }
    get url() {
        return `http://${this.host}:${this.port}/v1`;
    }
    get port() {
        if (!this.address)
            throw new Error('The simulator is not listening; call start() first');
        return this.address.port;
    }
    get apiKey() {
        return this.auth.apiKey;
    }
    async start() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(this.options.port ?? 0, this.host, () => {
                this.server.off('error', reject);
                resolve();
            });
        });
        this.address = this.server.address();
        return this;
    }
    async stop() {
        if (this.stopping.signal.aborted)
            return;
        this.stopping.abort();
        if (!this.server.listening)
            return;
        await new Promise(resolve => {
            this.server.close(() => resolve());
            this.server.closeAllConnections();
        });
    }
    get host() {
        return this.options.host ?? '127.0.0.1';
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://simulator.local');
        const method = (req.method ?? 'GET').toUpperCase();
        const record = {
            seq: ++this.seq,
            time: this.clock.now(),
            method,
            path: url.pathname,
            query: rawQuery(url.searchParams),
            body: undefined,
            headers: recordedHeaders(req.headers),
            outcome: 'pending',
        };
        this.requests.all.push(record);
        this.state.counters.requests++;
        const headers = {
            'x-request-id': `req_${record.seq.toString(16).padStart(32, '0')}`,
            'openai-organization': this.state.organization.name,
            'openai-version': '2020-10-01',
            'openai-processing-ms': '1',
        };
        let dropResponse = false;
        try {
            const raw = await readBody(req, Math.max(this.state.limits.maxFileBytes, this.state.limits.maxPartBytes) + REQUEST_LIMIT_SLACK);
            const parsed = await parseBody(raw, req.headers['content-type']);
            record.body = parsed.recorded;
            this.auth.check(req.headers);
            const matched = url.pathname.startsWith('/v1/') ? this.contract.match(method, url.pathname.slice(3)) : undefined;
            if (!matched)
                throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
            const { operation, params } = matched;
            record.operationId = operation.id;
            const fault = this.faults.take(method, url.pathname, record.seq);
            if (fault) {
                record.fault = fault.kind;
                this.state.counters.faults++;
                if (!(await this.applyFault(fault, record, req, res, headers)))
                    return;
                dropResponse = fault.kind === 'drop_response';
            }
            const query = this.contract.query(operation, url.searchParams);
            const body = await this.checkBody(operation, raw, req.headers['content-type'], parsed);
            const handler = HANDLERS[operation.id];
            if (!handler)
                throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
            const reply = await handler({ state: this.state, params, query, body: body.value, files: body.files, signal: this.stopping.signal });
            this.checkReply(operation, record, reply);
            if (dropResponse || this.stopping.signal.aborted)
                return this.reset(record, req);
            this.send(res, record, reply, headers);
        }
        catch (error) {
            if (error instanceof ClientGone) {
                record.outcome = 'reset';
                return;
            }
            if (!(error instanceof ApiError))
                return this.internalError(error, res, record);
            if (dropResponse)
                return this.reset(record, req);
            if (res.headersSent || res.destroyed)
                return;
            record.status = error.status;
            record.outcome = 'answered';
            if (error.status >= 400 && error.status < 500)
                this.state.counters.rejected++;
            sendJson(res, error.status, error.body(), headers);
        }
    }
    async applyFault(fault, record, req, res, headers) {
        switch (fault.kind) {
            case 'rate_limit': {
                const seconds = fault.retryAfterSeconds ?? 1;
                record.status = 429;
                record.outcome = 'answered';
                sendJson(res, 429, new ApiError(429, `Rate limit reached for requests. Please try again in ${seconds}s.`, null, 'rate_limit_exceeded', 'requests').body(), {
                    ...headers,
                    'retry-after': String(Math.ceil(seconds)),
                    'retry-after-ms': String(Math.round(seconds * 1000)),
                    'x-ratelimit-limit-requests': '500',
                    'x-ratelimit-remaining-requests': '0',
                    'x-ratelimit-reset-requests': `${seconds}s`,
                    'x-ratelimit-limit-tokens': '2000000',
                    'x-ratelimit-remaining-tokens': '0',
                    'x-ratelimit-reset-tokens': `${seconds}s`,
                });
                return false;
            }
            case 'server_error': {
                const status = fault.status ?? 500;
                const message = fault.message ?? 'The server had an error while processing your request. Sorry about that!';
                record.status = status;
                record.outcome = 'answered';
                sendJson(res, status, new ApiError(status, message, null, null, 'server_error').body(), headers);
                return false;
            }
            case 'reset':
                this.reset(record, req);
                return false;
            case 'timeout':
                await sleep(fault.ms ?? Infinity, this.stopping.signal);
                if (fault.then === 'process' && !this.stopping.signal.aborted)
                    return true;
                this.reset(record, req);
                return false;
            case 'drop_response':
                return true;
        }
    }
    async checkBody(operation, raw, contentType, parsed) {
        if (operation.body?.kind === 'multipart') {
            const form = parsed.multipart ?? (await parseMultipart(raw, contentType));
            this.contract.multipartBody(operation, form.fields);
            return { value: form.fields, files: form.files };
        }
        if (operation.body?.kind === 'json') {
            if (parsed.jsonError) {
                throw badRequest("We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)");
            }
            const value = parsed.json === undefined ? {} : parsed.json;
            this.contract.jsonBody(operation, value);
            return { value, files: new Map() };
        }
        return { value: undefined, files: new Map() };
    }
    checkReply(operation, record, reply) {
        if (this.options.checkResponses === false)
            return;
        const problems = 'json' in reply
            ? this.contract.responseProblems(operation, reply.json)
            : 'events' in reply
                ? reply.events.flatMap(chunk => this.contract.responseProblems(operation, chunk, 'text/event-stream'))
                : [];
        if (problems.length > 0) {
            this.contractViolations.push({ operationId: operation.id, method: record.method, path: record.path, problems, body: 'json' in reply ? reply.json : reply });
        }
    }
    send(res, record, reply, headers) {
        if (res.destroyed)
            return;
        record.status = 200;
        record.outcome = 'answered';
        if ('json' in reply)
            sendJson(res, 200, reply.json, headers);
        else if ('bytes' in reply)
            sendBytes(res, 200, reply.bytes, reply.contentType, headers);
        else
            sendEvents(res, reply.events, headers);
    }
    reset(record, req) {
        record.outcome = 'reset';
        req.socket.destroy();
    }
    internalError(error, res, record) {
        const err = error instanceof Error ? error : new Error(String(error));
        this.internalErrors.push(err);
        if (res.headersSent || res.destroyed)
            return;
        if (record) {
            record.status = 500;
            record.outcome = 'answered';
        }
        sendJson(res, 500, new ApiError(500, `Simulator error: ${err.message}`, null, null, 'server_error').body());
    }
}
function startSimulator(options = {}) {
    return new SimulatorServer(options).start();
}
function createSimulator(options = {}) {
    return new SimulatorServer(options);
}

;// CONCATENATED MODULE: ./src/simulator/index.ts















/***/ }),

/***/ 564:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "150643d57877f352b1da.json";

/***/ })

};
