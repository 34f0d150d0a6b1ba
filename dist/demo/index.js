#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 564:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "150643d57877f352b1da.json";

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: ./testing/openai/api-error.ts
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

;// CONCATENATED MODULE: ./testing/openai/auth.ts

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
            const masked = key.length > 8
                ? `${key.slice(0, 3)}${'*'.repeat(Math.min(20, key.length - 7))}${key.slice(-4)}`
                : '*'.repeat(key.length);
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

;// CONCATENATED MODULE: ./testing/openai/clock.ts
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
;// CONCATENATED MODULE: ./testing/http-kit/router.ts
class Router {
    routes = [];
    add(method, template, value) {
        this.routes.push({ method: method.toUpperCase(), template, parts: template.split('/').slice(1), value });
        return this;
    }
    match(method, path) {
        const segments = path.split('/').slice(1);
        for (const route of this.routes) {
            if (route.method !== method.toUpperCase())
                continue;
            const params = matchTemplate(route.parts, segments);
            if (params)
                return { template: route.template, value: route.value, params };
        }
        return undefined;
    }
}
function matchTemplate(parts, segments) {
    const params = {};
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const placeholder = /^\{(\w+)\}$/.exec(part);
        if (placeholder && placeholder[1] === 'path' && i === parts.length - 1) {
            params.path = safeDecode(segments.slice(i).join('/'));
            return params;
        }
        const segment = segments[i];
        if (segment === undefined || segment === '')
            return null;
        if (placeholder)
            params[placeholder[1]] = safeDecode(segment);
        else if (part !== segment)
            return null;
    }
    return segments.length === parts.length ? params : null;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./testing/openai/openapi-schema.ts
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
    for (const [exclusive, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
    ]) {
        if (typeof out[exclusive] !== 'boolean')
            continue;
        if (out[exclusive] && typeof out[bound] === 'number') {
            out[exclusive] = out[bound];
            Reflect.deleteProperty(out, bound);
        }
        else {
            Reflect.deleteProperty(out, exclusive);
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

;// CONCATENATED MODULE: ./testing/openai/validation-errors.ts

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
    const path = error.instancePath === ''
        ? []
        : error.instancePath
            .slice(1)
            .split('/')
            .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const p = error.params;
    const extra = p.missingProperty ??
        p.additionalProperty ??
        p.unevaluatedProperty ??
        (error.keyword === 'discriminator' ? p.tag : undefined);
    return extra === undefined ? path : [...path, extra];
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
    return type === 'integer'
        ? 'an integer'
        : type === 'array'
            ? 'an array'
            : type === 'object'
                ? 'an object'
                : type === 'null'
                    ? 'null'
                    : `a ${type}`;
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
    return typeof value === 'undefined' ? 'nothing' : `a ${typeof value} (${JSON.stringify(value)})`;
}

;// CONCATENATED MODULE: ./testing/openai/contract.ts






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
    router = new Router();
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
        for (const operation of this.operations)
            this.router.add(operation.method, operation.template, operation);
    }
    static load() {
        loaded ??= new Contract(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(new URL(/* asset import */ __nccwpck_require__(564), __nccwpck_require__.b), 'utf8')));
        return loaded;
    }
    match(method, path) {
        const matched = this.router.match(method, path);
        return matched && { operation: matched.value, params: matched.params };
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
        const ref = REQUEST_SPEC_ID +
            pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
        this.check(this.strict, `json ${operation.id}`, () => ({ $ref: ref, unevaluatedProperties: false }), body);
    }
    multipartBody(operation, fields) {
        const ref = REQUEST_SPEC_ID +
            pointer('paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'multipart/form-data', 'schema');
        this.check(this.coercing, `multipart ${operation.id}`, () => ({ $ref: ref }), fields);
    }
    responseProblems(operation, body, contentType = 'application/json') {
        const ref = SPEC_ID +
            pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', '200', 'content', contentType, 'schema');
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
            const parameters = (op.parameters ?? []);
            const content = (op.requestBody?.content ?? {});
            const ok = op.responses['200']?.content;
            operations.push({
                id: String(op.operationId),
                method: method.toUpperCase(),
                template,
                deepObjectParams: new Set(parameters
                    .filter(p => p.in === 'query' && (p.style === 'deepObject' || isObjectSchema(p.schema, document)))
                    .map(p => String(p.name))),
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
        properties[String(p.name)] = {
            $ref: REQUEST_SPEC_ID +
                pointer('paths', operation.template, operation.method.toLowerCase(), 'parameters', i, 'schema'),
        };
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
    return (s.type === 'object' ||
        (Array.isArray(s.anyOf) && s.anyOf.some(branch => isObjectSchema(branch, document))));
}
function checkLimit(limit, max) {
    if (typeof limit === 'number' && (limit < 1 || limit > max)) {
        throw badRequest(`Invalid value for 'limit': must be between 1 and ${max}, but got ${limit}.`, 'limit', 'invalid_value');
    }
}

;// CONCATENATED MODULE: ./testing/openai/environment.ts
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

;// CONCATENATED MODULE: ./testing/http-kit/body.ts
class ClientGone extends Error {
    name = 'ClientGone';
}
class BodyTooLarge extends Error {
    size;
    limit;
    name = 'BodyTooLarge';
    constructor(size, limit) {
        super(`Request body of ${size} bytes exceeds the limit of ${limit} bytes.`);
        this.size = size;
        this.limit = limit;
    }
}
function readBody(req, limit = Infinity) {
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
                reject(new BodyTooLarge(size, limit));
            else
                resolve(Buffer.concat(chunks));
        });
        req.on('error', () => {
            reject(new ClientGone());
        });
        req.on('close', () => {
            if (!ended)
                reject(new ClientGone());
        });
    });
}
function rawQuery(search) {
    const query = {};
    for (const [key, value] of search) {
        const seen = query[key];
        query[key] = seen === undefined ? value : [].concat(seen, value);
    }
    return query;
}
function recordedHeaders(headers, names) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (name === 'authorization' || value === undefined || (names && !names.includes(name)))
            continue;
        out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function sendJson(res, status, body, headers = {}) {
    sendBytes(res, status, Buffer.from(JSON.stringify(body)), 'application/json', headers);
}
function sendBytes(res, status, body, contentType, headers = {}) {
    const head = contentType ? { 'content-type': contentType, ...headers } : { ...headers };
    if (body)
        head['content-length'] = String(body.length);
    res.writeHead(status, head);
    res.end(body);
}

;// CONCATENATED MODULE: ./testing/http-kit/request-pattern.ts
function requestMatcher(pattern, prefix = '') {
    if (pattern instanceof RegExp) {
        return r => pattern.test(`${r.method} ${r.path}`) || (r.route != null && pattern.test(`${r.method} ${r.route}`));
    }
    const spaced = /^(\S+)\s+(\S+)$/.exec(pattern.trim());
    const method = spaced ? spaced[1].toUpperCase() : '*';
    let path = spaced ? spaced[2] : pattern.trim();
    if (!path.startsWith('/'))
        path = '/' + path;
    if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix)
        path = prefix + path;
    const source = path
        .split('/')
        .map(segment => segment === '**' ? '.*' : segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('/');
    const regex = new RegExp(`^${source}/?$`);
    return r => (method === '*' || method === r.method.toUpperCase()) &&
        (regex.test(r.path) || (r.route != null && regex.test(prefix + r.route)));
}

;// CONCATENATED MODULE: ./testing/http-kit/faults.ts

class Faults {
    prefix;
    rules = [];
    applied = [];
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    inject(pattern, fault, times = 1) {
        const injected = {
            pattern,
            fault,
            remaining: times,
            hits: 0,
            cancel: () => (injected.remaining = 0),
        };
        this.rules.push({ injected, matches: requestMatcher(pattern, this.prefix) });
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
    take(request) {
        const rule = this.rules.find(r => r.injected.remaining > 0 && r.matches(request));
        if (!rule)
            return undefined;
        rule.injected.remaining--;
        rule.injected.hits++;
        this.applied.push({
            kind: rule.injected.fault.kind,
            method: request.method,
            path: request.path,
            request: request.seq,
        });
        return rule.injected.fault;
    }
    counts() {
        const counts = {};
        for (const a of this.applied)
            counts[a.kind] = (counts[a.kind] ?? 0) + 1;
        return counts;
    }
}

;// CONCATENATED MODULE: ./testing/http-kit/request-log.ts

class RequestLog {
    prefix;
    all = [];
    constructor(prefix = '') {
        this.prefix = prefix;
    }
    matching(pattern) {
        if (pattern === undefined)
            return [...this.all];
        const matches = requestMatcher(pattern, this.prefix);
        return this.all.filter(r => matches(r));
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

;// CONCATENATED MODULE: ./testing/openai/http.ts

async function parseMultipart(body, contentType) {
    if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
        throw badRequest(`Invalid Content-Type header (${contentType ?? 'none'}), expected multipart/form-data.`);
    }
    let form;
    try {
        form = await new Request('http://simulator.local/', {
            method: 'POST',
            headers: { 'content-type': contentType },
            body,
            duplex: 'half',
        }).formData();
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
            target = (target[segment] =
                typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {});
        }
        const last = segments.at(-1);
        const text = typeof value === 'string' ? value : value.name;
        if (typeof value !== 'string')
            files.set(key, value);
        target[last] = last in target ? [].concat(target[last], text) : text;
    }
    return { fields, files };
}
function sendEvents(res, chunks, headers = {}) {
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    for (const chunk of chunks)
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    res.end('data: [DONE]\n\n');
}
function sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal.aborted) {
            resolve();
            return;
        }
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

;// CONCATENATED MODULE: ./testing/openai/models.ts

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
                this.models.set(alias, {
                    ...base,
                    id: alias,
                    kind: 'alias',
                    base: spec.id,
                    shutdownDate: shutdownDates[alias] ?? base.shutdownDate,
                });
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
        const model = {
            id,
            created,
            ownedBy,
            shutdownDate: this.models.get(base)?.shutdownDate,
            kind,
            base,
            jobId,
            deleted: false,
        };
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

;// CONCATENATED MODULE: ./testing/openai/request-record.ts

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

;// CONCATENATED MODULE: ./testing/openai/pagination.ts
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

;// CONCATENATED MODULE: ./testing/openai/files.ts


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

;// CONCATENATED MODULE: ./testing/openai/routes.ts



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
        const file = state.files.create({
            filename: upload.name,
            purpose: body.purpose,
            content,
            origin: 'api',
            expiresAfterSeconds: body.expires_after?.seconds,
        });
        return { json: state.files.object(file) };
    },
    listFiles({ state, query }) {
        checkLimit(query.limit, 10_000);
        const page = state.files.list(query);
        const data = page.data.map(f => state.files.object(f));
        return {
            json: {
                object: 'list',
                data,
                first_id: data[0]?.id ?? '',
                last_id: data.at(-1)?.id ?? '',
                has_more: page.has_more,
            },
        };
    },
    retrieveFile: ({ state, params }) => ({ json: state.files.object(state.files.get(params.file_id)) }),
    deleteFile({ state, params }) {
        const file = state.files.delete(params.file_id);
        return { json: { id: file.id, object: 'file', deleted: true } };
    },
    downloadFile: ({ state, params }) => ({
        bytes: state.files.get(params.file_id).content,
        contentType: 'application/octet-stream',
    }),
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
    completeUpload: ({ state, params, body }) => ({
        json: state.uploads.object(state.uploads.complete(params.upload_id, body.part_ids, body.md5)),
    }),
    cancelUpload: ({ state, params }) => ({ json: state.uploads.object(state.uploads.cancel(params.upload_id)) }),
    createFineTuningJob: ({ state, body }) => ({ json: state.jobs.object(state.jobs.create(body)) }),
    listPaginatedFineTuningJobs({ state, query }) {
        const page = state.jobs.list(query);
        return { json: { object: 'list', data: page.data.map(j => state.jobs.object(j)), has_more: page.has_more } };
    },
    retrieveFineTuningJob: ({ state, params }) => ({
        json: state.jobs.object(state.jobs.get(params.fine_tuning_job_id)),
    }),
    cancelFineTuningJob: ({ state, params }) => ({
        json: state.jobs.object(state.jobs.cancel(params.fine_tuning_job_id)),
    }),
    pauseFineTuningJob: ({ state, params }) => ({
        json: state.jobs.object(state.jobs.pause(params.fine_tuning_job_id)),
    }),
    resumeFineTuningJob: ({ state, params }) => ({
        json: state.jobs.object(state.jobs.resume(params.fine_tuning_job_id)),
    }),
    listFineTuningEvents({ state, params, query }) {
        const page = state.jobs.events(params.fine_tuning_job_id, query.after, query.limit);
        return { json: { object: 'list', data: page.data, has_more: page.has_more } };
    },
    listFineTuningJobCheckpoints({ state, params, query }) {
        const page = state.jobs.checkpoints(params.fine_tuning_job_id, query.after, query.limit);
        const { data } = page;
        return {
            json: {
                object: 'list',
                data,
                first_id: data[0]?.id ?? null,
                last_id: data.at(-1)?.id ?? null,
                has_more: page.has_more,
            },
        };
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
        return {
            json: {
                object: 'list',
                data: page.data,
                first_id: ids[0] ?? '',
                last_id: ids.at(-1) ?? '',
                has_more: page.has_more,
            },
        };
    },
};

;// CONCATENATED MODULE: ./testing/openai/token-estimate.ts
function estimateTokens(text) {
    const words = text.split(/\s+/).filter(Boolean).length;
    return Math.ceil((words * 4) / 3);
}

;// CONCATENATED MODULE: ./testing/openai/chat.ts




const defaultAnswer = (model, lastUserMessage) => `[${model}] ${lastUserMessage}`;
const openAIRejectsTemperature = (model) => /^(gpt-5|o\d)/.test(model.startsWith('ft:') ? (model.split(':')[1] ?? '') : model);
class ChatService {
    env;
    models;
    fixtures;
    latency;
    rejectsTemperature;
    inFlight = new Map();
    peak = new Map();
    calls = new Map();
    inFlightTotal = 0;
    peakTotal = 0;
    stored = [];
    constructor(env, models, fixtures, latency = 0, rejectsTemperature = openAIRejectsTemperature) {
        this.env = env;
        this.models = models;
        this.fixtures = fixtures;
        this.latency = latency;
        this.rejectsTemperature = rejectsTemperature;
    }
    async complete(request, signal) {
        const requested = String(request.model);
        const model = this.models.get(requested);
        const temperature = request.temperature;
        if (typeof temperature === 'number' && temperature !== 1 && this.rejectsTemperature(requested))
            throw badRequest(`Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`, 'temperature', 'unsupported_value');
        const messages = request.messages;
        this.enter(requested);
        try {
            const ms = typeof this.latency === 'function' ? this.latency(requested) : this.latency;
            if (ms > 0)
                await sleep(ms, signal);
            const last = textOf([...messages].reverse().find(m => m.role === 'user')?.content);
            let content = (await this.answer({ model: requested, messages, lastUserMessage: last, request })) ??
                defaultAnswer(requested, last);
            let finish = 'stop';
            const max = (request.max_completion_tokens ?? request.max_tokens);
            if (typeof max === 'number' && estimateTokens(content) > max) {
                content = content
                    .split(/\s+/)
                    .filter(Boolean)
                    .slice(0, Math.floor((max * 3) / 4))
                    .join(' ');
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
                completion_tokens_details: {
                    reasoning_tokens: 0,
                    audio_tokens: 0,
                    accepted_prediction_tokens: 0,
                    rejected_prediction_tokens: 0,
                },
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
            return {
                response,
                chunks: streamChunks(head, content, n, finish, request.stream_options?.include_usage ? usage : undefined),
            };
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
    const chunk = (choices, extra = {}) => ({
        ...head,
        object: 'chat.completion.chunk',
        choices,
        ...extra,
    });
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

;// CONCATENATED MODULE: ./testing/openai/hyperparameters.ts
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
        Object.assign(auto, {
            reasoning_effort: 'default',
            compute_multiplier: 'auto',
            eval_interval: 'auto',
            eval_samples: 'auto',
        });
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

;// CONCATENATED MODULE: ./testing/openai/job-record.ts
const DEFAULT_JOB_SCHEDULE = { validatingSeconds: 10, queuedSeconds: 20, runningSeconds: 120 };
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);

;// CONCATENATED MODULE: ./testing/openai/random.ts
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

;// CONCATENATED MODULE: ./testing/openai/training-curve.ts

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

;// CONCATENATED MODULE: ./testing/openai/job-progress.ts




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
                const ready = [job.trainingFile, job.validationFile].map(id => (id ? (this.files.find(id)?.readyAt ?? 0) : 0));
                const end = Math.max(job.phaseStart, ...ready) + job.schedule.validatingSeconds;
                if (now < end)
                    return;
                if (job.schedule.failure?.phase === 'validating_files') {
                    this.fail(job, end);
                    return;
                }
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
                this.run(job, now);
                return;
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
            failStep: failure?.phase === 'running'
                ? Math.min(totalSteps, Math.max(1, Math.ceil(totalSteps * (failure.atFraction ?? 0.5))))
                : undefined,
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
            if (total <= most ||
                step === total ||
                Math.floor((step * most) / total) !== Math.floor(((step - 1) * most) / total)) {
                this.metrics(job, at, step);
            }
            if (plan.checkpointSteps.has(step))
                this.checkpoint(job, at, step);
            plan.done = step;
            if (plan.failStep === step) {
                this.fail(job, at);
                return;
            }
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
            message: failure.message ??
                (failure.phase === 'running'
                    ? 'The job failed due to an internal error.'
                    : 'The job failed due to an invalid training file.'),
            param: failure.param ?? (failure.phase === 'running' ? null : 'training_file'),
        };
        job.status = 'failed';
        job.error = error;
        job.finishedAt = at;
        this.event(job, at, error.message, 'message', {}, 'error');
    }
    event(job, at, message, type = 'message', data = {}, level = 'info') {
        job.events.push({
            object: 'fine_tuning.job.event',
            id: this.env.newId('ftevent-'),
            created_at: at,
            level,
            message,
            type,
            data,
        });
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

;// CONCATENATED MODULE: ./testing/openai/jobs.ts





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
        const validationFile = request.validation_file
            ? this.fineTuneFile(request.validation_file, 'validation_file')
            : undefined;
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./testing/openai/uploads.ts



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
            const actual = (0,external_node_crypto_namespaceObject.createHash)('md5').update(content).digest('hex');
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

;// CONCATENATED MODULE: ./testing/openai/state.ts







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
        this.env = {
            clock: options.clock,
            newId: idMaker(random),
            random,
            counters: this.counters,
            limits: options.limits,
            organization: options.organization,
        };
        this.files = new FileStore(this.env, options.fileProcessingSeconds);
        this.uploads = new UploadStore(this.env, this.files);
        this.models = new ModelRegistry(options.models, options.shutdownDates);
        this.jobs = new JobStore(this.env, this.files, this.models, options.schedule, options.measureTrainingFile);
        this.chat = new ChatService(this.env, this.models, options.chat, options.chatLatencyMs, options.rejectsTemperature);
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
            : this.files.create({
                filename: 'train.jsonl',
                purpose: 'fine-tune',
                content: toBytes(input.trainingData ?? sampleExamples(20)),
                origin: 'preload',
                processingSeconds: 0,
            });
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

;// CONCATENATED MODULE: ./testing/openai/training-data.ts

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

;// CONCATENATED MODULE: ./testing/openai/server.ts















const REQUEST_LIMIT_SLACK = 1024 * 1024;
class SimulatorServer {
    options;
    state;
    clock;
    faults = new Faults('/v1');
    requests = new RequestLog('/v1');
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
            rejectsTemperature: options.rejectsTemperature,
            schedule: options.schedule,
            fileProcessingSeconds: options.fileProcessingSeconds ?? 1,
            measureTrainingFile: options.measureTrainingFile ?? measureJsonl,
        });
        this.server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
            this.handle(req, res).catch((error) => {
                this.internalError(error, res);
            });
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
            this.server.close(() => {
                resolve();
            });
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
            const raw = await readBody(req, Math.max(this.state.limits.maxFileBytes, this.state.limits.maxPartBytes) + REQUEST_LIMIT_SLACK).catch((error) => {
                throw error instanceof BodyTooLarge ? new ApiError(413, error.message) : error;
            });
            const parsed = await parseBody(raw, req.headers['content-type']);
            record.body = parsed.recorded;
            this.auth.check(req.headers);
            const matched = url.pathname.startsWith('/v1/') ? this.contract.match(method, url.pathname.slice(3)) : undefined;
            if (!matched)
                throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
            const { operation, params } = matched;
            record.operationId = operation.id;
            const fault = this.faults.take(record);
            if (fault) {
                record.fault = fault.kind;
                this.state.counters.faults++;
                if (!(await this.applyFault(fault, record, req, res, headers)))
                    return;
                dropResponse = fault.kind === 'drop_response';
            }
            const query = this.contract.query(operation, url.searchParams);
            if (this.options.ignoreAfter)
                delete query.after;
            const body = await this.checkBody(operation, raw, req.headers['content-type'], parsed);
            const handler = HANDLERS[operation.id];
            if (!handler)
                throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`);
            const reply = await handler({
                state: this.state,
                params,
                query,
                body: body.value,
                files: body.files,
                signal: this.stopping.signal,
            });
            this.checkReply(operation, record, reply);
            if (dropResponse || this.stopping.signal.aborted) {
                this.reset(record, req);
                return;
            }
            this.send(res, record, reply, headers);
        }
        catch (error) {
            if (error instanceof ClientGone) {
                record.outcome = 'reset';
                return;
            }
            if (!(error instanceof ApiError)) {
                this.internalError(error, res, record);
                return;
            }
            if (dropResponse) {
                this.reset(record, req);
                return;
            }
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
            this.contractViolations.push({
                operationId: operation.id,
                method: record.method,
                path: record.path,
                problems,
                body: 'json' in reply ? reply.json : reply,
            });
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


;// CONCATENATED MODULE: ./testing/http-kit/index.ts






;// CONCATENATED MODULE: ./testing/openai/index.ts













;// CONCATENATED MODULE: ./testing/azure/index.ts


const ARM_PATH = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.CognitiveServices\/accounts\/([^/]+)\/deployments\/([^/]+)$/i;
const INNER_KEY = 'sk-inner-simulator';
class AzureSimulator {
    openai;
    options;
    requests = [];
    deployments = new Map();
    server;
    failure;
    timers = new Set();
    constructor(openai, options) {
        this.openai = openai;
        this.options = options;
        this.server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
            this.handle(req, res).catch((error) => {
                send(res, 500, { error: { code: 'InternalServerError', message: String(error) } });
            });
        });
    }
    static async start(options = {}) {
        const openai = await startSimulator({ ...options, port: 0, apiKey: INNER_KEY });
        const sim = new AzureSimulator(openai, options);
        await new Promise(resolve => sim.server.listen(options.port ?? 0, '127.0.0.1', resolve));
        return sim;
    }
    get apiKey() {
        return this.options.apiKey ?? 'azure-simulator-key';
    }
    get armToken() {
        return this.options.armToken ?? 'arm-simulator-token';
    }
    get managementUrl() {
        return `http://127.0.0.1:${this.server.address().port}`;
    }
    get url() {
        return `${this.managementUrl}/openai/v1`;
    }
    failNextProvisioning(message) {
        this.failure = message;
    }
    async stop() {
        for (const t of this.timers)
            clearTimeout(t);
        await new Promise(resolve => {
            this.server.close(() => {
                resolve();
            });
            this.server.closeAllConnections();
        });
        await this.openai.stop();
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://azure.local');
        const chunks = [];
        for await (const chunk of req)
            chunks.push(chunk);
        const raw = Buffer.concat(chunks);
        const record = {
            method: req.method ?? 'GET',
            path: url.pathname,
            headers: { 'api-key': header(req, 'api-key'), authorization: header(req, 'authorization') },
        };
        this.requests.push(record);
        const arm = ARM_PATH.exec(url.pathname);
        if (arm) {
            if (raw.length)
                record.body = JSON.parse(raw.toString());
            this.deploymentRoute(req.method ?? 'GET', decodeURIComponent(arm[4]), url, req, res, record.body);
            return;
        }
        if (!url.pathname.startsWith('/openai/v1/')) {
            send(res, 404, { error: { code: '404', message: 'Resource not found' } });
            return;
        }
        const auth = header(req, 'authorization');
        const key = header(req, 'api-key');
        const entra = this.options.entraToken;
        const bearerOk = entra !== undefined && auth === `Bearer ${entra}`;
        if (auth !== undefined && !bearerOk) {
            send(res, 401, {
                error: {
                    code: 'PermissionDenied',
                    message: 'The bearer token is not a valid Microsoft Entra ID token for this resource.',
                },
            });
            return;
        }
        if (!bearerOk && key !== this.apiKey) {
            send(res, 401, {
                error: {
                    code: '401',
                    message: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
                },
            });
            return;
        }
        let body = raw;
        if (url.pathname === '/openai/v1/fine_tuning/jobs' && req.method === 'POST') {
            const json = JSON.parse(raw.toString());
            record.body = { ...json };
            if (json.trainingType !== undefined &&
                !['Standard', 'GlobalStandard', 'developerTier'].includes(typeof json.trainingType === 'string' ? json.trainingType : '')) {
                send(res, 400, {
                    error: {
                        code: 'invalidPayload',
                        message: `trainingType ${JSON.stringify(json.trainingType)} is not one of Standard, GlobalStandard, developerTier.`,
                    },
                });
                return;
            }
            delete json.trainingType;
            body = Buffer.from(JSON.stringify(json));
        }
        if (url.pathname === '/openai/v1/chat/completions' && raw.length) {
            const json = JSON.parse(raw.toString());
            const model = json.model ?? '';
            const deployment = this.deployments.get(model);
            if (deployment?.state === 'Succeeded')
                json.model = deployment.model;
            else if (/\.ft-|^ft:/.test(model) || deployment) {
                send(res, 404, {
                    error: {
                        code: 'DeploymentNotFound',
                        message: `The API deployment for this resource does not exist (${model}).`,
                    },
                });
                return;
            }
            body = Buffer.from(JSON.stringify(json));
        }
        const forwarded = await fetch(`${this.openai.url}${url.pathname.slice('/openai/v1'.length)}${url.search}`, {
            method: req.method,
            headers: {
                ...(req.headers['content-type'] && { 'content-type': req.headers['content-type'] }),
                authorization: `Bearer ${INNER_KEY}`,
            },
            body: req.method === 'GET' || req.method === 'DELETE' ? undefined : body,
        });
        const headers = {};
        for (const name of ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'])
            if (forwarded.headers.has(name))
                headers[name] = forwarded.headers.get(name);
        res.writeHead(forwarded.status, headers);
        res.end(Buffer.from(await forwarded.arrayBuffer()));
    }
    deploymentRoute(method, name, url, req, res, body) {
        if (header(req, 'authorization') !== `Bearer ${this.armToken}`) {
            send(res, 401, {
                error: {
                    code: 'AuthenticationFailed',
                    message: 'Authentication failed. The Authorization header is missing or its token is invalid.',
                },
            });
            return;
        }
        if (!url.searchParams.get('api-version')) {
            send(res, 400, {
                error: {
                    code: 'MissingApiVersionParameter',
                    message: 'The api-version query parameter (?api-version=) is required for all requests.',
                },
            });
            return;
        }
        const existing = this.deployments.get(name);
        if (method === 'GET') {
            if (!existing)
                send(res, 404, { error: { code: 'DeploymentNotFound', message: `Deployment ${name} not found.` } });
            else
                send(res, 200, view(existing));
            return;
        }
        if (method === 'DELETE') {
            this.deployments.delete(name);
            res.writeHead(existing ? 200 : 204).end();
            return;
        }
        if (method !== 'PUT') {
            send(res, 405, { error: { code: 'MethodNotAllowed', message: method } });
            return;
        }
        const b = body;
        const model = b?.properties?.model?.name;
        if (!model || !b?.sku?.name) {
            send(res, 400, {
                error: { code: 'InvalidResourceProperties', message: 'sku.name and properties.model.name are required.' },
            });
            return;
        }
        const deployment = { name, model, sku: b.sku.name, state: 'Creating' };
        const failure = this.failure;
        this.failure = undefined;
        this.deployments.set(name, deployment);
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            deployment.state = failure ? 'Failed' : 'Succeeded';
            deployment.error = failure;
        }, this.options.provisioningMs ?? 200);
        this.timers.add(timer);
        send(res, existing ? 200 : 201, view(deployment));
    }
}
function view(d) {
    return {
        id: `/deployments/${d.name}`,
        name: d.name,
        type: 'Microsoft.CognitiveServices/accounts/deployments',
        sku: { name: d.sku, capacity: 50 },
        properties: {
            model: { format: 'OpenAI', name: d.model, version: '1' },
            provisioningState: d.state,
            ...(d.error && { error: { code: 'DeploymentFailed', message: d.error } }),
        },
    };
}
function header(req, name) {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
const startAzureSimulator = (options) => AzureSimulator.start(options);

;// CONCATENATED MODULE: ./testing/github/replies.ts
const DOCS_ROOT = 'https://docs.github.com/rest';
function errorReply(status, message, docs, errors, headers) {
    return {
        status,
        json: { message, ...(errors ? { errors } : {}), documentation_url: docs, status: String(status) },
        headers: headers ?? {},
    };
}
const replies_notFound = (docs) => errorReply(404, 'Not Found', docs);
function page(ctx, items, linkPath, render) {
    const perPageParam = Number.parseInt(ctx.url.searchParams.get('per_page') ?? '', 10);
    const perPage = Number.isNaN(perPageParam) || perPageParam < 1 ? 30 : Math.min(perPageParam, 100);
    const pageParam = Number.parseInt(ctx.url.searchParams.get('page') ?? '', 10);
    const current = Number.isNaN(pageParam) || pageParam < 1 ? 1 : pageParam;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (target, rel) => {
        const query = new URLSearchParams(ctx.url.searchParams);
        query.set('page', String(target));
        return `<${ctx.site.apiUrl}${linkPath}?${query.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (current > 1)
        links.push(link(Math.min(current - 1, last), 'prev'));
    if (current < last)
        links.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1)
        links.push(link(1, 'first'));
    const json = items.slice((current - 1) * perPage, current * perPage).map(render);
    return { status: 200, json, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./testing/github/rate-limit.ts

const DOCS = {
    primary: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    secondary: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};
class RateLimit {
    epoch;
    state;
    constructor(epoch, options = {}) {
        this.epoch = epoch;
        const limit = options.limit ?? 5000;
        const remaining = options.remaining ?? limit;
        this.state = { limit, remaining, used: limit - remaining, reset: epoch() + 3600 };
    }
    set(state) {
        this.state.limit = state.limit ?? this.state.limit;
        this.state.remaining = state.remaining;
        this.state.used = this.state.limit - state.remaining;
        if (state.resetIn !== undefined)
            this.state.reset = this.epoch() + state.resetIn;
    }
    spend(user) {
        if (this.epoch() >= this.state.reset) {
            this.state.remaining = this.state.limit;
            this.state.used = 0;
            this.state.reset = this.epoch() + 3600;
        }
        if (this.state.remaining <= 0)
            return this.exceeded(user, 403, this.state.reset);
        this.state.remaining--;
        this.state.used++;
        return undefined;
    }
    headers() {
        return {
            'x-ratelimit-limit': String(this.state.limit),
            'x-ratelimit-remaining': String(Math.max(0, this.state.remaining)),
            'x-ratelimit-reset': String(this.state.reset),
            'x-ratelimit-used': String(this.state.used),
            'x-ratelimit-resource': 'core',
        };
    }
    exceeded(user, status, reset) {
        const who = user?.type === 'User' ? `user ID ${user.id}` : 'installation ID 4242';
        return errorReply(status, `API rate limit exceeded for ${who}.`, DOCS.primary, undefined, {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-used': String(this.state.limit),
        });
    }
    secondary(status, retryAfterSeconds, requestId) {
        const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`;
        return errorReply(status, message, DOCS.secondary, undefined, retryAfterSeconds > 0 ? { 'retry-after': String(retryAfterSeconds) } : {});
    }
}

;// CONCATENATED MODULE: ./testing/github/store.ts

const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
class GitHubStore {
    nextCommentId;
    repos = new Map();
    reposById = new Map();
    comments = new Map();
    files = new Map();
    pulls = new Map();
    commitPulls = new Map();
    writes = { created: 0, updated: 0, deleted: 0 };
    nextRepoId = 812_000_001;
    constructor(nextCommentId) {
        this.nextCommentId = nextCommentId;
    }
    repo(owner, name) {
        const key = repoKey(owner, name);
        let info = this.repos.get(key);
        if (!info) {
            info = { id: this.nextRepoId++, owner, name, fullName: `${owner}/${name}` };
            this.repos.set(key, info);
            this.reposById.set(info.id, info);
        }
        return info;
    }
    repoById(id) {
        return this.reposById.get(id);
    }
    repoOf(comment) {
        return this.repos.get(comment.repoKey);
    }
    setFile(ref, filePath, contents) {
        let tree = this.files.get(ref);
        if (!tree)
            this.files.set(ref, (tree = new Map()));
        tree.set(trimSlashes(filePath), { data: typeof contents === 'string' ? Buffer.from(contents) : contents });
    }
    addComment(repo, issue, body, user, now) {
        const stored = {
            id: this.nextCommentId++,
            repoKey: repoKey(repo.owner, repo.name),
            issue,
            body,
            user,
            createdAt: now,
            updatedAt: now,
        };
        this.comments.set(stored.id, stored);
        return stored;
    }
    commentsOn(repo, issue) {
        const key = repoKey(repo.owner, repo.name);
        return [...this.comments.values()].filter(c => c.repoKey === key && c.issue === issue);
    }
    findComment(repo, id) {
        if (!isId(id))
            return undefined;
        const stored = this.comments.get(Number(id));
        return stored && stored.repoKey === repoKey(repo.owner, repo.name) ? stored : undefined;
    }
}
function repoKey(owner, repo) {
    return `${owner}/${repo}`.toLowerCase();
}
function isId(text) {
    return /^\d+$/.test(text);
}
function trimSlashes(p) {
    return p.replace(/^\/+|\/+$/g, '');
}
function blobSha(file) {
    file.blobSha ??= (0,external_node_crypto_namespaceObject.createHash)('sha1').update(`blob ${file.data.length}\0`).update(file.data).digest('hex');
    return file.blobSha;
}

;// CONCATENATED MODULE: ./testing/github/routes/users.ts

const users_DOCS = 'https://docs.github.com/rest/users/users#get-the-authenticated-user';
const userRoutes = [
    {
        method: 'GET',
        template: '/user',
        docs: users_DOCS,
        handle(ctx) {
            if (ctx.user.type === 'Bot')
                return errorReply(403, 'Resource not accessible by integration', users_DOCS);
            return { status: 200, json: userJson(ctx.user, ctx.site) };
        },
    },
];
function userJson(user, site) {
    const bot = user.type === 'Bot';
    return {
        login: user.login,
        id: user.id,
        node_id: Buffer.from(bot ? `03:Bot${user.id}` : `04:User${user.id}`).toString('base64'),
        avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in' : 'u'}/${user.id}?v=4`,
        url: `${site.apiUrl}/users/${encodeURIComponent(user.login)}`,
        html_url: bot ? `${site.serverUrl}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${site.serverUrl}/${user.login}`,
        type: user.type,
        site_admin: false,
    };
}

;// CONCATENATED MODULE: ./testing/github/routes/comments.ts



const MAX_COMMENT_LENGTH = 65_536;
const comments_DOCS = {
    list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
    create: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    get: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
    update: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
    delete: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
};
const ONE = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
const OF_ISSUE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const commentRoutes = [
    { method: 'GET', template: ONE, docs: comments_DOCS.get, handle: getComment },
    { method: 'PATCH', template: ONE, docs: comments_DOCS.update, handle: updateComment },
    { method: 'DELETE', template: ONE, docs: comments_DOCS.delete, handle: deleteComment },
    { method: 'GET', template: OF_ISSUE, docs: comments_DOCS.list, handle: listComments },
    { method: 'POST', template: OF_ISSUE, docs: comments_DOCS.create, handle: createComment },
];
function listComments(ctx) {
    if (!isId(ctx.params.issue_number))
        return replies_notFound(comments_DOCS.list);
    const issue = Number(ctx.params.issue_number);
    const since = ctx.url.searchParams.get('since');
    const sinceTime = since ? Date.parse(since) : NaN;
    const all = ctx.store
        .commentsOn(ctx.repo, issue)
        .filter(c => Number.isNaN(sinceTime) || c.updatedAt.getTime() >= sinceTime);
    return page(ctx, all, `/repositories/${ctx.repo.id}/issues/${issue}/comments`, c => commentJson(c, ctx.store, ctx.site));
}
function createComment(ctx) {
    if (!isId(ctx.params.issue_number))
        return replies_notFound(comments_DOCS.create);
    const invalid = validateBody(ctx.body, comments_DOCS.create);
    if (invalid)
        return invalid;
    const stored = ctx.store.addComment(ctx.repo, Number(ctx.params.issue_number), ctx.body.body, ctx.user, ctx.now);
    ctx.store.writes.created++;
    const json = commentJson(stored, ctx.store, ctx.site);
    return { status: 201, json, headers: { location: json.url } };
}
function getComment(ctx) {
    const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id);
    if (!stored)
        return replies_notFound(comments_DOCS.get);
    return { status: 200, json: commentJson(stored, ctx.store, ctx.site) };
}
function updateComment(ctx) {
    const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id);
    if (!stored)
        return replies_notFound(comments_DOCS.update);
    const invalid = validateBody(ctx.body, comments_DOCS.update);
    if (invalid)
        return invalid;
    stored.body = ctx.body.body;
    stored.updatedAt = ctx.now;
    ctx.store.writes.updated++;
    return { status: 200, json: commentJson(stored, ctx.store, ctx.site) };
}
function deleteComment(ctx) {
    const stored = ctx.store.findComment(ctx.repo, ctx.params.comment_id);
    if (!stored)
        return replies_notFound(comments_DOCS.delete);
    ctx.store.comments.delete(stored.id);
    ctx.store.writes.deleted++;
    return { status: 204 };
}
function commentJson(c, store, site) {
    const repo = store.repoOf(c);
    const api = `${site.apiUrl}/repos/${repo.fullName}`;
    return {
        url: `${api}/issues/comments/${c.id}`,
        html_url: `${site.serverUrl}/${repo.fullName}/pull/${c.issue}#issuecomment-${c.id}`,
        issue_url: `${api}/issues/${c.issue}`,
        id: c.id,
        node_id: `IC_kwDO${Buffer.from(`${repo.id}:${c.id}`).toString('base64url')}`,
        user: userJson(c.user, site),
        created_at: isoSeconds(c.createdAt),
        updated_at: isoSeconds(c.updatedAt),
        author_association: 'NONE',
        body: c.body,
        reactions: {
            url: `${api}/issues/comments/${c.id}/reactions`,
            total_count: 0,
            '+1': 0,
            '-1': 0,
            laugh: 0,
            hooray: 0,
            confused: 0,
            heart: 0,
            rocket: 0,
            eyes: 0,
        },
        performed_via_github_app: null,
    };
}
function validateBody(payload, docs) {
    if (typeof payload !== 'object' || payload === null || !('body' in payload)) {
        return errorReply(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs);
    }
    const body = payload.body;
    if (typeof body !== 'string') {
        return errorReply(422, `Invalid request.\n\nFor 'properties/body', ${body === null ? 'nil' : JSON.stringify(body)} is not a string.`, docs);
    }
    if (body.trim() === '')
        return errorReply(422, 'Validation Failed', docs, [
            { resource: 'IssueComment', code: 'missing_field', field: 'body' },
        ]);
    if (codePoints(body) > MAX_COMMENT_LENGTH) {
        return errorReply(422, 'Validation Failed', docs, [
            {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
            },
        ]);
    }
    return undefined;
}
function codePoints(text) {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0xdc00 || unit > 0xdfff)
            count++;
    }
    return count;
}

;// CONCATENATED MODULE: ./testing/github/routes/contents.ts




const contents_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content';
const ONE_MB = 1024 * 1024;
const HUNDRED_MB = 100 * ONE_MB;
const contentRoutes = [
    { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', docs: contents_DOCS, handle: getContents },
];
function getContents(ctx) {
    const ref = ctx.url.searchParams.get('ref') || ctx.site.defaultBranch;
    const tree = ctx.store.files.get(ref);
    if (!tree)
        return errorReply(404, `No commit found for the ref ${ref}`, contents_DOCS);
    const filePath = trimSlashes(ctx.params.path ?? '');
    const file = tree.get(filePath);
    if (file) {
        if (file.data.length > HUNDRED_MB) {
            return errorReply(403, 'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', contents_DOCS, [{ resource: 'Blob', field: 'data', code: 'too_large' }]);
        }
        const raw = /vnd\.github(\.v3)?\.raw\b/i.exec(ctx.accept);
        if (raw) {
            return {
                status: 200,
                raw: file.data,
                headers: {
                    'content-type': `application/vnd.github${raw[1] ?? ''}.raw; charset=utf-8`,
                    'x-github-media-type': 'github.v3; param=raw',
                },
            };
        }
        const entry = contentEntry(ctx, ctx.repo, ref, filePath, 'file', file);
        const small = file.data.length <= ONE_MB;
        return {
            status: 200,
            json: { ...entry, content: small ? base64Lines(file.data) : '', encoding: small ? 'base64' : 'none' },
        };
    }
    const prefix = filePath === '' ? '' : `${filePath}/`;
    const children = new Map();
    for (const p of tree.keys()) {
        if (!p.startsWith(prefix))
            continue;
        const rest = p.slice(prefix.length);
        const slash = rest.indexOf('/');
        children.set(prefix + (slash < 0 ? rest : rest.slice(0, slash)), slash < 0 ? 'file' : 'dir');
    }
    if (children.size === 0)
        return replies_notFound(contents_DOCS);
    const listing = [...children.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([p, type]) => contentEntry(ctx, ctx.repo, ref, p, type, type === 'file' ? tree.get(p) : undefined));
    return { status: 200, json: listing };
}
function contentEntry(ctx, repo, ref, filePath, type, file) {
    const { apiUrl, serverUrl } = ctx.site;
    const sha = file ? blobSha(file) : (0,external_node_crypto_namespaceObject.createHash)('sha1').update(`tree ${ref}:${filePath}`).digest('hex');
    const self = `${apiUrl}/repos/${repo.fullName}/contents/${filePath}?ref=${encodeURIComponent(ref)}`;
    const git = `${apiUrl}/repos/${repo.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
    const html = `${serverUrl}/${repo.fullName}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${filePath}`;
    return {
        name: external_node_path_default().posix.basename(filePath),
        path: filePath,
        sha,
        size: file ? file.data.length : 0,
        url: self,
        html_url: html,
        git_url: git,
        download_url: file ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${filePath}` : null,
        type,
        _links: { self, git, html },
    };
}
function base64Lines(data) {
    const text = data.toString('base64');
    let out = '';
    for (let i = 0; i < text.length; i += 60)
        out += `${text.slice(i, i + 60)}\n`;
    return out;
}

;// CONCATENATED MODULE: ./testing/github/routes/pulls.ts



const pulls_DOCS = {
    commitPulls: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
    pull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
};
const pullRoutes = [
    {
        method: 'GET',
        template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        docs: pulls_DOCS.commitPulls,
        handle: listCommitPulls,
    },
    { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', docs: pulls_DOCS.pull, handle: getPull },
];
function listCommitPulls(ctx) {
    const sha = ctx.params.commit_sha;
    const pulls = (ctx.store.commitPulls.get(sha) ?? []).map(n => ctx.store.pulls.get(n)).filter(Boolean);
    return page(ctx, pulls, `/repositories/${ctx.repo.id}/commits/${sha}/pulls`, p => pullJson(ctx, p, ctx.repo, false));
}
function getPull(ctx) {
    const pull = isId(ctx.params.pull_number) ? ctx.store.pulls.get(Number(ctx.params.pull_number)) : undefined;
    if (!pull)
        return replies_notFound(pulls_DOCS.pull);
    return { status: 200, json: pullJson(ctx, pull, ctx.repo, true) };
}
function pullJson(ctx, pull, requested, single) {
    const { apiUrl, serverUrl } = ctx.site;
    const baseRepo = pull.base.repo?.full_name ?? requested.fullName;
    const headRepo = pull.head.repo?.full_name ?? baseRepo;
    const side = (s, fullName, fork) => {
        const [owner = '', name = ''] = fullName.split('/');
        const info = ctx.store.repo(owner, name);
        return {
            label: `${owner}:${s.ref}`,
            ref: s.ref,
            sha: s.sha,
            user: { login: owner },
            repo: {
                id: info.id,
                name: info.name,
                full_name: info.fullName,
                private: false,
                owner: { login: info.owner },
                html_url: `${serverUrl}/${info.fullName}`,
                url: `${apiUrl}/repos/${info.fullName}`,
                fork,
                default_branch: ctx.site.defaultBranch,
            },
        };
    };
    const author = pull.user ?? { login: 'octocat', id: 583231, type: 'User' };
    return {
        url: `${apiUrl}/repos/${baseRepo}/pulls/${pull.number}`,
        id: 2_400_000_000 + pull.number,
        node_id: `PR_kwDO${Buffer.from(`${baseRepo}#${pull.number}`).toString('base64url')}`,
        html_url: pull.html_url ?? `${serverUrl}/${baseRepo}/pull/${pull.number}`,
        number: pull.number,
        state: pull.state ?? 'open',
        locked: false,
        title: pull.title ?? `Pull request #${pull.number}`,
        user: userJson(author, ctx.site),
        draft: pull.draft ?? false,
        merged_at: pull.merged_at ?? null,
        ...(single ? { merged: pull.merged_at != null } : {}),
        head: side(pull.head, headRepo, pull.head.repo?.fork ?? headRepo.toLowerCase() !== baseRepo.toLowerCase()),
        base: side(pull.base, baseRepo, false),
    };
}

;// CONCATENATED MODULE: ./testing/github/server.ts












const DEFAULT_TOKEN = 'ghs_fakeGitHubServerToken0000000000000';
const API_VERSION = '2022-11-28';
const RECORDED_HEADERS = ['accept', 'content-type', 'user-agent', 'x-github-api-version', 'if-none-match'];
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const ROUTES = [...userRoutes, ...commentRoutes, ...contentRoutes, ...pullRoutes];
class GitHubServer {
    requests = new RequestLog();
    faults = new Faults();
    token;
    http;
    site;
    store;
    router = new Router();
    tokens = new Map();
    rateLimit;
    now;
    readOnlyMode;
    requestSeq = 0;
    constructor(options = {}) {
        this.token = options.token ?? DEFAULT_TOKEN;
        this.tokens.set(this.token, ACTIONS_BOT);
        for (const [token, user] of Object.entries(options.tokens ?? {}))
            this.tokens.set(token, user);
        this.readOnlyMode = options.readOnly ?? false;
        this.site = {
            apiUrl: '',
            serverUrl: options.serverUrl ?? 'https://github.com',
            defaultBranch: options.defaultBranch ?? 'main',
        };
        this.now = options.now ?? (() => new Date());
        this.store = new GitHubStore(options.firstCommentId ?? 3_100_000_001);
        this.rateLimit = new RateLimit(() => this.epoch(), options.rateLimit);
        for (const route of ROUTES)
            this.router.add(route.method, route.template, route);
        this.http = external_node_http_default().createServer((req, res) => {
            this.serve(req, res).catch((error) => {
                if (!res.headersSent)
                    this.send(res, { status: 500, json: { message: `fake GitHub server bug: ${String(error)}` } });
            });
        });
    }
    get url() {
        return this.site.apiUrl;
    }
    async listen(port = 0) {
        await new Promise((resolve, reject) => {
            this.http.once('error', reject);
            this.http.listen(port, '127.0.0.1', () => {
                resolve();
            });
        });
        this.site.apiUrl = `http://127.0.0.1:${this.http.address().port}`;
        return this;
    }
    async stop() {
        if (!this.http.listening)
            return;
        const closed = new Promise(resolve => this.http.close(() => {
            resolve();
        }));
        this.http.closeAllConnections();
        await closed;
    }
    addToken(token, user) {
        this.tokens.set(token, user);
    }
    setReadOnly(readOnly = true) {
        this.readOnlyMode = readOnly;
    }
    get readOnly() {
        return this.readOnlyMode;
    }
    setRateLimit(state) {
        this.rateLimit.set(state);
    }
    setFile(ref, filePath, contents) {
        this.store.setFile(ref, filePath, contents);
    }
    setPull(pull) {
        this.store.pulls.set(pull.number, pull);
    }
    setCommitPulls(sha, pulls) {
        for (const pull of pulls)
            this.setPull(pull);
        this.store.commitPulls.set(sha, pulls.map(p => p.number));
    }
    addComment(owner, repo, issue, body, user = ACTIONS_BOT) {
        return commentJson(this.store.addComment(this.store.repo(owner, repo), issue, body, user, this.now()), this.store, this.site);
    }
    comments(owner, repo, issue) {
        const key = repoKey(owner, repo);
        return [...this.store.comments.values()]
            .filter(c => c.repoKey === key && c.issue === issue)
            .map(c => commentJson(c, this.store, this.site));
    }
    comment(id) {
        const stored = this.store.comments.get(id);
        return stored && commentJson(stored, this.store, this.site);
    }
    deleteComment(id) {
        return this.store.comments.delete(id);
    }
    get counts() {
        return { requests: this.requests.all.length, writes: this.writeRequests().length, ...this.store.writes };
    }
    writeRequests() {
        return this.requests.all.filter(r => WRITE_METHODS.has(r.method));
    }
    repoId(owner, repo) {
        return this.store.repo(owner, repo).id;
    }
    async serve(req, res) {
        const rawBody = await readBody(req);
        const url = new URL(req.url ?? '/', this.site.apiUrl);
        const method = (req.method ?? 'GET').toUpperCase();
        const auth = parseAuthorization(req.headers.authorization);
        const user = auth ? this.tokens.get(auth) : undefined;
        const headers = recordedHeaders(req.headers, RECORDED_HEADERS);
        let body;
        let bodyIsJson = true;
        if (rawBody.length > 0) {
            const text = rawBody.toString('utf8');
            try {
                body = JSON.parse(text);
            }
            catch {
                body = text;
                bodyIsJson = false;
            }
        }
        const match = this.match(method, url.pathname);
        const record = {
            seq: this.requests.all.length + 1,
            method,
            path: url.pathname,
            query: rawQuery(url.searchParams),
            body,
            headers,
            route: match?.template ?? null,
            repo: match?.repo?.fullName ?? null,
            user: user?.login ?? null,
        };
        this.requests.all.push(record);
        const reply = this.answer(record, match, {
            url,
            user,
            token: auth ?? '',
            accept: headers.accept ?? '',
            body,
            bodyIsJson,
        });
        record.status = reply.status;
        this.send(res, reply);
    }
    answer(record, match, request) {
        const fault = this.faults.take(record);
        if (fault) {
            record.fault = fault.kind;
            return this.faultReply(fault, request.user);
        }
        if (!request.token)
            return errorReply(401, 'Requires authentication', DOCS_ROOT);
        if (!request.user)
            return errorReply(401, 'Bad credentials', DOCS_ROOT);
        const spent = this.rateLimit.spend(request.user);
        if (spent)
            return spent;
        if (!match)
            return errorReply(404, 'Not Found', DOCS_ROOT);
        const route = match.value;
        if (WRITE_METHODS.has(route.method)) {
            if (this.readOnlyMode) {
                return errorReply(403, 'Resource not accessible by integration', route.docs, undefined, {
                    'x-accepted-github-permissions': 'issues=write; pull_requests=write',
                });
            }
            if (!request.bodyIsJson)
                return errorReply(400, 'Problems parsing JSON', route.docs);
        }
        return route.handle({
            store: this.store,
            site: this.site,
            url: request.url,
            params: match.params,
            repo: match.repo,
            user: request.user,
            accept: request.accept,
            body: request.body,
            now: this.now(),
        });
    }
    send(res, reply) {
        const headers = {
            'x-github-api-version-selected': API_VERSION,
            'x-github-request-id': `FA4E:${(++this.requestSeq).toString(16).toUpperCase().padStart(6, '0')}`,
            ...this.rateLimit.headers(),
            ...reply.headers,
        };
        if (reply.raw) {
            sendBytes(res, reply.status, reply.raw, undefined, headers);
            return;
        }
        if (reply.json === undefined) {
            sendBytes(res, reply.status, undefined, undefined, headers);
            return;
        }
        sendBytes(res, reply.status, Buffer.from(JSON.stringify(reply.json)), 'application/json; charset=utf-8', {
            'x-github-media-type': 'github.v3; format=json',
            ...headers,
        });
    }
    match(method, pathname) {
        let segments = pathname.split('/').slice(1);
        if (segments.at(-1) === '' && segments.length > 1)
            segments = segments.slice(0, -1);
        if (segments[0] === 'repositories' && segments.length > 1) {
            const repo = this.store.repoById(Number(segments[1]));
            if (!repo)
                return undefined;
            segments = ['repos', repo.owner, repo.name, ...segments.slice(2)];
        }
        const matched = this.router.match(method, `/${segments.join('/')}`);
        if (!matched)
            return undefined;
        const { owner, repo } = matched.params;
        return { ...matched, repo: owner !== undefined && repo !== undefined ? this.store.repo(owner, repo) : null };
    }
    faultReply(fault, user) {
        switch (fault.kind) {
            case 'server_error':
                return { status: fault.status ?? 500, json: { message: fault.message ?? 'Server Error' } };
            case 'bad_gateway':
                return {
                    status: 502,
                    raw: Buffer.from('<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>No server is currently available to service your request.</p></body></html>\n'),
                    headers: { 'content-type': 'text/html; charset=utf-8' },
                };
            case 'secondary_rate_limit':
                return this.rateLimit.secondary(fault.status ?? 403, fault.retryAfterSeconds ?? 60, `FA4E:${this.requestSeq + 1}`);
            case 'rate_limit':
                return this.rateLimit.exceeded(user, fault.status ?? 403, this.epoch() + (fault.retryAfterSeconds ?? 60));
        }
    }
    epoch() {
        return Math.floor(this.now().getTime() / 1000);
    }
}
async function startGitHubServer(options = {}) {
    return new GitHubServer(options).listen(options.port ?? 0);
}
function parseAuthorization(header) {
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
    return m?.[1];
}

;// CONCATENATED MODULE: ./testing/github/event.ts



function pullRequestEvent(input) {
    const serverUrl = input.serverUrl ?? 'https://github.com';
    const apiUrl = input.apiUrl ?? 'https://api.github.com';
    const [owner = '', name = ''] = input.repo.split('/');
    const fork = input.fork ?? false;
    const headFullName = input.head.repo ?? (fork ? `contributor/${name}` : input.repo);
    const headOwner = headFullName.split('/')[0];
    const repository = (fullName, isFork, id) => ({
        id,
        name: fullName.split('/')[1],
        full_name: fullName,
        private: false,
        owner: { login: fullName.split('/')[0], type: fullName === input.repo ? 'Organization' : 'User' },
        html_url: `${serverUrl}/${fullName}`,
        url: `${apiUrl}/repos/${fullName}`,
        fork: isFork,
        default_branch: 'main',
    });
    const baseRepository = repository(input.repo, false, 812_000_000);
    const sender = { login: fork ? headOwner : 'octocat', id: fork ? 1_000_001 : 583231, type: 'User' };
    return {
        action: input.action ?? 'synchronize',
        number: input.number,
        pull_request: {
            url: `${apiUrl}/repos/${input.repo}/pulls/${input.number}`,
            html_url: `${serverUrl}/${input.repo}/pull/${input.number}`,
            number: input.number,
            state: 'open',
            title: `Pull request #${input.number}`,
            user: sender,
            draft: false,
            merged: false,
            merged_at: null,
            head: {
                label: `${headOwner}:${input.head.ref ?? 'feature'}`,
                ref: input.head.ref ?? 'feature',
                sha: input.head.sha,
                user: { login: headOwner },
                repo: repository(headFullName, fork, fork ? 812_100_000 : 812_000_000),
            },
            base: {
                label: `${owner}:${input.base.ref ?? 'main'}`,
                ref: input.base.ref ?? 'main',
                sha: input.base.sha,
                user: { login: owner },
                repo: baseRepository,
            },
        },
        repository: { ...baseRepository, name, owner: { login: owner, type: 'Organization' } },
        sender,
    };
}


;// CONCATENATED MODULE: ./testing/github/index.ts






;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./testing/together/jobs.ts
const DEFAULT_TOGETHER_SCHEDULE = {
    pendingSeconds: 5,
    queuedSeconds: 30,
    runningSeconds: 300,
    compressingSeconds: 20,
    uploadingSeconds: 20,
};
function jobAt(job, schedule, now) {
    const s = schedule;
    const t0 = job.createdAt;
    const epochs = job.body.n_epochs ?? 1;
    const start = t0 + s.pendingSeconds + s.queuedSeconds;
    const phases = [
        { status: 'pending', from: t0, events: [['job_pending', 'Fine tune request created']] },
        { status: 'queued', from: t0 + s.pendingSeconds, events: [] },
        {
            status: 'running',
            from: start,
            events: [
                ['job_start', 'Job started at ' + new Date(start * 1000).toISOString()],
                ['model_downloading', `Downloading model data for ${job.body.model}`],
                ['training_data_downloading', 'Downloading training data'],
                ['training_start', 'Training started'],
            ],
        },
    ];
    const epochLength = s.runningSeconds / epochs;
    if (job.failure) {
        phases.push({ status: 'error', from: start + s.runningSeconds / 2, events: [['job_error', job.failure]] });
    }
    else {
        for (let e = 1; e <= epochs; e++)
            phases.push({
                status: 'running',
                from: start + e * epochLength,
                events: [['epoch_complete', `Epoch completed, at step ${e * 10}`]],
            });
        const compress = start + s.runningSeconds;
        phases.push({ status: 'compressing', from: compress, events: [['model_compressing', 'Compressing output model']] }, {
            status: 'uploading',
            from: compress + s.compressingSeconds,
            events: [['model_uploading', 'Uploading output model']],
        }, {
            status: 'completed',
            from: compress + s.compressingSeconds + s.uploadingSeconds,
            events: [
                ['model_upload_complete', `Model upload complete: ${job.modelOutputName}`],
                [
                    'job_complete',
                    `Job finished at ${new Date((compress + s.compressingSeconds + s.uploadingSeconds) * 1000).toISOString()}`,
                ],
            ],
        });
    }
    let reached = phases.filter(p => p.from <= now);
    if (job.cancelledAt !== undefined) {
        reached = reached.filter(p => p.from <= job.cancelledAt);
        reached.push({ status: 'cancelled', from: job.cancelledAt, events: [['cancel_requested', 'Job was cancelled']] });
    }
    const current = reached.at(-1);
    const end = phases.at(-1).from;
    const events = reached.flatMap(p => p.events.map(([type, message]) => ({
        object: 'fine-tune-event',
        created_at: new Date(p.from * 1000).toISOString(),
        type,
        message,
        level: type === 'job_error' ? 'error' : 'info',
    })));
    return {
        status: current.status,
        updatedAt: current.from,
        startedAt: now >= start ? start : undefined,
        secondsRemaining: Math.max(0, Math.round(end - now)),
        events,
    };
}

;// CONCATENATED MODULE: ./testing/together/requests.ts
class TogetherError extends Error {
    status;
    code;
    constructor(status, message, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const CREATE_FIELDS = {
    model: true,
    training_file: true,
    batch_size: true,
    early_stopping_enabled: true,
    early_stopping_min_delta: true,
    early_stopping_patience: true,
    early_stopping_warmup_evals: true,
    from_checkpoint: true,
    from_hf_model: true,
    gradient_accumulation_steps: true,
    hf_api_token: true,
    hf_model_revision: true,
    hf_output_repo_name: true,
    learning_rate: true,
    lr_scheduler: true,
    max_grad_norm: true,
    max_seq_length: true,
    multimodal_params: true,
    n_checkpoints: true,
    n_epochs: true,
    n_evals: true,
    packing: true,
    random_seed: true,
    suffix: true,
    train_on_inputs: true,
    training_method: true,
    training_type: true,
    validation_file: true,
    wandb_api_key: true,
    wandb_base_url: true,
    wandb_entity: true,
    wandb_name: true,
    wandb_project_name: true,
    warmup_ratio: true,
    weight_decay: true,
};
const ESTIMATE_FIELDS = {
    training_file: true,
    from_checkpoint: true,
    model: true,
    n_epochs: true,
    n_evals: true,
    training_method: true,
    training_type: true,
    validation_file: true,
};
function object(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new TogetherError(400, 'The request body must be a JSON object');
    return body;
}
function only(body, fields) {
    for (const key of Object.keys(body))
        if (!(key in fields))
            throw new TogetherError(400, `Unknown field ${key}`, 'invalid_request_error');
}
const isInt = (v, min, max) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
function checkRecipe(b) {
    if (typeof b.training_file !== 'string')
        throw new TogetherError(400, 'training_file is required');
    if (b.n_epochs !== undefined && !isInt(b.n_epochs, 1, 20))
        throw new TogetherError(400, 'n_epochs must be 1 to 20');
    if (b.n_evals !== undefined && !isInt(b.n_evals, 0, 100))
        throw new TogetherError(400, 'n_evals must be 0 to 100');
    if (b.validation_file !== undefined && typeof b.validation_file !== 'string')
        throw new TogetherError(400, 'validation_file must be a file id');
    const m = b.training_method;
    if (m !== undefined) {
        if (m.method === 'sft') {
            if (!(typeof m.train_on_inputs === 'boolean' || m.train_on_inputs === 'auto'))
                throw new TogetherError(400, 'training_method.train_on_inputs must be true, false or "auto"');
        }
        else if (m.method === 'dpo') {
            if (m.dpo_beta !== undefined && !(typeof m.dpo_beta === 'number' && m.dpo_beta > 0))
                throw new TogetherError(400, 'training_method.dpo_beta must be a positive number');
        }
        else
            throw new TogetherError(400, 'training_method.method must be sft or dpo');
    }
    const t = b.training_type;
    if (t !== undefined && t !== null) {
        if (t.type === 'Lora') {
            if (!isInt(t.lora_r, 1, 1024) || typeof t.lora_alpha !== 'number')
                throw new TogetherError(400, 'training_type Lora needs lora_r (a whole number) and lora_alpha');
        }
        else if (t.type !== 'Full')
            throw new TogetherError(400, 'training_type.type must be Lora or Full');
    }
}
function checkCreate(body) {
    const b = object(body);
    only(b, CREATE_FIELDS);
    if (typeof b.model !== 'string')
        throw new TogetherError(400, 'model is required');
    checkRecipe(b);
    if (b.learning_rate !== undefined &&
        !(typeof b.learning_rate === 'number' && b.learning_rate > 0 && b.learning_rate <= 1))
        throw new TogetherError(400, 'learning_rate must be above 0 and at most 1');
    if (b.batch_size !== undefined && b.batch_size !== 'max' && !isInt(b.batch_size, 1, 1024))
        throw new TogetherError(400, 'batch_size must be a whole number or "max"');
    if (b.suffix !== undefined && !(typeof b.suffix === 'string' && /^[\w.-]{1,64}$/.test(b.suffix)))
        throw new TogetherError(400, 'suffix must be at most 64 letters, digits, "-", "_" or "."');
    return b;
}
function checkEstimate(body) {
    const b = object(body);
    only(b, ESTIMATE_FIELDS);
    checkRecipe(b);
    return b;
}

;// CONCATENATED MODULE: ./testing/together/server.ts










const DEFAULT_TOGETHER_MODELS = {
    'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference': { maxRank: 64, serverlessLora: true },
    'Qwen/Qwen3-8B': { maxRank: 64, serverlessLora: true },
    'meta-llama/Llama-3.3-70B-Instruct-Reference': { maxRank: 64, serverlessLora: false },
};
class TogetherSimulator {
    options;
    clock;
    faults = new Faults('/v1');
    stopping = new AbortController();
    requests = new RequestLog('/v1');
    files = new Map();
    jobs = new Map();
    internalErrors = [];
    pendingUploads = new Map();
    schedule;
    models;
    router = new Router();
    server;
    seq = 0;
    ids = 0;
    address;
    constructor(options = {}) {
        this.options = options;
        this.clock = options.clock ?? new ManualClock();
        this.schedule = { ...DEFAULT_TOGETHER_SCHEDULE, ...options.schedule };
        this.models = options.models ?? DEFAULT_TOGETHER_MODELS;
        this.routes();
        this.server = (0,external_node_http_namespaceObject.createServer)((req, res) => {
            this.handle(req, res).catch((error) => {
                this.internalErrors.push(error instanceof Error ? error : new Error(String(error)));
                if (!res.headersSent)
                    sendJson(res, 500, { error: { message: 'simulator error' } });
            });
        });
        this.server.on('clientError', (_e, socket) => socket.destroy());
    }
    get url() {
        return `http://127.0.0.1:${this.port}/v1`;
    }
    get port() {
        if (!this.address)
            throw new Error('The simulator is not listening; call start() first');
        return this.address.port;
    }
    get apiKey() {
        return this.options.apiKey ?? 'together-simulator';
    }
    async start() {
        await new Promise(resolve => this.server.listen(this.options.port ?? 0, '127.0.0.1', resolve));
        this.address = this.server.address();
        return this;
    }
    async stop() {
        this.stopping.abort();
        if (!this.server.listening)
            return;
        await new Promise(resolve => {
            this.server.close(() => {
                resolve();
            });
            this.server.closeAllConnections();
        });
    }
    jobResponse(job) {
        const at = jobAt(job, this.schedule, this.clock.now());
        const b = job.body;
        const type = b.training_type ?? { type: 'Lora', lora_r: this.models[b.model]?.maxRank ?? 8, lora_alpha: 16 };
        const done = at.status === 'completed';
        return {
            id: job.id,
            status: at.status,
            user_id: 'user-simulator',
            created_at: iso(job.createdAt),
            updated_at: iso(at.updatedAt),
            ...(at.startedAt !== undefined && { started_at: iso(at.startedAt) }),
            model: b.model,
            model_output_name: job.modelOutputName,
            suffix: b.suffix,
            training_file: b.training_file,
            ...(b.validation_file && { validation_file: b.validation_file, n_evals: b.n_evals ?? 0 }),
            n_epochs: b.n_epochs ?? 1,
            batch_size: b.batch_size ?? 'max',
            learning_rate: b.learning_rate ?? 0.00001,
            training_method: b.training_method ?? { method: 'sft', train_on_inputs: 'auto' },
            training_type: type,
            events: at.events,
            progress: {
                estimate_available: !['completed', 'error', 'cancelled'].includes(at.status),
                seconds_remaining: at.secondsRemaining,
            },
            ...(done && { token_count: job.tokenCount, total_price: job.totalPrice }),
            ...(at.status === 'error' && { token_count: job.tokenCount, total_price: 0 }),
        };
    }
    routes() {
        const r = this.router;
        r.add('POST', '/v1/files', ({ raw }) => this.nameFile(raw));
        r.add('PUT', '/upload/{id}', ({ params, raw }) => this.putFile(params.id, raw));
        r.add('GET', '/v1/files', () => ({ body: { data: [...this.files.values()].map(f => this.fileNow(f)) } }));
        r.add('GET', '/v1/files/{id}', ({ params }) => ({ body: this.fileNow(this.file(params.id)) }));
        r.add('GET', '/v1/fine-tunes/models/limits', ({ query }) => ({ body: this.limits(query.get('model_name') ?? '') }));
        r.add('POST', '/v1/fine-tunes/estimate-price', ({ body }) => ({ body: this.estimate(checkEstimate(body)) }));
        r.add('POST', '/v1/fine-tunes', ({ body }) => ({ body: this.create(checkCreate(body)) }));
        r.add('GET', '/v1/fine-tunes', () => ({
            body: { data: [...this.jobs.values()].reverse().map(j => ({ ...this.jobResponse(j), events: undefined })) },
        }));
        r.add('GET', '/v1/fine-tunes/{id}', ({ params }) => ({ body: this.jobResponse(this.job(params.id)) }));
        r.add('GET', '/v1/fine-tunes/{id}/events', ({ params }) => ({
            body: { data: this.jobResponse(this.job(params.id)).events ?? [] },
        }));
        r.add('GET', '/v1/fine-tunes/{id}/checkpoints', ({ params }) => ({ body: this.checkpoints(this.job(params.id)) }));
        r.add('POST', '/v1/fine-tunes/{id}/cancel', ({ params }) => {
            const job = this.job(params.id);
            const status = this.jobResponse(job).status;
            if (!['completed', 'error', 'cancelled'].includes(status))
                job.cancelledAt = this.clock.now();
            return { body: { ...this.jobResponse(job), events: undefined } };
        });
        r.add('POST', '/v1/chat/completions', ({ body }) => ({ body: this.chat(body) }));
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://simulator.local');
        const method = (req.method ?? 'GET').toUpperCase();
        const record = {
            seq: ++this.seq,
            method,
            path: url.pathname,
            query: rawQuery(url.searchParams),
            body: undefined,
            headers: recordedHeaders(req.headers),
        };
        this.requests.all.push(record);
        let raw;
        try {
            raw = await readBody(req, 512 * 1024 * 1024);
        }
        catch (error) {
            if (error instanceof ClientGone)
                return;
            throw error;
        }
        const type = req.headers['content-type'] ?? '';
        const body = type.includes('application/json') && raw.length ? JSON.parse(raw.toString()) : undefined;
        record.body = type.includes('octet-stream')
            ? `<${raw.length} bytes>`
            : (body ?? (raw.length ? raw.toString() : undefined));
        const send = (status, payload, headers = {}) => {
            record.status = status;
            sendJson(res, status, payload, headers);
        };
        if (!url.pathname.startsWith('/upload/') && req.headers.authorization !== `Bearer ${this.apiKey}`) {
            send(401, {
                error: { message: 'Invalid API key provided', type: 'invalid_request_error', code: 'invalid_api_key' },
            });
            return;
        }
        const route = this.router.match(method, url.pathname);
        record.route = route?.template ?? null;
        const fault = this.faults.take(record);
        if (fault) {
            record.fault = fault.kind;
            if (fault.kind === 'reset')
                return void req.socket.destroy();
            if (fault.kind === 'timeout') {
                await (0,promises_namespaceObject.setTimeout)(fault.ms ?? 2 ** 31 - 1, undefined, { signal: this.stopping.signal }).catch(() => undefined);
                if (fault.then !== 'process' || this.stopping.signal.aborted)
                    return void req.socket.destroy();
            }
            if (fault.kind === 'rate_limit') {
                const seconds = fault.retryAfterSeconds ?? 1;
                send(429, { error: { message: 'Rate limit exceeded', type: 'rate_limit' } }, { 'retry-after': String(seconds) });
                return;
            }
            if (fault.kind === 'server_error') {
                send(fault.status ?? 500, {
                    error: { message: fault.message ?? 'Internal server error', type: 'server_error' },
                });
                return;
            }
        }
        if (!route) {
            send(404, { error: { message: `Invalid URL (${method} ${url.pathname})`, type: 'invalid_request_error' } });
            return;
        }
        try {
            const reply = route.value({ params: route.params, query: url.searchParams, body, raw });
            if (fault?.kind === 'drop_response')
                return void req.socket.destroy();
            if (reply.status && reply.status >= 300 && reply.status < 400) {
                record.status = reply.status;
                res.writeHead(reply.status, reply.headers);
                res.end();
                return;
            }
            send(reply.status ?? 200, reply.body, reply.headers);
        }
        catch (error) {
            if (!(error instanceof TogetherError))
                throw error;
            if (fault?.kind === 'drop_response')
                return void req.socket.destroy();
            send(error.status, { error: { message: error.message, type: 'invalid_request_error', code: error.code ?? null } });
        }
    }
    nextId(prefix) {
        const n = ++this.ids;
        return `${prefix}-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${prefix}${n}`).digest('hex').slice(0, 8)}-${String(n).padStart(4, '0')}`;
    }
    nameFile(raw) {
        const form = new URLSearchParams(raw.toString());
        const filename = form.get('file_name');
        const purpose = form.get('purpose');
        if (!filename || !purpose || !['fine-tune', 'eval', 'batch-api'].includes(purpose))
            throw new TogetherError(400, 'file_name and purpose (fine-tune, eval or batch-api) are required');
        const id = this.nextId('file');
        this.pendingUploads.set(id, { filename, purpose });
        return {
            status: 302,
            headers: { location: `http://127.0.0.1:${this.port}/upload/${id}`, 'x-together-file-id': id },
        };
    }
    putFile(id, raw) {
        const pending = this.pendingUploads.get(id);
        if (!pending)
            throw new TogetherError(404, 'No upload is waiting under this URL');
        this.pendingUploads.delete(id);
        const now = this.clock.now();
        const lines = raw
            .toString()
            .split('\n')
            .filter(l => l.trim()).length;
        this.files.set(id, {
            content: raw,
            uploadedAt: now,
            refusal: this.options.refuseFiles?.({ filename: pending.filename, content: raw }),
            response: {
                id,
                object: 'file',
                bytes: raw.length,
                created_at: now,
                filename: pending.filename,
                purpose: pending.purpose,
                FileType: 'jsonl',
                Processed: true,
                processing_status: 'PENDING',
                validation_report: { valid: true, nlines: lines, dataset_format: 'CONVERSATION', file_id: id },
            },
        });
        return { body: {} };
    }
    fileNow(f) {
        const ready = this.clock.now() - f.uploadedAt >= (this.options.fileProcessingSeconds ?? 1);
        if (!ready)
            return { ...f.response, processing_status: 'PENDING' };
        if (f.refusal === undefined)
            return { ...f.response, processing_status: 'COMPLETED' };
        return {
            ...f.response,
            processing_status: 'INVALID_FORMAT',
            validation_report: { valid: false, error: f.refusal, error_type: 'INVALID_FORMAT', file_id: f.response.id },
        };
    }
    file(id) {
        const f = this.files.get(id);
        if (!f)
            throw new TogetherError(404, `File ${id} not found`);
        return f;
    }
    job(id) {
        const j = this.jobs.get(id);
        if (!j)
            throw new TogetherError(404, `Fine-tune job ${id} not found`);
        return j;
    }
    model(name) {
        const m = name === undefined ? undefined : this.models[name];
        if (!m)
            throw new TogetherError(400, `Model ${String(name)} is not supported for fine-tuning`, 'model_not_supported');
        return m;
    }
    limits(name) {
        const m = this.model(name);
        return {
            model_name: name,
            default_gradient_accumulation_steps: 1,
            lora_training: {
                max_batch_size: 32,
                max_batch_size_dpo: 16,
                max_rank: m.maxRank,
                min_batch_size: 8,
                target_modules: ['all-linear'],
            },
            full_training: { max_batch_size: 32, max_batch_size_dpo: 16, min_batch_size: 8 },
            max_learning_rate: 1,
            min_learning_rate: 0,
            max_num_checkpoints: 10,
            max_num_epochs: 20,
            max_num_evals: 100,
            max_seq_length_dpo: 8192,
            max_seq_length_sft: 8192,
            merge_output_lora: true,
            min_max_seq_length: 512,
            supports_full_training: true,
            supports_reasoning: false,
            supports_tools: true,
            supports_vision: false,
        };
    }
    tokens(p) {
        const tokensOf = (id) => Math.ceil(this.file(id).content.length / 4);
        return ((p.n_epochs ?? 1) * tokensOf(p.training_file) +
            (p.validation_file ? (p.n_evals ?? 0) * tokensOf(p.validation_file) : 0));
    }
    price(tokens) {
        return Math.round(tokens * (this.options.pricePerMillion ?? 0.48)) / 1e6;
    }
    estimate(p) {
        this.model(p.model);
        const training = this.file(p.training_file);
        if (this.fileNow(training).processing_status !== 'COMPLETED')
            return { estimation_available: false, unavailable_reason: 'train_file_not_validated' };
        const tokens = this.tokens(p);
        return {
            estimation_available: true,
            estimated_total_price: this.price(tokens),
            estimated_train_token_count: tokens,
            estimated_eval_token_count: 0,
            allowed_to_proceed: true,
            user_limit: 1000,
        };
    }
    create(b) {
        const model = this.model(b.model);
        this.file(b.training_file);
        if (b.validation_file)
            this.file(b.validation_file);
        if (b.training_type?.type === 'Lora' && b.training_type.lora_r > model.maxRank)
            throw new TogetherError(400, `lora_r ${b.training_type.lora_r} is above ${model.maxRank}, the largest rank for ${b.model}`);
        const id = `ft-${this.nextId('sim').slice(4)}`;
        const tokens = this.tokens(b);
        const base = b.model.split('/').at(-1);
        const job = {
            id,
            createdAt: this.clock.now(),
            body: b,
            modelOutputName: `${this.options.account ?? 'simulator'}/${base}-${b.suffix ? `${b.suffix}-` : ''}${id.slice(3, 11)}`,
            tokenCount: tokens,
            totalPrice: this.price(tokens),
            failure: this.options.failJobs?.(b),
        };
        this.jobs.set(id, job);
        return { ...this.jobResponse(job), events: undefined };
    }
    checkpoints(job) {
        if (this.jobResponse(job).status !== 'completed')
            return { data: [] };
        const epochs = job.body.n_epochs ?? 1;
        return {
            data: Array.from({ length: epochs }, (_, i) => ({
                checkpoint_type: i === epochs - 1 ? 'Final' : `Intermediate (step ${(i + 1) * 10})`,
                created_at: iso(job.createdAt),
                path: `s3://simulator/${job.id}/checkpoint-${(i + 1) * 10}`,
                step: (i + 1) * 10,
            })),
        };
    }
    chat(body) {
        const b = body;
        if (typeof b.model !== 'string' || !Array.isArray(b.messages))
            throw new TogetherError(400, 'model and messages are required');
        const model = b.model;
        const job = [...this.jobs.values()].find(j => j.modelOutputName === model);
        if (job) {
            const served = this.jobResponse(job).status === 'completed' &&
                (job.body.training_type?.type ?? 'Lora') === 'Lora' &&
                this.models[job.body.model]?.serverlessLora;
            if (!served)
                throw new TogetherError(400, `Unable to access non-serverless model ${model}. Please visit https://api.together.ai/models/${model} to create and start a new dedicated endpoint for the model.`, 'model_not_available');
        }
        else if (!this.models[model]) {
            throw new TogetherError(404, `Unable to access model ${model}. Please visit https://api.together.ai/models to view the list of supported models.`, 'model_not_available');
        }
        const messages = b.messages;
        const last = [...messages].reverse().find(m => m.role === 'user');
        const question = typeof last?.content === 'string' ? last.content : '';
        const text = this.options.chat?.({ model, lastUserMessage: question }) ?? `[${model}] ${question}`;
        const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
        const completionTokens = Math.ceil(text.length / 4);
        return {
            id: `chat-${++this.ids}`,
            object: 'chat.completion',
            created: this.clock.now(),
            model,
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
            usage: {
                prompt_tokens: promptTokens,
                completion_tokens: completionTokens,
                total_tokens: promptTokens + completionTokens,
            },
        };
    }
}
function iso(seconds) {
    return new Date(seconds * 1000).toISOString();
}
async function startTogetherSimulator(options = {}) {
    return new TogetherSimulator(options).start();
}

;// CONCATENATED MODULE: ./testing/together/index.ts



;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./testing/runner.ts




async function runActionProcess(spec) {
    const tmp = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'fine-tune-run-'));
    const files = {
        output: external_node_path_default().join(tmp, 'output'),
        summary: external_node_path_default().join(tmp, 'summary'),
        event: external_node_path_default().join(tmp, 'event.json'),
    };
    (0,external_node_fs_namespaceObject.writeFileSync)(files.output, '');
    (0,external_node_fs_namespaceObject.writeFileSync)(files.summary, '');
    (0,external_node_fs_namespaceObject.writeFileSync)(files.event, JSON.stringify(spec.event ?? {}));
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmp,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: spec.eventName,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_WORKSPACE: spec.workspace,
        GITHUB_SERVER_URL: 'https://github.com',
        RUNNER_TEMP: tmp,
        ...spec.env,
    };
    for (const [name, value] of Object.entries(spec.inputs))
        env[`INPUT_${name.toUpperCase()}`] = value;
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [spec.action], { cwd: spec.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    spec.onChild?.(child);
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (!spec.onLine)
            return;
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines)
            spec.onLine(line);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise(resolve => child.on('close', resolve));
    return {
        code,
        stdout,
        stderr,
        outputs: parseOutputs((0,external_node_fs_namespaceObject.readFileSync)(files.output, 'utf8')),
        outputFile: (0,external_node_fs_namespaceObject.readFileSync)(files.output, 'utf8'),
        summary: (0,external_node_fs_namespaceObject.readFileSync)(files.summary, 'utf8'),
    };
}
function parseOutputs(text) {
    const outputs = {};
    for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
        outputs[m[1]] = m[3];
    return outputs;
}

;// CONCATENATED MODULE: ./testing/demo/render.ts
function renderMarkdown(markdown, indent = '  │ ') {
    const lines = [];
    let inChart = false;
    for (const raw of markdown.split('\n')) {
        if (raw.startsWith('<!-- fine-tune-action:'))
            continue;
        if (raw.startsWith('```mermaid')) {
            inChart = true;
            lines.push('(loss chart: a Mermaid chart, drawn by GitHub)');
            continue;
        }
        if (inChart) {
            inChart = !raw.startsWith('```');
            continue;
        }
        if (/^\|(-|:|\|)+\|?$/.test(raw.replace(/\s/g, '')))
            continue;
        const text = raw
            .replace(/<\/?(code|sub|details)>/g, '')
            .replace(/<summary>(.*?)<\/summary>/g, '▸ $1')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/^#{2,4} /, '')
            .replace(/\*\*(.*?)\*\*/g, '$1')
            .replace(/^> \[!(WARNING|CAUTION)\]$/, '⚠')
            .replace(/^> /, '  ')
            .replace(/\\([\\`*_{}[\]()!|~#])/g, '$1')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&')
            .replace(/\u2060/g, '');
        if (text.trim() === '' && lines.at(-1)?.trim() === '')
            continue;
        lines.push(text);
    }
    return lines.map(l => `${indent}${l}`.trimEnd()).join('\n');
}

;// CONCATENATED MODULE: ./src/errors.ts
class InputError extends (/* unused pure expression or super */ null && (0)) {
    name = 'InputError';
}
function messageOf(error) {
    return redact(error instanceof Error ? error.message : String(error));
}
const secrets = new Set();

const CREDENTIALS = [
    /\b((?:proxy-)?authorization|x-api-key|api[-_]?key|access[-_]?token|openai-api-key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
    /\b()()(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,})/g,
];
function redact(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    for (const pattern of CREDENTIALS)
        out = out.replace(pattern, (_m, name, sep) => `${name}${sep}***`);
    return out;
}


;// CONCATENATED MODULE: ./testing/demo/index.ts











const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
const ACTION = external_node_path_default().join(here, '..', 'index.js');
const EXAMPLES = external_node_path_default().join(here, '..', '..', 'examples', 'support-bot');
const REPO = 'acme/support-bot';
const KEY = 'sk-demo-not-a-real-key';
const BASE_SHA = '0b1e5e'.padEnd(40, '0');
const HEAD_SHA = ['a11ce5'.padEnd(40, '1'), 'f1xed5'.padEnd(40, '2')];
const MERGE_SHA = '3e49ed'.padEnd(40, '3');
const BACKEND = /--backend[= ](together|azure)\b/.exec(process.argv.slice(2).join(' '))?.[1];
const TOGETHER = BACKEND === 'together';
const AZURE = BACKEND === 'azure';
const OPEN_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference';
const colour = process.stdout.isTTY;
const bold = (s) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
const dim = (s) => (colour ? `\u001b[2m${s}\u001b[22m` : s);
async function main() {
    const started = Date.now();
    console.log(bold('fine-tune-action demo: a dataset change from pull request to fine-tuned model, offline.'));
    console.log('Each step runs the bundled action (dist/index.js) as a GitHub runner would, against two local simulations on\n' +
        `127.0.0.1: ${TOGETHER ? "Together AI's fine-tuning API, training an open model" : AZURE ? 'Azure OpenAI (its v1 API and Resource Manager deployments)' : 'an OpenAI-compatible fine-tuning API'} (its clock runs 60× fast) and the GitHub REST API.\n` +
        'Nothing leaves this machine: no network, no real key, no money.\n');
    const ws = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'fine-tune-demo-'));
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().join(ws, 'data'));
    for (const f of ['train.jsonl', 'validation.jsonl', 'eval.jsonl'])
        (0,external_node_fs_namespaceObject.copyFileSync)(external_node_path_default().join(EXAMPLES, f), external_node_path_default().join(ws, 'data', f));
    const train = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(EXAMPLES, 'train.jsonl'), 'utf8').trim().split('\n');
    const answers = answerBook([
        ...train,
        ...(0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(EXAMPLES, 'validation.jsonl'), 'utf8').trim().split('\n'),
    ]);
    const fineTuned = (model) => (TOGETHER ? model.includes('-harbor-') : /^ft:|\.ft-/.test(model));
    const chat = ({ model, lastUserMessage }) => fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage);
    const azure = AZURE
        ? await startAzureSimulator({
            apiKey: KEY,
            clock: new AcceleratedClock({ factor: 60 }),
            schedule: { validatingSeconds: 20, queuedSeconds: 40, runningSeconds: 240 },
            fileProcessingSeconds: 10,
            provisioningMs: 1500,
            chat,
        })
        : undefined;
    const sim = azure
        ? azure
        : TOGETHER
            ? await startTogetherSimulator({
                apiKey: KEY,
                clock: new AcceleratedClock({ factor: 60 }),
                schedule: {
                    pendingSeconds: 10,
                    queuedSeconds: 30,
                    runningSeconds: 240,
                    compressingSeconds: 20,
                    uploadingSeconds: 20,
                },
                fileProcessingSeconds: 10,
                chat: ({ model, lastUserMessage }) => fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage),
            })
            : await startSimulator({
                apiKey: KEY,
                clock: new AcceleratedClock({ factor: 60 }),
                schedule: { validatingSeconds: 20, queuedSeconds: 40, runningSeconds: 240 },
                fileProcessingSeconds: 10,
                chat: ({ model, lastUserMessage }) => fineTuned(model) ? answers.get(lastUserMessage) : baseAnswer(lastUserMessage),
            });
    const gh = await startGitHubServer({ port: 0 });
    try {
        gh.setFile(BASE_SHA, 'data/train.jsonl', `${train.slice(0, 10).join('\n')}\n`);
        const github = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SERVER_URL: 'https://github.com' };
        const pr = (sha) => ({
            event: pullRequestEvent({
                repo: REPO,
                number: 42,
                head: { sha, ref: 'more-examples' },
                base: { sha: BASE_SHA, ref: 'main' },
            }),
            eventName: 'pull_request',
        });
        const prInputs = {
            'training-file': 'data/train.jsonl',
            'validation-file': 'data/validation.jsonl',
            'eval-file': 'data/eval.jsonl',
            'github-token': gh.token,
            ...(AZURE ? { backend: 'azure', 'base-url': sim.url } : { 'max-cost': '5' }),
        };
        step(1, 'A pull request adds two examples to data/train.jsonl; one of them is broken');
        const giftCard = (weight) => JSON.stringify({
            messages: [
                { role: 'user', content: 'Can I pay with a gift card?' },
                { role: 'assistant', content: 'Yes, at checkout.', weight },
            ],
        });
        const broken = giftCard(2);
        (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(ws, 'data', 'train.jsonl'), [...train, JSON.stringify(newExample()), broken].join('\n') + '\n');
        const first = await runAction(ws, { ...pr(HEAD_SHA[0]), inputs: prInputs, env: github });
        annotations(first);
        const comment = gh.comments('acme', 'support-bot', 42)[0];
        console.log(`  exit ${first.code}: the check fails, and pull request #42 gets one comment (id ${comment.id}):`);
        console.log(renderMarkdown(comment.body));
        step(2, 'The author fixes the weight and pushes again');
        (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(ws, 'data', 'train.jsonl'), [...train, JSON.stringify(newExample()), giftCard(1)].join('\n') + '\n');
        const second = await runAction(ws, { ...pr(HEAD_SHA[1]), inputs: prInputs, env: github });
        const edited = gh.comments('acme', 'support-bot', 42);
        console.log(`  exit ${second.code}: the check passes; still ${edited.length} comment, edited in place (id ${edited[0].id}, ${gh.counts.updated} edit):`);
        console.log(renderMarkdown(edited[0].body.split('\n').slice(0, 16).join('\n')));
        console.log(dim('  │ … (findings, costs on other models and distributions follow, folded)'));
        step(3, 'The pull request is merged: the push trains a model, then evaluates it against its base');
        gh.setCommitPulls(MERGE_SHA, [
            {
                number: 42,
                state: 'closed',
                merged_at: new Date().toISOString(),
                head: { sha: HEAD_SHA[1], ref: 'more-examples' },
                base: { sha: BASE_SHA, ref: 'main' },
            },
        ]);
        let steps = 0;
        const merged = await runAction(ws, {
            eventName: 'push',
            inputs: {
                ...prInputs,
                ...(TOGETHER
                    ? { backend: 'together', 'api-key': KEY, 'base-url': sim.url, model: OPEN_MODEL }
                    : azure
                        ? {
                            'api-key': KEY,
                            'azure-management-url': azure.managementUrl,
                            'azure-subscription-id': 'sub-demo',
                            'azure-resource-group': 'rg-demo',
                            'azure-resource-name': 'lighthouse-aoai',
                            'azure-delete-deployment': 'true',
                        }
                        : { 'openai-api-key': KEY, 'openai-base-url': sim.url }),
                'poll-interval': '1',
                suffix: 'harbor',
                'eval-compare-models': 'base',
                'eval-min-pass-rate': '0.8',
            },
            env: { ...github, GITHUB_SHA: MERGE_SHA, GITHUB_RUN_ID: '1001', ...(azure && azureLogin(azure.armToken)) },
            onLine: line => {
                if (line.startsWith('::') || line.trim() === '')
                    return;
                const step = /step (\d+)\/(\d+)/.exec(line);
                if (step) {
                    if (++steps % 12 === 1 || step[1] === step[2])
                        console.log(`  ${dim(line.replace(/^\S+Z /, ''))}`);
                    return;
                }
                if (/^(Uploading|Uploaded|Together AI estimates|Created fine-tuning job ft|Job ft|Deploying|Deployment \S+ is ready|Deleted the deployment|\S+Z (Job started|Model upload complete)|\S+Z (Fine-tuning job started|New fine-tuned model|The job has)|Estimated finish|Evaluating|.+: pass rate|against|Fine-tuned model|Pull request comment)/.test(line)) {
                    console.log(`  ${line.replace(/^\S+Z /, '')}`);
                }
            },
        });
        for (const line of merged.lines.filter(l => l.startsWith('::error::')))
            console.log(`  ✖ ${decodeURIComponent(line.slice(9))}`);
        console.log(`  exit ${merged.code}. Outputs for the next steps of the workflow:`);
        for (const name of [
            'model-id',
            'job-id',
            'job-status',
            'trained-tokens',
            'actual-cost',
            'training-file-id',
            'eval-pass-rate',
            'eval-results',
        ]) {
            console.log(`    ${name.padEnd(18)} ${merged.outputs[name] ?? ''}`);
        }
        console.log('  The job summary, as GitHub shows it under the run:');
        console.log(renderMarkdown(merged.summary.split('\n#### Findings')[0].split('\n### ✅ Fine-tuning data')[0]));
        const final = gh.comments('acme', 'support-bot', 42)[0];
        console.log(`  Pull request #42's comment now ends with the job and the evaluation (${final.body.length.toLocaleString('en-US')} characters).`);
        if (azure)
            console.log(`  Azure Resource Manager saw ${azure.requests.filter(r => r.path.includes('/deployments/')).length} deployment requests; deployments left: ${azure.deployments.size}.`);
        const ok = first.code === 1 &&
            second.code === 0 &&
            merged.code === 0 &&
            fineTuned(merged.outputs['model-id'] ?? '') &&
            (!azure || azure.deployments.size === 0);
        console.log(`\n${bold(ok ? 'Done' : 'Something did not go as expected')} in ${((Date.now() - started) / 1000).toFixed(1)} s. Everything above ran against local simulations; to point your own`);
        console.log('scripts at the fine-tuning simulator: npm run simulator');
        if (!ok)
            process.exitCode = 1;
    }
    finally {
        await gh.stop();
        await sim.stop();
    }
}
function azureLogin(token) {
    const bin = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'fine-tune-demo-az-'));
    const expires = Math.floor(Date.now() / 1000) + 3600;
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(bin, 'az'), `#!/bin/sh\necho '{"accessToken":"${token}","expires_on":${expires},"tokenType":"Bearer"}'\n`);
    (0,external_node_fs_namespaceObject.chmodSync)(external_node_path_default().join(bin, 'az'), 0o755);
    return { PATH: `${bin}:${process.env.PATH ?? ''}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential' };
}
function step(n, title) {
    console.log(`\n${bold(`── ${n}. ${title}`)}`);
}
function annotations(run) {
    for (const line of run.lines) {
        const m = /^::(error|warning) (?:title=([^,]*),)?(?:file=([^,]*),)?(?:line=(\d+),?)?[^:]*::(.*)$/.exec(line);
        if (m && m[3])
            console.log(`  ${m[1] === 'error' ? '✖' : '⚠'} ${m[3]}${m[4] ? `:${m[4]}` : ''}  ${m[2] ?? ''}  ${decodeURIComponent(m[5].replace(/%0A/g, ' '))}`);
    }
}
function newExample() {
    return {
        messages: [
            { role: 'system', content: 'You are Harbor, the support assistant of Lighthouse Coffee Roasters.' },
            { role: 'user', content: 'Do you roast to order?' },
            { role: 'assistant', content: 'Yes: every bag is roasted the morning it ships.' },
        ],
    };
}
function answerBook(lines) {
    const book = new Map();
    for (const line of lines) {
        const messages = JSON.parse(line).messages;
        const user = messages.find(m => m.role === 'user');
        const answer = messages.find(m => m.role === 'assistant');
        if (user && answer)
            book.set(user.content, answer.content);
    }
    return book;
}
function baseAnswer(question) {
    if (/refund|money back|torn/i.test(question))
        return 'So sorry! We will refund you right away.';
    if (/pause/i.test(question))
        return 'You can pause it under Subscriptions in your account.';
    if (/cold brew/i.test(question))
        return 'Night Watch makes a lovely cold brew.';
    return 'Thanks for reaching out! Let me look into that for you.';
}
async function runAction(ws, spec) {
    const result = await runActionProcess({ action: ACTION, workspace: ws, ...spec });
    process.stderr.write(result.stderr);
    return { code: result.code, lines: result.stdout.split('\n'), outputs: result.outputs, summary: result.summary };
}
main().catch((error) => {
    console.error(`demo: ${messageOf(error)}`);
    process.exitCode = 1;
});

