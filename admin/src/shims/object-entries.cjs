// node-polyglot asks for the `object.entries` polyfill, which brings a whole
// ECMAScript spec library along; every browser the console supports has it built in.
module.exports = Object.entries;
