export const id = 647;
export const ids = [647];
export const modules = {

/***/ 8647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkedEvalFile: () => (/* binding */ checkedEvalFile),
  loadEvalFile: () => (/* binding */ loadEvalFile),
  runEvaluation: () => (/* binding */ runEvaluation)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/action-io.ts + 2 modules
var action_io = __webpack_require__(2698);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/dataset/check-line.ts + 4 modules
var check_line = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/dataset/findings.ts
var dataset_findings = __webpack_require__(8052);
// EXTERNAL MODULE: ./src/dataset/json.ts
var json = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/dataset/read-lines.ts
var read_lines = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/dataset/rules/messages.ts
var rules_messages = __webpack_require__(5650);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/evaluate/checks.ts







const CHECK_TYPES = [
    'equals',
    'contains',
    'icontains',
    'starts-with',
    'regex',
    'contains-any',
    'contains-all',
    'is-json',
    'json-equals',
    'fuzzy',
    'levenshtein',
    'llm-rubric',
];
const PROMPTFOO_NAMES = (/* unused pure expression or super */ null && (0));
const NO_IDEAL_FALLBACK = new Set(['is-json', 'llm-rubric', 'levenshtein', 'fuzzy']);
const FUZZY_DEFAULT_THRESHOLD = 0.8;
function parseCheckType(type) {
    const negate = type.startsWith('not-');
    const base = (negate ? type.slice(4) : type);
    return CHECK_TYPES.includes(base) ? { base, negate } : undefined;
}
function toRegExp(value) {
    const m = /^\/(.*)\/([dgimsuvy]*)$/s.exec(value);
    return m ? new RegExp(m[1], m[2]) : new RegExp(value);
}
const REGEX_TIME_LIMIT_MS = 1000;
class CheckTimeout extends Error {
}
const regexContext = (0,external_node_vm_.createContext)({ re: /(?:)/, text: '' });
const regexTest = new external_node_vm_.Script('re.test(text)');
function testWithin(re, text, ms = REGEX_TIME_LIMIT_MS) {
    Object.assign(regexContext, { re, text });
    try {
        return regexTest.runInContext(regexContext, { timeout: ms }) === true;
    }
    catch (error) {
        if (error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            throw new CheckTimeout(`the regular expression ${String(re)} did not finish within ${ms} ms on this answer`);
        throw error;
    }
    finally {
        Object.assign(regexContext, { re: /(?:)/, text: '' });
    }
}
function normalise(text) {
    return text
        .toLowerCase()
        .normalize('NFKC')
        .replace(/[\p{P}\p{S}]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function levenshtein(a, b) {
    if (a === b)
        return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
function ratio(a, b) {
    const longest = Math.max(a.length, b.length);
    return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}
function fuzzySimilarity(answer, expected) {
    const e = normalise(expected);
    const words = normalise(answer).split(' ').filter(Boolean);
    if (e === '')
        return words.length === 0 ? 1 : 0;
    const k = e.split(' ').length;
    if (words.length <= k)
        return ratio(words.join(' '), e);
    let best = 0;
    for (const size of [k - 1, k, k + 1]) {
        if (size < 1)
            continue;
        for (let i = 0; i + size <= words.length && best < 1; i++)
            best = Math.max(best, ratio(words.slice(i, i + size).join(' '), e));
    }
    return best;
}
const DIALECTS = [
    [/^https?:\/\/json-schema\.org\/draft-07\/schema#?$/, 'draft-07'],
    [/^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/, '2019-09'],
    [/^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/, '2020-12'],
];
function schemaDialect(schema) {
    const id = typeof schema === 'object' && schema !== null ? schema.$schema : undefined;
    if (id === undefined)
        return '2020-12';
    return typeof id === 'string' ? DIALECTS.find(([re]) => re.test(id))?.[1] : undefined;
}
const addFormats = (dist_default())["default"] ?? (dist_default());
const options = { strict: false, strictSchema: 'log', allErrors: false, logger: false };
const validators = {
    'draft-07': addFormats(new ajv.Ajv(options)),
    '2019-09': addFormats(new _2019.Ajv2019(options)),
    '2020-12': addFormats(new _2020.Ajv2020(options)),
};
const SCHEMA_CACHE_ENTRIES = 64;
const compiled = new Map();
function compileSchema(schema) {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return { ok: false, error: 'a JSON Schema must be an object' };
    const key = JSON.stringify(schema);
    const cached = compiled.get(key);
    if (cached) {
        compiled.delete(key);
        compiled.set(key, cached);
        return cached;
    }
    const result = compileUncached(schema);
    if (compiled.size >= SCHEMA_CACHE_ENTRIES)
        compiled.delete(compiled.keys().next().value);
    compiled.set(key, result);
    return result;
}
let schemaCompilations = 0;
function compileUncached(schema) {
    schemaCompilations++;
    const dialect = schemaDialect(schema);
    if (!dialect) {
        return {
            ok: false,
            error: `"$schema" ${JSON.stringify(schema.$schema)} is not a supported dialect (draft-07, 2019-09, 2020-12)`,
        };
    }
    const { $schema: _dialect, ...rest } = schema;
    const ajv = validators[dialect];
    try {
        return { ok: true, validate: ajv.compile(rest) };
    }
    catch (error) {
        const message = (0,errors/* messageOf */.bD)(error);
        const format = /unknown format "([^"]*)" ignored in schema at path "([^"]*)"/.exec(message);
        return {
            ok: false,
            error: format
                ? `format "${format[1]}" (at ${format[2]}) is not one the ${dialect} validator knows; it would be ignored, so it is refused`
                : message,
        };
    }
    finally {
        ajv.removeSchema(rest);
    }
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
function texts(value, ideal) {
    const v = value ?? ideal;
    const asText = (x) => typeof x === 'string' ? x : (JSON.stringify(x) ?? 'undefined');
    if (Array.isArray(v))
        return v.map(asText);
    return v === undefined || v === null ? [] : [asText(v)];
}
function evaluateCheck(base, output, value, ideal) {
    switch (base) {
        case 'equals': {
            if (value !== undefined && typeof value !== 'string') {
                const parsed = parseJson(output);
                return parsed.ok && (0,external_node_util_.isDeepStrictEqual)(parsed.value, value);
            }
            return texts(value, ideal).some(e => output === e);
        }
        case 'contains':
            return texts(value, ideal).some(e => output.includes(e));
        case 'icontains':
            return texts(value, ideal).some(e => output.toLowerCase().includes(e.toLowerCase()));
        case 'starts-with':
            return texts(value, ideal).some(e => output.startsWith(e));
        case 'regex':
            return texts(value, ideal).some(e => testWithin(toRegExp(e), output));
        case 'contains-any':
            return texts(value, ideal).some(e => output.includes(e));
        case 'contains-all': {
            const all = texts(value, ideal);
            return all.length > 0 && all.every(e => output.includes(e));
        }
        case 'is-json': {
            const parsed = parseJson(output);
            if (!parsed.ok)
                return false;
            if (value === undefined)
                return true;
            const schema = compileSchema(value);
            return schema.ok && schema.validate(parsed.value);
        }
        case 'json-equals': {
            const parsed = parseJson(output);
            if (!parsed.ok)
                return false;
            const v = value ?? ideal;
            const wanted = typeof v === 'string' ? parseJson(v) : { ok: true, value: v };
            return wanted.ok && (0,external_node_util_.isDeepStrictEqual)(parsed.value, wanted.value);
        }
        case 'fuzzy': {
            const threshold = typeof value === 'number' ? value : FUZZY_DEFAULT_THRESHOLD;
            return texts(undefined, ideal).some(e => fuzzySimilarity(output, e) >= threshold);
        }
        case 'levenshtein': {
            const max = typeof value === 'number' ? value : 0;
            return texts(undefined, ideal).some(e => levenshtein(output, e) <= max);
        }
    }
}
const isText = (v) => typeof v === 'string';
const isIdeal = (v) => isText(v) || (Array.isArray(v) && v.length > 0 && v.every(isText));
function checkValueProblem(base, value, ideal) {
    const missing = (message) => ({ code: 'eval_check_missing_value', message });
    const invalid = (message) => ({ code: 'eval_invalid_check_value', message });
    const target = value ?? ideal;
    switch (base) {
        case 'equals':
            if (value === null)
                return invalid('value null is ambiguous (promptfoo does not match the answer null with it): write the JSON you expect, or "null" as text');
            if (target === undefined)
                return missing('needs "value" or the case\'s "ideal"');
            return undefined;
        case 'contains':
        case 'icontains':
        case 'starts-with':
        case 'regex': {
            if (target === undefined)
                return missing(`needs "value" (or the case's "ideal"): ${base === 'regex' ? 'a regular expression' : 'a non-empty text'}`);
            if (value !== undefined &&
                !isText(value) &&
                !(base !== 'regex' && base !== 'starts-with' && typeof value === 'number')) {
                return invalid(`value must be a text${base === 'contains' || base === 'icontains' ? ' or a number; a list of texts is contains-any' : ''}, not ${JSON.stringify(value)}`);
            }
            const all = texts(value, ideal);
            if (all.some(t => t === ''))
                return invalid(`an empty ${base === 'regex' ? 'pattern matches' : 'text is contained in'} every answer: the check tests nothing`);
            if (base === 'regex') {
                for (const t of all) {
                    try {
                        toRegExp(t);
                    }
                    catch (error) {
                        return invalid(`${JSON.stringify(t)} is not a valid regular expression: ${(0,errors/* messageOf */.bD)(error)}`);
                    }
                }
            }
            return undefined;
        }
        case 'contains-any':
        case 'contains-all':
            if (!Array.isArray(target) || target.length === 0)
                return missing('needs "value" (or "ideal") as a non-empty array of texts');
            if (!target.every(t => isText(t) || typeof t === 'number'))
                return invalid('value must be an array of texts');
            if (target.some(t => t === ''))
                return invalid('an empty text is contained in every answer: the check tests nothing');
            return undefined;
        case 'is-json': {
            if (value === undefined)
                return undefined;
            const schema = compileSchema(value);
            if (!schema.ok)
                return invalid(`value is not a valid JSON Schema: ${schema.error}`);
            return undefined;
        }
        case 'json-equals':
            if (target === undefined)
                return missing('needs "value" or the case\'s "ideal": the JSON to compare with');
            if (isText(target) && !parseJson(target).ok)
                return invalid(`${JSON.stringify(target).slice(0, 60)} is not JSON`);
            return undefined;
        case 'fuzzy':
            if (!isIdeal(ideal))
                return missing('needs the case\'s "ideal" answer(s) to compare with');
            if (value !== undefined && !(typeof value === 'number' && value > 0 && value <= 1))
                return invalid('value is the similarity needed to pass, a number above 0 and at most 1');
            if (texts(undefined, ideal).some(t => normalise(t) === ''))
                return invalid('an ideal with no words cannot be compared');
            return undefined;
        case 'levenshtein':
            if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0) || !isIdeal(ideal))
                return missing('needs "value", the largest distance allowed (a whole number), and an "ideal" answer');
            return undefined;
        case 'llm-rubric':
            if (!(typeof value === 'string' && value.trim() !== ''))
                return missing('needs "value": the rubric the grader applies');
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/evaluate/eval-file.ts






const CASE_KEYS = new Set(['id', 'messages', 'ideal', 'checks', 'tags', 'threshold']);
const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool']);
async function readEvalFile(path) {
    const cases = [];
    const findings = [];
    const ids = new Map();
    let lines = 0;
    for await (const batch of (0,read_lines/* readLines */.Se)(path, { maxLineBytes: read_lines/* DEFAULT_MAX_LINE_BYTES */.i$ })) {
        for (const raw of batch) {
            lines = raw.line;
            const before = findings.length;
            const add = (code, message) => findings.push({ code, severity: dataset_findings/* FINDING_CODES */.f[code].severity, file: path, line: raw.line, message });
            if ('problem' in raw) {
                add(raw.problem, raw.problem === 'invalid_utf8' ? 'the line is not valid UTF-8 text' : `the line is ${raw.bytes} bytes`);
                continue;
            }
            const parsed = (0,check_line/* parseLine */.A)(raw.text);
            if (!parsed.ok) {
                add(parsed.finding.code, parsed.finding.message);
                continue;
            }
            const evalCase = checkCase(parsed.value, raw.line, add);
            if (evalCase) {
                const earlier = ids.get(evalCase.id);
                if (earlier !== undefined)
                    add('eval_duplicate_id', `id ${(0,json/* preview */.VH)(evalCase.id)} is already used on line ${earlier}`);
                else
                    ids.set(evalCase.id, raw.line);
            }
            const hasError = findings.slice(before).some(f => f.severity === 'error');
            if (evalCase && !hasError)
                cases.push(evalCase);
        }
    }
    if (lines === 0)
        findings.push({ code: 'empty_file', severity: 'error', file: path, line: null, message: 'the eval file is empty' });
    return {
        path,
        cases,
        findings,
        errors: findings.filter(f => f.severity === 'error').length,
        warnings: findings.filter(f => f.severity === 'warning').length,
    };
}
function checkCase(value, line, add) {
    if (!(0,json/* isObject */.Gv)(value)) {
        add('data_type', `the line is a JSON ${(0,json/* typeName */.go)(value)}, not an eval case object`);
        return undefined;
    }
    for (const key of Object.keys(value))
        if (!CASE_KEYS.has(key))
            add('unrecognized_key', `unrecognized key "${key}"; an eval case has id, messages, ideal, checks, tags, threshold`);
    const id = value.id;
    if (typeof id !== 'string' || id.trim() === '')
        add('eval_missing_id', '"id" must be a non-empty string, unique in the file');
    const messages = value.messages;
    if (!Array.isArray(messages) || messages.length === 0) {
        add('missing_messages_list', '"messages" must be a non-empty array of messages');
    }
    else {
        (0,rules_messages/* checkMessages */.Fv)(messages, { roles: ROLES, weight: true, where: 'messages' }, (0,rules_messages/* newExampleState */.qJ)(), add);
        const last = messages[messages.length - 1];
        if ((0,json/* isObject */.Gv)(last) && last.role !== 'user' && last.role !== 'tool')
            add('eval_last_message_not_user', `the last message is ${typeof last.role === 'string' ? `an ${last.role}` : 'not a user'} message; the model answers the conversation as given`);
    }
    const ideal = value.ideal;
    if (ideal !== undefined &&
        typeof ideal !== 'string' &&
        !(Array.isArray(ideal) && ideal.every(i => typeof i === 'string'))) {
        add('eval_invalid_case', '"ideal" must be a string or an array of strings');
    }
    const tags = value.tags;
    if (tags !== undefined && !(Array.isArray(tags) && tags.every(t => typeof t === 'string')))
        add('eval_invalid_case', '"tags" must be an array of strings');
    const threshold = value.threshold;
    if (threshold !== undefined && !(typeof threshold === 'number' && threshold >= 0 && threshold <= 1))
        add('eval_invalid_case', '"threshold" must be a number from 0 to 1');
    const checks = [];
    if (value.checks === undefined) {
        if (ideal === undefined)
            add('eval_missing_ideal', 'no "checks" and no "ideal": nothing to compare the answer with');
        else
            checks.push({ type: 'equals', base: 'equals', negate: false, weight: 1 });
    }
    else if (!Array.isArray(value.checks) || value.checks.length === 0) {
        add('eval_invalid_case', '"checks" must be a non-empty array of {type, value?, weight?}');
    }
    else {
        value.checks.forEach((check, i) => {
            const c = checkOne(check, `checks[${i}]`, ideal, add);
            if (c)
                checks.push(c);
        });
    }
    if (typeof id !== 'string' || !Array.isArray(messages))
        return undefined;
    return {
        id,
        line,
        messages: messages.filter(json/* isObject */.Gv).map(({ weight: _weight, ...m }) => m),
        ideal: ideal,
        checks,
        tags: Array.isArray(tags) ? tags.map(String) : [],
        threshold: typeof threshold === 'number' ? threshold : undefined,
    };
}
function checkOne(check, at, ideal, add) {
    if (!(0,json/* isObject */.Gv)(check) || typeof check.type !== 'string') {
        add('eval_invalid_case', `${at} must be an object with a string "type"`);
        return undefined;
    }
    const type = parseCheckType(check.type);
    if (!type) {
        add('eval_unknown_check', `${at} type ${(0,json/* preview */.VH)(check.type)} is not a check type (equals, contains, icontains, starts-with, regex, contains-any, contains-all, is-json, json-equals, fuzzy, levenshtein, llm-rubric, each also with not-)`);
        return undefined;
    }
    const weight = check.weight ?? 1;
    if (typeof weight !== 'number' || !(weight > 0))
        add('eval_invalid_case', `${at} weight must be a positive number`);
    const v = check.value;
    const problem = checkValueProblem(type.base, v, ideal);
    if (problem)
        add(problem.code, `${at} (${check.type}) ${problem.message}`);
    return { type: check.type, ...type, value: v, weight: typeof weight === 'number' && weight > 0 ? weight : 1 };
}

;// CONCATENATED MODULE: ./src/evaluate/eval-case.ts
function scoreCase(evalCase, outcomes) {
    const total = outcomes.reduce((n, c) => n + c.weight, 0);
    const passed = outcomes.reduce((n, c) => n + (c.pass ? c.weight : 0), 0);
    const score = total === 0 ? 0 : passed / total;
    const pass = evalCase.threshold === undefined ? outcomes.every(c => c.pass) : score >= evalCase.threshold - 1e-9;
    return { pass, score, checks: outcomes };
}

;// CONCATENATED MODULE: ./src/evaluate/runner.ts



async function runCases(cases, models, options) {
    const results = new Map(models.map(m => [m, new Map()]));
    const tasks = models.flatMap(model => cases.map(evalCase => ({ model, evalCase })));
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const { model, evalCase } = tasks[next++];
            results.get(model).set(evalCase.id, await runOne(model, evalCase, options));
            options.onProgress?.(++done, tasks.length);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, tasks.length)) }, worker));
    return results;
}
async function runOne(model, evalCase, options) {
    let answer;
    try {
        answer = await options.ask(model, evalCase.messages);
    }
    catch (error) {
        return { status: 'error', error: (0,errors/* serverMessage */.x_)(error) };
    }
    const outcomes = [];
    for (const check of evalCase.checks) {
        let pass;
        let note;
        if (check.base === 'llm-rubric') {
            if (!options.grade)
                return { status: 'error', error: 'llm-rubric needs eval-grader-model' };
            try {
                const graded = await options.grade(String(check.value), evalCase, answer.text);
                pass = graded.pass;
                note = graded.reason;
            }
            catch (error) {
                return { status: 'error', error: `grader: ${(0,errors/* serverMessage */.x_)(error)}` };
            }
        }
        else {
            try {
                pass = evaluateCheck(check.base, answer.text, check.value, evalCase.ideal);
            }
            catch (error) {
                if (!(error instanceof CheckTimeout))
                    throw error;
                outcomes.push({ type: check.type, pass: false, weight: check.weight, note: error.message });
                continue;
            }
        }
        outcomes.push({ type: check.type, pass: check.negate ? !pass : pass, weight: check.weight, ...(note && { note }) });
    }
    const score = scoreCase(evalCase, outcomes);
    return {
        status: score.pass ? 'pass' : 'fail',
        output: answer.text,
        promptTokens: answer.promptTokens,
        completionTokens: answer.completionTokens,
        ...score,
    };
}
function rubricMessages(rubric, evalCase, answer) {
    const question = evalCase.messages
        .filter(m => m.role === 'user')
        .map(m => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
        .at(-1) ?? '';
    return [
        {
            role: 'system',
            content: 'You grade answers against a rubric. Reply with PASS or FAIL alone on the first line, then one sentence of reason. Anything else than an explicit PASS is a fail.',
        },
        { role: 'user', content: `Rubric:\n${rubric}\n\nQuestion:\n${question}\n\nAnswer to grade:\n${answer}` },
    ];
}
function parseVerdict(text) {
    const [first = '', ...rest] = text.trim().split('\n');
    return {
        pass: first
            .trim()
            .replace(/[.*:]+$/g, '')
            .toUpperCase() === 'PASS',
        reason: rest.join(' ').trim() || first.trim(),
    };
}

;// CONCATENATED MODULE: ./src/evaluate/summary.ts
function summarize(cases, evaluated, results, gates) {
    const models = [...results.keys()].map(model => summarizeModel(model, model === evaluated ? 'evaluated' : 'comparison', cases, results.get(model)));
    const mine = results.get(evaluated);
    const comparisons = [...results.keys()]
        .filter(m => m !== evaluated)
        .map(baseline => {
        const theirs = results.get(baseline);
        const c = { baseline, regressions: [], fixes: [], bothPass: 0, bothFail: 0 };
        for (const { id } of cases) {
            const a = mine.get(id)?.status === 'pass';
            const b = theirs.get(id)?.status === 'pass';
            if (a && b)
                c.bothPass++;
            else if (!a && !b)
                c.bothFail++;
            else if (b)
                c.regressions.push(id);
            else
                c.fixes.push(id);
        }
        return c;
    });
    const failures = [];
    const rate = models.find(m => m.model === evaluated).passRate;
    if (gates.minPassRate !== undefined && rate < gates.minPassRate)
        failures.push(`pass rate ${pct(rate)} is below eval-min-pass-rate ${pct(gates.minPassRate)}`);
    for (const c of comparisons) {
        if (gates.maxRegressions !== undefined && c.regressions.length > gates.maxRegressions) {
            failures.push(`${c.regressions.length} regressions against ${c.baseline}, more than eval-max-regressions ${gates.maxRegressions}`);
        }
    }
    return { evaluated, models, comparisons, gates: { ...gates, passed: failures.length === 0, failures } };
}
function summarizeModel(model, role, cases, results) {
    const s = {
        model,
        role,
        passed: 0,
        failed: 0,
        errored: 0,
        passRate: 0,
        meanScore: 0,
        promptTokens: 0,
        completionTokens: 0,
        byCheck: {},
        byTag: {},
    };
    let scoreSum = 0;
    for (const evalCase of cases) {
        const r = results.get(evalCase.id);
        if (!r || r.status === 'error') {
            s.errored++;
            continue;
        }
        if (r.status === 'pass')
            s.passed++;
        else
            s.failed++;
        scoreSum += r.score;
        s.promptTokens += r.promptTokens;
        s.completionTokens += r.completionTokens;
        for (const c of r.checks)
            tally(s.byCheck, c.type, c.pass);
        for (const tag of evalCase.tags)
            tally(s.byTag, tag, r.status === 'pass');
    }
    const total = s.passed + s.failed + s.errored;
    s.passRate = total === 0 ? 0 : s.passed / total;
    s.meanScore = s.passed + s.failed === 0 ? 0 : scoreSum / (s.passed + s.failed);
    return s;
}
function tally(into, key, pass) {
    const t = (into[key] ??= { passed: 0, failed: 0 });
    if (pass)
        t.passed++;
    else
        t.failed++;
}
const pct = (rate) => `${(rate * 100).toFixed(1)}%`;

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/eval-markdown.ts



const MAX_REGRESSIONS_SHOWN = 10;
const SNIPPET = 300;
const snippet = (text) => (0,report_escape/* escapeMarkdown */.FV)(text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text);
function evalMarkdown(summary, cases, results) {
    const out = [];
    const icon = summary.gates.passed ? '✅' : '❌';
    const me = summary.models.find(m => m.model === summary.evaluated);
    out.push(`### ${icon} Evaluation of ${(0,report_escape/* code */.aY)(summary.evaluated)}: ${pct(me.passRate)} of ${(0,format/* int */.Wh)(cases.length)} cases pass`, '');
    for (const f of summary.gates.failures)
        out.push(`- ❌ ${(0,report_escape/* escapeMarkdown */.FV)(f)}`);
    if (summary.gates.failures.length > 0)
        out.push('');
    out.push('| model | pass rate | passed | failed | errors | mean score | tokens in / out |', '|---|--:|--:|--:|--:|--:|--:|');
    for (const m of summary.models) {
        out.push(`| ${(0,report_escape/* code */.aY)(m.model)}${m.role === 'evaluated' ? ' (evaluated)' : ''} | ${pct(m.passRate)} | ${m.passed} | ${m.failed} | ${m.errored} | ${m.meanScore.toFixed(3)} | ${(0,format/* int */.Wh)(m.promptTokens)} / ${(0,format/* int */.Wh)(m.completionTokens)} |`);
    }
    out.push('');
    if (summary.comparisons.length > 0) {
        out.push(`| ${(0,report_escape/* code */.aY)(summary.evaluated)} against | regressions | fixes | both pass | both fail |`, '|---|--:|--:|--:|--:|');
        for (const c of summary.comparisons)
            out.push(`| ${(0,report_escape/* code */.aY)(c.baseline)} | ${c.regressions.length} | ${c.fixes.length} | ${c.bothPass} | ${c.bothFail} |`);
        out.push('');
    }
    const breakdown = (title, tallies) => {
        const keys = Object.keys(tallies).sort();
        if (keys.length === 0)
            return;
        out.push(`<details><summary>${title}</summary>`, '', '| | passed | failed |', '|---|--:|--:|');
        for (const k of keys)
            out.push(`| ${(0,report_escape/* code */.aY)(k)} | ${tallies[k].passed} | ${tallies[k].failed} |`);
        out.push('', '</details>', '');
    };
    breakdown(`By check type (${(0,report_escape/* escapeMarkdown */.FV)(summary.evaluated)})`, me.byCheck);
    breakdown(`By tag (${(0,report_escape/* escapeMarkdown */.FV)(summary.evaluated)})`, me.byTag);
    const mine = results.get(summary.evaluated);
    for (const c of summary.comparisons) {
        if (c.regressions.length === 0)
            continue;
        const theirs = results.get(c.baseline);
        out.push(`<details><summary>Regressions against ${(0,report_escape/* escapeMarkdown */.FV)(c.baseline)} (${c.regressions.length})</summary>`, '');
        for (const id of c.regressions.slice(0, MAX_REGRESSIONS_SHOWN)) {
            const a = mine.get(id);
            const b = theirs.get(id);
            out.push(`**${(0,report_escape/* escapeMarkdown */.FV)(id)}**`, '');
            out.push(`- ${(0,report_escape/* code */.aY)(summary.evaluated)}: ${a?.status === 'error' ? `error: ${snippet(a.error)}` : snippet(a?.status ? a.output : '')}`);
            out.push(`- ${(0,report_escape/* code */.aY)(c.baseline)}: ${b && b.status !== 'error' ? snippet(b.output) : ''}`, '');
        }
        if (c.regressions.length > MAX_REGRESSIONS_SHOWN)
            out.push(`_… ${c.regressions.length - MAX_REGRESSIONS_SHOWN} more in the JSON report._`, '');
        out.push('</details>', '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/steps/evaluation.ts









async function loadEvalFile(file) {
    await (0,workspace/* confineInput */.HN)(file, 'eval-file');
    const evalFile = await readEvalFile(file).catch((error) => {
        throw new errors/* InputError */.dz(`eval-file: cannot read ${file}: ${(0,errors/* messageOf */.bD)(error)}`);
    });
    (0,action_io/* annotate */.fz)(evalFile.findings);
    (0,action_io/* logData */.nr)(evalFile.findings
        .slice(0, 50)
        .map(f => `${f.severity} ${f.file}:${f.line ?? '-'} ${f.code} ${f.message}`)
        .join('\n'));
    return evalFile;
}
async function checkedEvalFile(settings) {
    const evalFile = await loadEvalFile(settings.eval.file);
    if (evalFile.errors > 0)
        throw new errors/* InputError */.dz(`The eval file ${evalFile.path} has ${evalFile.errors} error(s); see the annotations. No model was called.`);
    const needsGrader = evalFile.cases.some(c => c.checks.some(k => k.base === 'llm-rubric'));
    if (needsGrader && !settings.eval.graderModel)
        throw new errors/* InputError */.dz('The eval file has llm-rubric checks: set eval-grader-model to the (pinned) model that grades them.');
    return evalFile;
}
async function runEvaluation(settings, backend, evaluated, baseModel, checked) {
    const evalFile = checked ?? (await checkedEvalFile(settings));
    const compare = settings.eval.compareModels.map(m => {
        if (m !== 'base')
            return m;
        if (!baseModel)
            throw new errors/* InputError */.dz("eval-compare-models: 'base' means the job's base model, and there is no job here (give job-id, or name the model)");
        return baseModel;
    });
    const models = [evaluated, ...compare.filter((m, i) => m !== evaluated && compare.indexOf(m) === i)];
    const grader = settings.eval.graderModel;
    const needsGrader = evalFile.cases.some(c => c.checks.some(k => k.base === 'llm-rubric'));
    const sampling = { temperature: 0, seed: settings.eval.seed, maxTokens: settings.eval.maxTokens };
    (0,action_io/* logData */.nr)(`Evaluating ${models.join(', ')} on ${evalFile.cases.length} cases (concurrency ${settings.eval.concurrency}, temperature 0, seed ${settings.eval.seed ?? 'none'})`);
    const needed = needsGrader ? [...models, grader] : models;
    const unservable = needed.map(m => backend.unservable?.(m)).find(Boolean);
    if (unservable) {
        core/* warning */.$e(`Evaluation skipped: ${unservable}`);
        return undefined;
    }
    const served = new Map();
    const releases = [];
    const log = (0,action_io/* tenthsLogger */.zt)();
    const withoutTemperature = new Map();
    const chat = async (model, messages, s) => {
        const answer = await backend.chat(served.get(model), messages, s);
        if (answer.temperatureOmitted && !withoutTemperature.has(model)) {
            withoutTemperature.set(model, answer.temperatureOmitted);
            core/* info */.pq(answer.temperatureOmitted === 'model'
                ? `${model} takes no temperature (OpenAI's reasoning models): its requests go without one.`
                : `The server refused temperature 0 for ${model} (unsupported_value): its requests go without one.`);
        }
        return answer;
    };
    let results;
    try {
        for (const model of needed) {
            if (served.has(model))
                continue;
            const s = await backend.serve(model);
            served.set(model, s.name);
            releases.push(() => s.release());
            if (model === evaluated && s.deployment)
                (0,action_io/* setOutputs */.n0)({ 'deployment-name': s.deployment });
        }
        results = await runCases(evalFile.cases, models, {
            concurrency: settings.eval.concurrency,
            ask: (model, messages) => chat(model, messages, sampling),
            grade: grader
                ? async (rubric, evalCase, answer) => parseVerdict((await chat(grader, rubricMessages(rubric, evalCase, answer), {
                    ...sampling,
                    maxTokens: 200,
                })).text)
                : undefined,
            onProgress: (done, total) => {
                log(done, total, `evaluation: ${done}/${total} answers`);
            },
        });
    }
    finally {
        for (const release of releases)
            await release().catch((error) => {
                core/* warning */.$e(`Could not release a model set up for the evaluation: ${(0,errors/* messageOf */.bD)(error)}`);
            });
    }
    const summary = summarize(evalFile.cases, evaluated, results, {
        minPassRate: settings.eval.minPassRate,
        maxRegressions: settings.eval.maxRegressions,
    });
    for (const m of summary.models)
        (0,action_io/* logData */.nr)(`${m.model}: pass rate ${pct(m.passRate)} (${m.passed} passed, ${m.failed} failed, ${m.errored} errors)`);
    for (const c of summary.comparisons)
        (0,action_io/* logData */.nr)(`against ${c.baseline}: ${c.regressions.length} regressions, ${c.fixes.length} fixes, ${c.bothPass} both pass, ${c.bothFail} both fail`);
    const cases = evalFile.cases.map(c => ({
        id: c.id,
        tags: c.tags,
        results: Object.fromEntries(models.map(m => [m, results.get(m).get(c.id)])),
    }));
    const temperatureNote = [...withoutTemperature].map(([model, why]) => ({ model, why }));
    const reportPath = await (0,action_io/* writeJsonReport */.a_)(settings.eval.reportFile, 'eval-report.json', { ...summary, ...(temperatureNote.length > 0 && { withoutTemperature: temperatureNote }), cases }, { input: 'eval-report-file', namedInputs: { 'eval-file': settings.eval.file, 'grader-file': settings.graderFile } });
    const me = summary.models.find(m => m.model === evaluated);
    const rate = (r) => String(Math.round(r * 10_000) / 10_000);
    (0,action_io/* setOutputs */.n0)({
        'eval-pass-rate': rate(me.passRate),
        'eval-passed': String(summary.gates.passed),
        'eval-results': JSON.stringify(Object.fromEntries(summary.models.map(m => [m.model, Number(rate(m.passRate))]))),
        'eval-report-path': reportPath,
    });
    const note = temperatureNote.length > 0
        ? `\n> Sent without \`temperature\` (the model takes only its default, so its answers may vary between runs): ${temperatureNote
            .map(n => `${(0,report_escape/* code */.aY)(n.model)}${n.why === 'refused' ? ' (the server refused temperature 0)' : ''}`)
            .join(', ')}.\n`
        : '';
    return { summary, markdown: `${evalMarkdown(summary, evalFile.cases, results)}${note}`, reportPath };
}


/***/ })

};
