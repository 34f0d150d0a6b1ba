export const id = 21;
export const ids = [21];
export const modules = {

/***/ 8021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluate: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2847);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2698);
/* harmony import */ var _backend_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3729);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _steps_evaluation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8647);





async function evaluate(settings) {
    if (!settings.backend.apiKey && settings.backend.provider !== 'azure')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("mode 'evaluate' needs api-key (or openai-api-key): pass it from a secret");
    if (!settings.eval.file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("mode 'evaluate' needs eval-file: a JSONL file of cases");
    const backend = (0,_backend_index_js__WEBPACK_IMPORTED_MODULE_2__.createBackend)(settings.backend);
    let model = settings.eval.model;
    let base;
    if (settings.jobId) {
        const job = await backend.getJob(settings.jobId);
        base = job.baseModel;
        model ??= job.fineTunedModel ?? undefined;
        if (!model)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`job ${job.id} is ${job.status} and has no fine-tuned model yet`);
    }
    if (!model)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("mode 'evaluate' needs eval-model (or job-id of a finished job)");
    const result = await (0,_steps_evaluation_js__WEBPACK_IMPORTED_MODULE_4__.runEvaluation)(settings, backend, model, base);
    if (!result)
        return;
    await (0,_action_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)(result.markdown);
    if (!result.summary.gates.passed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Evaluation gate failed: ${result.summary.gates.failures.join('; ')}.`);
}


/***/ })

};
