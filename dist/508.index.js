export const id = 508;
export const ids = [508];
export const modules = {

/***/ 7508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(2847);
// EXTERNAL MODULE: ./src/action-io.ts + 1 modules
var action_io = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/backend/provider.ts
var provider = __webpack_require__(8115);
// EXTERNAL MODULE: ./src/estimate/alternatives.ts
var alternatives = __webpack_require__(7060);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/steps/check-dataset.ts + 5 modules
var check_dataset = __webpack_require__(9595);
// EXTERNAL MODULE: ./src/steps/retirement.ts + 1 modules
var retirement = __webpack_require__(7591);
;// CONCATENATED MODULE: ./src/modes/validate.ts









async function validate(settings, workerScript) {
    const { training, validation } = await (0,check_dataset/* datasetFiles */.gm)(settings);
    const files = [...training, ...validation];
    const pr = pullRequestContext();
    const github = pr && settings.githubToken ? await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(697)]).then(__webpack_require__.bind(__webpack_require__, 697)) : undefined;
    const octokit = github?.createOctokit(settings.githubToken);
    const grader = settings.graderFile
        ? await (await __webpack_require__.e(/* import() */ 836).then(__webpack_require__.bind(__webpack_require__, 7836))).readGrader(settings.graderFile)
        : undefined;
    const engine = (0,check_dataset/* engineOptions */.ll)(settings, workerScript, grader);
    const headIndex = new Map();
    const report = await (0,check_dataset/* checkDataset */.$F)(files, { ...engine, exampleIndex: pr ? headIndex : undefined });
    if (settings.checkModelRetirement && !settings.backend.apiKey)
        core/* warning */.$e('check-model-retirement is true, but no api-key is given: the built-in dates are used.');
    const backend = settings.checkModelRetirement && settings.backend.apiKey
        ? (await Promise.all(/* import() */[__webpack_require__.e(224), __webpack_require__.e(729)]).then(__webpack_require__.bind(__webpack_require__, 3729))).createBackend(settings.backend)
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
            core/* warning */.$e('No github-token: the pull request comment is skipped; the report is in the job summary.');
    }
    const failures = [];
    if (settings.eval.file) {
        const evalFile = await (await Promise.all(/* import() */[__webpack_require__.e(745), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 8647))).loadEvalFile(settings.eval.file);
        (0,action_io/* logData */.nr)(`Eval file ${evalFile.path}: ${evalFile.cases.length} cases, ${(0,format/* plural */.LS)(evalFile.errors, 'error')}, ${(0,format/* plural */.LS)(evalFile.warnings, 'warning')}`);
        if (evalFile.errors > 0)
            failures.push(`The eval file ${evalFile.path} has ${(0,format/* plural */.LS)(evalFile.errors, 'error')}.`);
    }
    if (settings.maxCost !== undefined) {
        if (t.estimatedCostUsd === null)
            core/* warning */.$e(`max-cost is set, but the cost of ${settings.model} is unknown: set price-per-million-tokens to check the budget.`);
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
        core/* setFailed */.C1(failures.join(' '));
    return report;
}


/***/ })

};
