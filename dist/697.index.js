export const id = 697;
export const ids = [697];
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

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBase: () => (/* reexport */ compareWithBase),
  createOctokit: () => (/* reexport */ github_octokit/* createOctokit */.Q),
  writePullRequestComment: () => (/* reexport */ sticky_comment/* writePullRequestComment */.By)
});

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/action-io.ts + 2 modules
var action_io = __webpack_require__(2698);
// EXTERNAL MODULE: ./src/dataset/analyze-dataset.ts + 4 modules
var analyze_dataset = __webpack_require__(870);
;// CONCATENATED MODULE: ./src/dataset/compare.ts
function compareDatasets(head, headIndex, base, baseIndex, unavailable) {
    const files = head.files.map((file) => {
        const baseFile = base?.files.find(b => b.path === file.path);
        const headIdx = headIndex.get(file.path) ?? { lines: [], hashes: [] };
        if (!baseFile) {
            const state = unavailable.has(file.path) ? 'unavailable' : 'new';
            const added = state === 'new' ? file.examples : 0;
            return {
                path: file.path,
                state,
                examplesAdded: added,
                examplesRemoved: 0,
                examplesChanged: 0,
                deltaExamples: added,
                deltaTokens: state === 'new' ? file.tokens : 0,
            };
        }
        const diff = diffExamples(baseIndex.get(file.path) ?? { lines: [], hashes: [] }, headIdx);
        return {
            path: file.path,
            state: 'changed',
            ...diff,
            deltaExamples: file.examples - baseFile.examples,
            deltaTokens: file.tokens - baseFile.tokens,
        };
    });
    const t = head.totals;
    const b = base?.totals ?? {
        ...t,
        examples: 0,
        tokens: 0,
        billedTokens: 0,
        epochs: 0,
        estimatedCostUsd: t.estimatedCostUsd === null ? null : 0,
        errors: 0,
        warnings: 0,
    };
    return {
        files,
        deltaExamples: t.examples - b.examples,
        deltaTokens: t.tokens - b.tokens,
        deltaBilledTokens: t.billedTokens - b.billedTokens,
        deltaCostUsd: t.estimatedCostUsd !== null && b.estimatedCostUsd !== null
            ? round4(t.estimatedCostUsd - b.estimatedCostUsd)
            : null,
        base: b,
    };
}
function diffExamples(base, head) {
    const baseCount = multiset(base.hashes);
    const headCount = multiset(head.hashes);
    const onlyIn = (a, b) => {
        const rest = new Map();
        for (const [h, n] of a)
            if (n > (b.get(h) ?? 0))
                rest.set(h, n - (b.get(h) ?? 0));
        return rest;
    };
    const added = onlyIn(headCount, baseCount);
    const removed = onlyIn(baseCount, headCount);
    const baseAtLine = new Map(base.lines.map((line, i) => [line, base.hashes[i]]));
    let changed = 0;
    head.lines.forEach((line, i) => {
        const h = head.hashes[i];
        const before = baseAtLine.get(line);
        if (before === undefined || before === h)
            return;
        if ((added.get(h) ?? 0) > 0 && (removed.get(before) ?? 0) > 0) {
            changed++;
            added.set(h, added.get(h) - 1);
            removed.set(before, removed.get(before) - 1);
        }
    });
    const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
    return { examplesAdded: sum(added), examplesRemoved: sum(removed), examplesChanged: changed };
}
function multiset(hashes) {
    const m = new Map();
    for (const h of hashes)
        m.set(h, (m.get(h) ?? 0) + 1);
    return m;
}
const round4 = (n) => Math.round(n * 10_000) / 10_000;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/base-files.ts




const BASE_READ_CONCURRENCY = 8;
async function fetchBaseFiles(octokit, owner, repo, ref, repoPaths, dir, concurrency = BASE_READ_CONCURRENCY) {
    const fetchOne = async (repoPath) => {
        try {
            const response = await octokit.rest.repos.getContent({
                owner,
                repo,
                path: repoPath,
                ref,
                mediaType: { format: 'raw' },
            });
            const localPath = external_node_path_default().join(dir, repoPath);
            await (0,promises_.mkdir)(external_node_path_default().dirname(localPath), { recursive: true });
            await (0,promises_.writeFile)(localPath, typeof response.data === 'string' ? response.data : Buffer.from(response.data));
            return { path: repoPath, state: 'found', localPath };
        }
        catch (error) {
            if ((0,github_octokit/* statusOf */.c)(error) === 404)
                return { path: repoPath, state: 'new' };
            return { path: repoPath, state: 'unavailable', reason: (0,errors/* serverMessage */.x_)(error) };
        }
    };
    const out = new Array(repoPaths.length);
    let next = 0;
    const worker = async () => {
        while (next < repoPaths.length) {
            const i = next++;
            out[i] = await fetchOne(repoPaths[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, repoPaths.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/steps/base-comparison.ts






async function compareWithBase(octokit, pr, files, head, headIndex, engine) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const inRepo = files.filter(f => !external_node_path_default().relative(workspace, external_node_path_default().resolve(f.path)).startsWith('..'));
    const dir = (0,action_io/* tempPath */.EZ)(`base-${pr.baseSha.slice(0, 12)}`);
    const repoPaths = inRepo.map(f => external_node_path_default().relative(workspace, external_node_path_default().resolve(f.path)).split((external_node_path_default()).sep).join('/'));
    let fetched;
    try {
        fetched = await fetchBaseFiles(octokit, pr.owner, pr.repo, pr.baseSha, repoPaths, dir);
    }
    catch (error) {
        return { baseNote: `The base branch was not compared: ${(0,errors/* messageOf */.bD)(error)}` };
    }
    const baseFiles = [];
    const unavailable = new Set();
    const notes = [];
    fetched.forEach((b, i) => {
        const file = inRepo[i];
        if (b.state === 'found')
            baseFiles.push({ path: file.path, role: file.role, readFrom: b.localPath });
        else if (b.state === 'unavailable') {
            unavailable.add(file.path);
            notes.push(`${file.path} at the base commit could not be read (${b.reason}).`);
        }
    });
    const baseIndex = new Map();
    let base;
    try {
        base =
            baseFiles.length > 0
                ? await (0,analyze_dataset/* analyzeDataset */.VY)(baseFiles, { ...engine, exampleIndex: baseIndex, onProgress: undefined })
                : undefined;
    }
    catch (error) {
        return { baseNote: `The base branch was not compared: ${(0,errors/* messageOf */.bD)(error)}` };
    }
    const change = compareDatasets(head, headIndex, base, baseIndex, unavailable);
    if (!base)
        notes.push('Every file is new in this pull request.');
    return {
        change,
        baseNote: notes.length > 0 ? `Compared with the base branch at ${pr.baseSha.slice(0, 7)}. ${notes.join(' ')}` : undefined,
    };
}

;// CONCATENATED MODULE: ./src/steps/pull-request-github.ts





/***/ })

};
