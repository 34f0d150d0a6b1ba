export const id = 317;
export const ids = [317];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2847);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




function createOctokit(token) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub rate limit reached for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub secondary rate limit for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
                return retryCount < 1;
            },
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ writePullRequestComment),
/* harmony export */   r2: () => (/* binding */ mergedPullRequest)
/* harmony export */ });
/* unused harmony exports marker, upsertStickyComment */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2847);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2698);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6702);




function marker(key) {
    return `<!-- fine-tune-action:${key.replace(/[^\w.-]/g, '_')} -->`;
}
async function upsertStickyComment(octokit, target, body) {
    const mark = marker(target.key);
    const fullBody = `${mark}\n${body}`;
    const { owner, repo, number } = target;
    const author = await ownLogin(octokit);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
    });
    const ours = comments.filter(c => c.body?.startsWith(mark) && (author ? c.user?.login === author : c.user?.type === 'Bot'));
    const existing = ours.at(0);
    const duplicates = ours.slice(1);
    for (const d of duplicates) {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: d.id }).catch((e) => {
            (0,_action_io_js__WEBPACK_IMPORTED_MODULE_1__/* .logData */ .nr)(`Could not delete duplicate comment ${d.id}: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c)(e) ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}`);
        });
    }
    if (existing) {
        if (existing.body === fullBody)
            return { id: existing.id, url: existing.html_url, action: 'unchanged' };
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: fullBody });
        return { id: data.id, url: data.html_url, action: 'updated' };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: fullBody });
    return { id: data.id, url: data.html_url, action: 'created' };
}
async function ownLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return undefined;
    }
}
async function writePullRequestComment(target, body) {
    try {
        const result = await upsertStickyComment(target.octokit, target, body);
        (0,_action_io_js__WEBPACK_IMPORTED_MODULE_1__/* .logData */ .nr)(`Pull request comment ${result.action}: ${result.url}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('comment-id', String(result.id));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('comment-url', result.url);
        return result;
    }
    catch (error) {
        const why = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c)(error) === 403 || (0,_octokit_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c)(error) === 404
            ? `the token may not write to this pull request${target.fromFork ? ' (it comes from a fork, where the token is read-only)' : ' (grant `permissions: pull-requests: write`)'}`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .serverMessage */ .x_)(error);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The pull request comment was not written: ${why}. The full report is in the job summary.`);
        return undefined;
    }
}
async function mergedPullRequest(octokit, env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = env.GITHUB_SHA;
    if (!owner || !repo || !sha)
        return undefined;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
    const pr = data.find(p => p.merged_at) ?? data.at(0);
    return pr ? { owner, repo, number: pr.number } : undefined;
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  train: () => (/* binding */ train)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/action-io.ts + 2 modules
var action_io = __webpack_require__(2698);
// EXTERNAL MODULE: ./src/backend/index.ts + 18 modules
var src_backend = __webpack_require__(3729);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/estimate/alternatives.ts
var alternatives = __webpack_require__(7060);
// EXTERNAL MODULE: ./src/estimate/cost.ts
var cost = __webpack_require__(2541);
// EXTERNAL MODULE: ./src/estimate/models.ts
var models = __webpack_require__(7886);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/training.ts



const STATUS_ICON = { succeeded: '✅', failed: '❌', cancelled: '⛔' };
const MAX_CHART_POINTS = 60;
function trainingMarkdown(v) {
    const { job } = v;
    const icon = STATUS_ICON[job.status] ?? '⏳';
    const status = job.providerStatus === undefined ? job.status : (0,report_escape/* escapeMarkdown */.FV)(job.providerStatus);
    const out = [`### ${icon} Fine-tuning job ${(0,report_escape/* code */.aY)(job.id)}: ${status}`, ''];
    if (v.attached)
        out.push('_This data and recipe already had a job: this run followed it instead of starting another._', '');
    out.push('| | |', '|---|---|');
    out.push(`| base model | ${(0,report_escape/* code */.aY)(job.baseModel)} |`);
    if (job.fineTunedModel)
        out.push(`| fine-tuned model | ${(0,report_escape/* code */.aY)(job.fineTunedModel)} |`);
    out.push(`| method | ${job.method} |`);
    out.push(`| training file | ${(0,report_escape/* code */.aY)(job.trainingFile)} |`);
    if (job.validationFile)
        out.push(`| validation file | ${(0,report_escape/* code */.aY)(job.validationFile)} |`);
    const hp = Object.entries(job.hyperparameters).map(([key, value]) => `${key} ${value}`);
    if (hp.length > 0)
        out.push(`| hyperparameters | ${(0,report_escape/* escapeMarkdown */.FV)(hp.join(' · '))} |`);
    if (job.trainedTokens)
        out.push(`| trained tokens | ${(0,format/* int */.Wh)(job.trainedTokens)} |`);
    if (v.actualCostUsd !== null)
        out.push(`| cost | ${(0,format/* usd */.dR)(v.actualCostUsd)} ${costBasis(job)} |`);
    if (job.estimatedFinish && !job.finishedAt)
        out.push(`| estimated finish | ${new Date(job.estimatedFinish * 1000).toISOString()} |`);
    if (job.finishedAt)
        out.push(`| finished | ${new Date(job.finishedAt * 1000).toISOString()} |`);
    out.push('');
    if (job.error) {
        out.push(`**Error** ${(0,report_escape/* code */.aY)(job.error.code ?? 'unknown')}: ${(0,report_escape/* escapeMarkdown */.FV)((0,errors/* serverMessage */.x_)(job.error.message))}${job.error.param ? ` (parameter ${(0,report_escape/* code */.aY)(job.error.param)})` : ''}`, '');
    }
    if (v.outcome === 'timed-out' || v.outcome === 'aborted') {
        out.push(`**The job is still ${status}.** Nothing already paid for is lost: follow it later with \`job-id: ${job.id}\` (for example from a scheduled workflow).`, '');
    }
    if (v.checkpoints.length > 0) {
        out.push('| checkpoint step | model | train loss | valid loss |', '|--:|---|--:|--:|');
        for (const c of v.checkpoints)
            out.push(`| ${c.step} | ${(0,report_escape/* code */.aY)(c.model)} | ${c.trainLoss?.toFixed(4) ?? ''} | ${c.validLoss?.toFixed(4) ?? ''} |`);
        out.push('');
    }
    const chart = lossChart(v.metrics);
    if (chart)
        out.push(chart, '');
    return out.join('\n');
}
function costBasis(job) {
    return job.billedUsd !== undefined && job.billedUsd !== null
        ? "(billed by the provider: the job's total price)"
        : '(trained tokens × price)';
}
function describeEvent(event) {
    const m = event.metric;
    if (!m)
        return event.message;
    const parts = [`step ${m.step}${event.totalSteps ? `/${event.totalSteps}` : ''}`];
    if (m.trainLoss !== undefined)
        parts.push(`train loss ${m.trainLoss.toFixed(4)}`);
    if (m.validLoss !== undefined)
        parts.push(`valid loss ${m.validLoss.toFixed(4)}`);
    if (m.tokenAccuracy !== undefined)
        parts.push(`token accuracy ${m.tokenAccuracy.toFixed(3)}`);
    return parts.join(' · ');
}
function lossChart(metrics) {
    const points = metrics.filter(m => m.trainLoss !== undefined);
    if (points.length < 2)
        return undefined;
    const stride = Math.ceil(points.length / MAX_CHART_POINTS);
    const sample = points.filter((_, i) => i % stride === 0 || i === points.length - 1);
    const fmt = (n) => Number(n.toFixed(4));
    const lines = [
        '```mermaid',
        'xychart-beta',
        '  title "Loss by step (train; valid where reported)"',
        `  x-axis "step" [${sample.map(m => m.step).join(', ')}]`,
        '  y-axis "loss"',
    ];
    lines.push(`  line [${sample.map(m => fmt(m.trainLoss)).join(', ')}]`);
    if (sample.some(m => m.validLoss !== undefined)) {
        let last = sample.find(m => m.validLoss !== undefined).validLoss;
        lines.push(`  line [${sample.map(m => fmt((last = m.validLoss ?? last))).join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/steps/check-dataset.ts + 5 modules
var check_dataset = __webpack_require__(9595);
// EXTERNAL MODULE: ./src/steps/evaluation.ts + 6 modules
var steps_evaluation = __webpack_require__(8647);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/steps/follow-job.ts






async function waitForJob(backend, job, options) {
    const seen = new Set();
    const { deadline, signal, cancelled } = options.limits;
    const ended = () => (cancelled.aborted ? 'aborted' : 'timed-out');
    let last = job;
    let queuedPolls = 0;
    for (;;) {
        try {
            last = await backend.getJob(job.id, signal);
            options.onPoll?.(last);
            for (const event of await backend.newEvents(job.id, seen, signal))
                options.onEvent?.(event);
        }
        catch (error) {
            if (signal.aborted)
                return { job: last, outcome: ended() };
            throw error;
        }
        if (src_backend.TERMINAL_STATUSES.has(last.status))
            return { job: last, outcome: 'finished' };
        queuedPolls = last.status === 'queued' ? queuedPolls + 1 : 0;
        const interval = options.pollSeconds * 1000 * Math.min(4, 1 + Math.floor(queuedPolls / 4));
        if (Date.now() + interval > deadline)
            return { job: last, outcome: 'timed-out' };
        try {
            await (0,promises_.setTimeout)(interval, undefined, { signal });
        }
        catch {
            return { job: last, outcome: ended() };
        }
    }
}
async function followJob(backend, job, settings, limits) {
    const metrics = [];
    let lastStatus = job.providerStatus ?? job.status;
    let lastEstimate;
    const waited = await waitForJob(backend, job, {
        pollSeconds: settings.pollInterval,
        limits,
        onPoll: polled => {
            const status = polled.providerStatus ?? polled.status;
            if (status !== lastStatus)
                (0,action_io/* logData */.nr)(`Job ${polled.id}: ${lastStatus} → ${(lastStatus = status)}`);
            if (polled.estimatedFinish && polled.estimatedFinish !== lastEstimate && !polled.finishedAt) {
                lastEstimate = polled.estimatedFinish;
                core/* info */.pq(`Estimated finish: ${new Date(polled.estimatedFinish * 1000).toISOString()}`);
            }
        },
        onEvent: event => {
            if (event.metric)
                metrics.push(event.metric);
            (0,action_io/* logData */.nr)(`${new Date(event.createdAt * 1000).toISOString()} ${describeEvent(event)}`);
        },
    });
    if (waited.outcome === 'aborted') {
        if (settings.cancelOnAbort)
            await cancel(backend, job.id);
        else
            (0,action_io/* logData */.nr)(`Job ${job.id} keeps running; follow it later with job-id: ${job.id}`);
    }
    return { ...waited, metrics };
}
async function cancel(backend, id) {
    try {
        await backend.cancelJob(id);
        core/* info */.pq(`Cancelled fine-tuning job ${id}.`);
    }
    catch (error) {
        core/* warning */.$e(`Could not cancel ${id}: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
async function finishedCheckpoints(backend, job) {
    if (job.status !== 'succeeded')
        return [];
    try {
        return await backend.checkpoints(job.id);
    }
    catch (error) {
        (0,action_io/* logData */.nr)(`Checkpoints not available: ${(0,errors/* messageOf */.bD)(error)}`);
        return [];
    }
}

// EXTERNAL MODULE: ./src/steps/grader.ts
var steps_grader = __webpack_require__(7836);
// EXTERNAL MODULE: ./src/steps/retirement.ts + 1 modules
var retirement = __webpack_require__(7591);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/steps/snapshot.ts







async function snapshotFiles(files) {
    await (0,external_node_fs_promises_.mkdir)((0,action_io/* tempPath */.EZ)(), { recursive: true });
    const folder = await (0,external_node_fs_promises_.mkdtemp)((0,action_io/* tempPath */.EZ)('snapshot-'));
    const snapshots = new Map();
    for (const [i, file] of files.entries()) {
        const copy = external_node_path_default().join(folder, `${i}-${file.role}.jsonl`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        const tee = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                bytes += chunk.length;
                done(null, chunk);
            },
        });
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file.path), tee, (0,external_node_fs_.createWriteStream)(copy, { flags: 'wx', mode: 0o600 }));
        await (0,external_node_fs_promises_.chmod)(copy, 0o400);
        snapshots.set(file.path, { path: file.path, copy, sha256: hash.digest('hex'), bytes });
    }
    return snapshots;
}

// EXTERNAL MODULE: ./src/backend/training-key.ts
var training_key = __webpack_require__(998);
// EXTERNAL MODULE: ./src/backend/upload-check.ts
var upload_check = __webpack_require__(4194);
// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(9808);
;// CONCATENATED MODULE: ./src/steps/provider-estimate.ts


async function checkProviderEstimate(backend, request, maxCost) {
    if (!backend.estimateCostUsd)
        return;
    const estimate = await backend.estimateCostUsd(request);
    if (estimate === undefined) {
        core/* info */.pq(`${backend.name} could not estimate the price of this job.`);
        if (maxCost !== undefined)
            throw new errors/* InputError */.dz(`Refusing to train: ${backend.name} gave no price estimate for this job, so max-cost $${maxCost} cannot be checked. No job was created.`);
        return;
    }
    core/* info */.pq(`${backend.name} estimates this job at $${estimate}.`);
    if (maxCost !== undefined && estimate > maxCost)
        throw new errors/* InputError */.dz(`Refusing to train: ${backend.name} estimates the job at $${estimate}, over max-cost $${maxCost}. No job was created (the uploaded files are reused next time).`);
}

;// CONCATENATED MODULE: ./src/steps/start-job.ts







async function startJob(settings, backend, report, graderFile, snapshots, limits) {
    const trainingFile = report.files.find(f => f.role === 'training');
    const validationFile = report.files.find(f => f.role === 'validation');
    const training = snapshots.get(trainingFile.path);
    const validation = validationFile ? snapshots.get(validationFile.path) : undefined;
    const method = settings.method === 'auto' ? formats/* METHOD_OF_FORMAT */._N[trainingFile.format] : settings.method;
    if (method === 'reinforcement' && !graderFile)
        throw new errors/* InputError */.dz('A reinforcement job needs a grader: set grader-file to a JSON file with the grader definition.');
    const grader = method === 'reinforcement' ? graderFile : undefined;
    const hp = settings.hyperparameters;
    const hyperparameters = {
        nEpochs: settings.nEpochs,
        batchSize: hp.batchSize,
        learningRateMultiplier: hp.learningRateMultiplier,
        beta: method === 'dpo' ? hp.beta : undefined,
        learningRate: hp.learningRate,
        trainingType: hp.trainingType,
        loraRank: hp.loraRank,
    };
    const key = (0,training_key/* trainingKey */.Sv)({
        trainingSha256: training.sha256,
        validationSha256: validation?.sha256,
        model: settings.model,
        method,
        hyperparameters: {
            n_epochs: hyperparameters.nEpochs,
            batch_size: hyperparameters.batchSize,
            learning_rate_multiplier: hyperparameters.learningRateMultiplier,
            beta: hyperparameters.beta,
            learning_rate: hyperparameters.learningRate,
            training_type: hyperparameters.trainingType === undefined ? undefined : hyperparameters.trainingType === 'full' ? 1 : 0,
            lora_rank: hyperparameters.loraRank,
        },
        graderSha256: grader?.sha256,
        suffix: settings.suffix,
        seed: settings.seed,
    });
    core/* info */.pq(`Training key ${key} (data, base model, method and hyperparameters)`);
    if (!settings.force) {
        const existing = await backend.findJob(key);
        if (existing) {
            (0,action_io/* logData */.nr)(`Job ${existing.id} (${existing.status}) already trains this data with this recipe: following it instead of starting another (force: true would start a new one).`);
            return { job: existing, attached: true };
        }
    }
    const upload = (s, name) => {
        const filename = `${name}-${s.sha256.slice(0, 12)}.jsonl`;
        limits.checkBefore(`uploading ${filename}`);
        return backend.uploadOnce(s.copy, filename, s.sha256, limits.signal).catch((error) => {
            if (error instanceof upload_check/* UploadMismatchError */.w)
                throw new upload_check/* UploadMismatchError */.w(s.path, error.expected, error.actual);
            throw error;
        });
    };
    const trainingUpload = await upload(training, 'train');
    const validationUpload = validation ? await upload(validation, 'validation') : undefined;
    const request = {
        key,
        baseModel: settings.model,
        method,
        trainingFileId: trainingUpload.id,
        validationFileId: validationUpload?.id,
        hyperparameters,
        grader: grader?.value,
        suffix: settings.suffix,
        seed: settings.seed,
        labels: jobLabels(),
    };
    await checkProviderEstimate(backend, request, settings.maxCost);
    limits.checkBefore('creating the fine-tuning job (the uploaded files stay on the server for the next run)');
    const job = await backend.createJobOnce(request);
    (0,action_io/* logData */.nr)(`Created fine-tuning job ${job.id} (${job.status}).`);
    return { job, attached: false };
}
function jobLabels() {
    const env = process.env;
    const labels = {};
    if (env.GITHUB_REPOSITORY)
        labels.repository = env.GITHUB_REPOSITORY.slice(0, 512);
    if (env.GITHUB_SHA)
        labels.commit = env.GITHUB_SHA;
    if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY)
        labels.workflow_run =
            `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`.slice(0, 512);
    return labels;
}

;// CONCATENATED MODULE: ./src/steps/wait-limits.ts

const LONGEST_TIMER_MS = 2 ** 31 - 1;
class WaitLimit extends Error {
    name = 'WaitLimit';
}
class WaitLimits {
    timeoutMinutes;
    deadline;
    cancelled;
    signal;
    cancel = new AbortController();
    timer;
    onSignal = (name) => {
        core/* info */.pq(`Received ${name}: the run is being cancelled.`);
        this.cancel.abort(new WaitLimit(`the run was cancelled (${name})`));
    };
    constructor(timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
        const ms = timeoutMinutes * 60_000;
        this.deadline = Date.now() + ms;
        const timeUp = new AbortController();
        this.timer = setTimeout(() => {
            timeUp.abort(new WaitLimit(`timeout-minutes (${timeoutMinutes}) ran out`));
        }, Math.min(ms, LONGEST_TIMER_MS)).unref();
        this.cancelled = this.cancel.signal;
        this.signal = AbortSignal.any([this.cancel.signal, timeUp.signal]);
        process.once('SIGINT', this.onSignal);
        process.once('SIGTERM', this.onSignal);
    }
    checkBefore(what) {
        if (this.signal.aborted)
            throw new Error(`Stopped before ${what}, as ${this.signal.reason.message}.`);
    }
    dispose() {
        clearTimeout(this.timer);
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
}

;// CONCATENATED MODULE: ./src/modes/train.ts




















async function train(settings, workerScript) {
    if (!settings.backend.apiKey && settings.backend.provider !== 'azure')
        throw new errors/* InputError */.dz("mode 'train' needs api-key (or openai-api-key): pass it from a secret, e.g. api-key: ${{ secrets.OPENAI_API_KEY }}");
    const backend = (0,src_backend.createBackend)(settings.backend);
    const octokit = settings.githubToken ? (0,github_octokit/* createOctokit */.Q)(settings.githubToken) : undefined;
    const pr = octokit ? await (0,sticky_comment/* mergedPullRequest */.r2)(octokit).catch(() => undefined) : undefined;
    const target = pr && octokit && settings.comment
        ? { octokit, owner: pr.owner, repo: pr.repo, number: pr.number, key: settings.commentKey, fromFork: false }
        : undefined;
    const evalFile = settings.eval.file ? await (0,steps_evaluation.checkedEvalFile)(settings) : undefined;
    let report;
    let checked;
    let grader;
    if (!settings.jobId) {
        grader = settings.graderFile ? await (0,steps_grader.readGrader)(settings.graderFile) : undefined;
        checked = await checkData(settings, backend, workerScript, grader);
        report = checked.report;
    }
    const limits = new WaitLimits(settings.timeoutMinutes);
    let job;
    let attached = false;
    let waited;
    const header = report ? `${(0,markdown/* markdownReport */.qN)(report, {}, markdown/* COMMENT_MAX_CHARS */.dq / 2)}\n` : '';
    let view;
    try {
        if (checked) {
            ;
            ({ job, attached } = await startJob(settings, backend, checked.report, grader, checked.snapshots, limits));
        }
        else {
            const jobId = settings.jobId;
            job = await backend.getJob(jobId, limits.signal).catch((error) => {
                limits.checkBefore(`following job ${jobId}`);
                throw error;
            });
            attached = true;
            (0,action_io/* logData */.nr)(`Following fine-tuning job ${job.id} (${job.status}), as job-id asks.`);
        }
        (0,action_io/* setOutputs */.n0)({
            'job-id': job.id,
            'training-file-id': job.trainingFile,
            'validation-file-id': job.validationFile ?? '',
            'job-status': job.providerStatus ?? job.status,
        });
        view = { job, outcome: 'created', actualCostUsd: null, metrics: [], checkpoints: [], attached };
        if (target)
            await (0,sticky_comment/* writePullRequestComment */.By)(target, `${header}${trainingMarkdown(view)}`);
        if (!settings.wait) {
            (0,action_io/* logData */.nr)(`Job ${job.id} is ${job.status}; not waiting (wait: false).`);
            await (0,action_io/* writeSummary */.Sy)(trainingMarkdown(view));
            return;
        }
        waited = await followJob(backend, job, settings, limits);
    }
    finally {
        limits.dispose();
    }
    const price = (0,cost/* trainingPrice */.q)((0,models/* resolveModel */.AX)(job.baseModel), settings.pricePerMillion);
    view.job = waited.job;
    view.outcome = waited.outcome;
    view.metrics = waited.metrics;
    view.checkpoints = await finishedCheckpoints(backend, waited.job);
    view.actualCostUsd =
        waited.job.billedUsd ?? (waited.job.trainedTokens ? (0,cost/* costUsd */.O)(waited.job.trainedTokens, price) : null);
    const j = view.job;
    (0,action_io/* setOutputs */.n0)({
        'job-status': j.providerStatus ?? j.status,
        'model-id': j.fineTunedModel ?? '',
        'trained-tokens': j.trainedTokens ? String(j.trainedTokens) : '',
        'actual-cost': view.actualCostUsd === null ? '' : String(view.actualCostUsd),
    });
    const evaluation = j.status === 'succeeded' && settings.eval.file
        ? await (0,steps_evaluation.runEvaluation)(settings, backend, j.fineTunedModel, j.baseModel, evalFile)
        : undefined;
    const evalText = evaluation ? `\n${evaluation.markdown}` : '';
    await (0,action_io/* writeSummary */.Sy)(`${trainingMarkdown(view)}${evalText}\n${report ? (0,markdown/* markdownReport */.qN)(report, {}, markdown/* SUMMARY_MAX_CHARS */.sh / 2) : ''}`);
    if (target)
        await (0,sticky_comment/* writePullRequestComment */.By)(target, `${header}${trainingMarkdown(view)}${evalText}`.slice(0, markdown/* COMMENT_MAX_CHARS */.dq - 200));
    if (waited.outcome === 'timed-out') {
        core/* setFailed */.C1(`Stopped waiting after ${settings.timeoutMinutes} minutes (timeout-minutes); job ${j.id} is still ${j.status}. Follow it later with job-id: ${j.id}.`);
    }
    else if (waited.outcome === 'aborted') {
        core/* setFailed */.C1(`The run was cancelled; job ${j.id} ${settings.cancelOnAbort ? 'was cancelled too (cancel-on-abort)' : `keeps running: follow it later with job-id: ${j.id}`}.`);
    }
    else if (j.status === 'failed') {
        const e = j.error;
        core/* setFailed */.C1(`Fine-tuning job ${j.id} failed: ${e?.code ?? 'unknown'}: ${e ? (0,errors/* serverMessage */.x_)(e.message) : 'no message'}${e?.param ? ` (parameter: ${e.param})` : ''}`);
    }
    else if (j.status === 'cancelled') {
        core/* setFailed */.C1(`Fine-tuning job ${j.id} was cancelled.`);
    }
    else {
        (0,action_io/* logData */.nr)(`Fine-tuned model: ${j.fineTunedModel}`);
        if (evaluation && !evaluation.summary.gates.passed)
            core/* setFailed */.C1(`Evaluation gate failed for ${j.fineTunedModel}: ${evaluation.summary.gates.failures.join('; ')}.`);
    }
}
async function checkData(settings, backend, workerScript, grader) {
    const { training, validation } = await (0,check_dataset/* datasetFiles */.gm)(settings);
    if (training.length !== 1)
        throw new errors/* InputError */.dz(`training-file: a job trains on one file, and ${training.length} match (${training.map(f => f.path).join(', ')})`);
    if (validation.length > 1)
        throw new errors/* InputError */.dz(`validation-file: a job takes one validation file, and ${validation.length} match`);
    const files = [...training, ...validation];
    const snapshots = await snapshotFiles(files);
    const report = await (0,check_dataset/* checkDataset */.$F)(files.map(f => ({ ...f, readFrom: snapshots.get(f.path).copy })), (0,check_dataset/* engineOptions */.ll)(settings, workerScript, grader));
    await (0,check_dataset/* publishDatasetReport */.EW)(report, settings);
    const notices = await (0,retirement/* modelRetirement */.v)(settings.model, {
        backend,
        isOpenAI: backend.isOpenAI,
        provider: settings.backend.provider,
    });
    const t = report.totals;
    if (t.errors > 0)
        throw new errors/* InputError */.dz(`Refusing to train: the data has ${(0,format/* plural */.LS)(t.errors, 'error')} (see the annotations). Nothing was uploaded.`);
    if (settings.maxCost !== undefined && t.estimatedCostUsd === null && !backend.estimateCostUsd)
        throw new errors/* InputError */.dz(`Refusing to train: max-cost is $${settings.maxCost}, but the price of ${settings.model} is unknown, so the cost cannot be checked against it. Set price-per-million-tokens to the provider's price per million training tokens (or remove max-cost). Nothing was uploaded.`);
    if (settings.maxCost !== undefined && t.estimatedCostUsd !== null && t.estimatedCostUsd > settings.maxCost) {
        throw new errors/* InputError */.dz(`Refusing to train: the estimated cost $${t.estimatedCostUsd} is over max-cost $${settings.maxCost}. Nothing was uploaded.`);
    }
    const shutDown = notices.find(n => n.kind === 'model-shutdown' && n.days < 0);
    if (shutDown)
        throw new errors/* InputError */.dz(`Refusing to train: ${settings.model} was shut down on ${shutDown.date}, so a job on it cannot deliver a model that answers. Choose a current model. Nothing was uploaded.`);
    const cheaper = (0,alternatives/* alternativeCosts */._)(report).filter(a => t.estimatedCostUsd !== null && a.costUsd < t.estimatedCostUsd);
    if (cheaper.length > 0)
        core/* info */.pq(`The same data would cost ${cheaper.map(a => `$${a.costUsd} on ${a.model}`).join(', ')}.`);
    return { report, snapshots };
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readGrader: () => (/* binding */ readGrader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backend_training_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(998);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3338);




async function readGrader(file) {
    const real = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .confineInput */ .HN)(file, 'grader-file');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(real, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`grader-file: cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
    try {
        return { value: JSON.parse(text), sha256: (0,_backend_training_key_js__WEBPACK_IMPORTED_MODULE_1__/* .textSha256 */ .XN)(text) };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`grader-file: ${file} is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
    }
}


/***/ })

};
