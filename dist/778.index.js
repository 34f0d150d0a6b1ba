export const id = 778;
export const ids = [778];
export const modules = {

/***/ 9778:
/***/ ((module) => {

module.exports = eval("require")("parquetjs");


/***/ })

};
