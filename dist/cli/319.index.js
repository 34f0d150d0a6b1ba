export const id = 319;
export const ids = [319];
export const modules = {

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workerPoolProcessor: () => (/* binding */ workerPoolProcessor)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analyze_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6813);


const IN_FLIGHT_PER_WORKER = 2;
const WORKER_OLD_SPACE_MB = 64;
const OPEN_TOKENIZER_OLD_SPACE_MB = 120;
const OPEN_TOKENIZER_YOUNG_SPACE_MB = 16;
const WORKER_YOUNG_SPACE_MB = 2;
const RESTARTS_PER_WORKER = 3;
function workerPoolProcessor(script, size, init) {
    const jobs = new Map();
    const held = new Map();
    let nextId = 0;
    let closing = false;
    let restarts = RESTARTS_PER_WORKER * size;
    let lastCause = 'no checking thread is left';
    const failed = (job, cause) => ({
        firstLine: job.firstLine,
        lineCount: job.lineCount,
        numbers: new Float64Array(job.lineCount * _analyze_line_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELDS_PER_LINE */ .f),
        findings: [
            {
                line: job.firstLine,
                code: 'lines_not_checked',
                message: `${job.lineCount === 1 ? `line ${job.firstLine} was` : `lines ${job.firstLine}–${job.firstLine + job.lineCount - 1} were`} not checked: ${cause}`,
            },
        ],
        unlisted: {},
    });
    const start = () => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, {
            workerData: init,
            resourceLimits: {
                maxOldGenerationSizeMb: oldSpaceMb,
                maxYoungGenerationSizeMb: init.rules?.openTokenizer ? OPEN_TOKENIZER_YOUNG_SPACE_MB : WORKER_YOUNG_SPACE_MB,
            },
        });
        held.set(worker, []);
        let cause;
        worker.on('message', ({ id, result }) => {
            const ids = held.get(worker);
            ids.splice(ids.indexOf(id), 1);
            jobs.get(id)?.resolve(result);
            jobs.delete(id);
        });
        worker.on('error', (error) => {
            cause =
                error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                    ? `the checking thread ran out of memory (its heap is capped at ${oldSpaceMb} MB)`
                    : `the checking thread failed (${error.message})`;
        });
        worker.on('exit', code => {
            const ids = held.get(worker) ?? [];
            held.delete(worker);
            if (closing)
                return;
            lastCause = cause ?? `the checking thread stopped (exit code ${code})`;
            for (const id of ids) {
                const job = jobs.get(id);
                jobs.delete(id);
                if (job)
                    job.resolve(failed(job, lastCause));
            }
            const at = workers.indexOf(worker);
            if (restarts-- > 0)
                workers[at] = start();
            else
                workers.splice(at, 1);
        });
        return worker;
    };
    const oldSpaceMb = init.rules?.openTokenizer ? OPEN_TOKENIZER_OLD_SPACE_MB : WORKER_OLD_SPACE_MB;
    const workers = Array.from({ length: size }, start);
    return {
        capacity: size * IN_FLIGHT_PER_WORKER,
        process(batch, format) {
            if (workers.length === 0)
                return Promise.resolve(failed({ firstLine: batch.firstLine, lineCount: batch.lineCount }, lastCause));
            const worker = workers.reduce((a, b) => (held.get(b).length < held.get(a).length ? b : a));
            const id = nextId++;
            held.get(worker).push(id);
            return new Promise(resolve => {
                jobs.set(id, { resolve, firstLine: batch.firstLine, lineCount: batch.lineCount });
                worker.postMessage({ id, format, batch }, [ownBuffer(batch)]);
            });
        },
        close: async () => {
            closing = true;
            await Promise.all(workers.map(w => w.terminate()));
        },
    };
}
function ownBuffer(batch) {
    const { bytes } = batch;
    if (batch.transferable && bytes.buffer instanceof ArrayBuffer)
        return bytes.buffer;
    if (bytes.byteOffset !== 0 ||
        bytes.byteLength !== bytes.buffer.byteLength ||
        !(bytes.buffer instanceof ArrayBuffer)) {
        batch.bytes = new Uint8Array(bytes);
    }
    return batch.bytes.buffer;
}


/***/ })

};
