import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  compareCodeUnits
} from "./chunk-SVGO55I2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IMH2DE2T.js";

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push2 = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push2(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push2 = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push2({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push2({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push2({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push2({ type: "paren", nodes: [] });
          stack.push(block);
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push2({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push2({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push2(brace);
          stack.push(block);
          push2({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push2({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push2({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push2({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push2({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push2({ type: "dot", value });
          continue;
        }
        push2({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push2({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source2 = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source2}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source3 = create(match[1]);
            if (!source3) return;
            return source3 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source2 = create(output);
      if (source2 && opts.strictSlashes !== true) {
        source2 += `${SLASH_LITERAL}?`;
      }
      return source2;
    };
    module.exports = parse;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source2 = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source2 = `^(?!${source2}).*$`;
      }
      const regex = picomatch.toRegex(source2, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source2, options) => {
      try {
        const opts = options || {};
        return new RegExp(source2, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch2.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch2.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch2.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch2.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch2.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str2));
    };
    micromatch2.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch2.scan = (...args) => picomatch.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str2, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch2.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/rules/fg001-unreadable-flow.ts
var fg001 = defineRule({
  meta: {
    id: "FG001",
    name: "unreadable-flow",
    summary: "A flow or solution file cannot be read, so flowguard cannot vouch for it.",
    severity: "high",
    scope: "flow",
    messages: {
      unreadable: "{{file}} could not be analysed: {{reason}}. A file flowguard cannot read is not a file it has checked."
    }
  },
  check() {
  }
});

// src/diff/secure-data-removed.ts
function secureDataRemoved(nodes, baseNodeOf, kind) {
  const out = [];
  for (const node of nodes) {
    const before = baseNodeOf(node);
    if (before && before.secure[kind] && !node.secure[kind]) out.push({ node, before });
  }
  return out;
}

// src/rules/fg101-secure-outputs-removed.ts
var fg101 = defineRule({
  meta: {
    id: "FG101",
    name: "secure-outputs-removed",
    summary: "A trigger or action that had secure outputs in the base revision no longer has them.",
    severity: "critical",
    scope: "change",
    supersedes: ["FG103"],
    messages: {
      secretSource: "{{node}} no longer has secure outputs: the secret it reads will be shown in clear text in the run history to everyone who can open it.",
      other: "{{node}} no longer has secure outputs: what it returns becomes visible in the run history."
    }
  },
  check(ctx) {
    for (const { node, before } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, "outputs")) {
      const secret = !!(node.secretSource ?? before.secretSource);
      ctx.report({
        messageId: secret ? "secretSource" : "other",
        node,
        severity: secret ? "critical" : "medium",
        aboutRemoval: true
      });
    }
  }
});

// src/rules/fg102-secure-inputs-removed.ts
var fg102 = defineRule({
  meta: {
    id: "FG102",
    name: "secure-inputs-removed",
    summary: "A trigger or action that had secure inputs in the base revision no longer has them.",
    severity: "medium",
    scope: "change",
    messages: {
      secret: '{{node}} no longer has secure inputs, and its inputs carry data derived from the secret of "{{source}}": the run history will show it.',
      other: "{{node}} no longer has secure inputs: what it is given becomes visible in the run history."
    }
  },
  check(ctx) {
    for (const { node } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, "inputs")) {
      const use = ctx.analysis.secretUses(node)[0];
      ctx.report({
        messageId: use ? "secret" : "other",
        data: { source: use?.source ?? "" },
        node,
        severity: use ? "high" : "medium",
        aboutRemoval: true
      });
    }
  }
});

// src/rules/fg103-unsecured-secret-source.ts
var fg103 = defineRule({
  meta: {
    id: "FG103",
    name: "unsecured-secret-source",
    summary: "A secret source (Key Vault secret or decrypt, secret environment variable) without secure outputs.",
    severity: "high",
    scope: "flow",
    messages: {
      unsecured: "{{node}} returns a secret without secure outputs: anyone who can open the run history sees the secret in clear text."
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource || node.secure.outputs) continue;
      ctx.report({ messageId: "unsecured", node });
    }
  }
});

// src/rules/fg110-secret-enumeration.ts
var fg110 = defineRule({
  meta: {
    id: "FG110",
    name: "secret-enumeration",
    summary: "An action that lists the secrets or keys a vault holds.",
    severity: "high",
    scope: "flow",
    messages: {
      enumeration: "{{node}} lists what the vault holds: whoever can edit or run the flow learns every secret name the connection can see, the first step to reading them all."
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.enumerationSource) continue;
      ctx.report({ messageId: "enumeration", node });
    }
  }
});

// src/model/secret-reads.ts
function bulkSecretRead(flow, analysis, node) {
  const source2 = node.secretSource;
  if (!source2) return null;
  if (source2.literalName === null && source2.secretName !== void 0) {
    for (const name of analysis.origins(source2.secretName, node)) {
      if (flow.byName.get(name)?.enumerationSource) return { reason: "enumeration", enumeration: name };
    }
  }
  const loop = node.loops[node.loops.length - 1];
  if (loop !== void 0) return { reason: "loop", loop };
  return null;
}
function dynamicSecretName(flow, analysis, node) {
  const source2 = node.secretSource;
  if (!source2 || source2.literalName !== null || typeof source2.secretName !== "string") return null;
  for (const name of analysis.origins(source2.secretName, node)) {
    if (flow.byName.get(name)?.kind === "trigger") return { trigger: name };
  }
  return { trigger: null };
}

// src/rules/fg111-bulk-secret-read.ts
var fg111 = defineRule({
  meta: {
    id: "FG111",
    name: "bulk-secret-read",
    summary: "A secret source runs inside a loop or reads the names a vault listing returned: the flow can read secrets in bulk.",
    severity: "critical",
    scope: "flow",
    messages: {
      loop: '{{node}} reads a secret inside the loop "{{loop}}": one run can read as many secrets as the loop has items. Read each secret the flow needs by its fixed name, outside loops.',
      enumeration: "{{node}} reads the secrets that {{enumeration}} lists: the flow can read every secret in the vault. Read named secrets only."
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const bulk = bulkSecretRead(ctx.flow, ctx.analysis, node);
      if (!bulk) continue;
      if (bulk.reason === "loop") {
        ctx.report({ messageId: "loop", node, data: { loop: bulk.loop } });
      } else {
        const listing = ctx.flow.byName.get(bulk.enumeration);
        ctx.report({ messageId: "enumeration", node, nodes: { enumeration: listing } });
      }
    }
  }
});

// src/rules/fg112-dynamic-secret-name.ts
var fg112 = defineRule({
  meta: {
    id: "FG112",
    name: "dynamic-secret-name",
    summary: "A secret source whose secret name is an expression rather than a fixed name.",
    severity: "medium",
    scope: "flow",
    messages: {
      dynamic: "{{node}} chooses its secret with an expression, not a fixed name: which secret it reads is decided at run time. Use a literal secret name.",
      fromTrigger: `{{node}} takes its secret name from the data of the trigger "{{trigger}}": whoever starts the flow chooses which secret it reads with the owner's connection. Use a literal secret name.`
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const dynamic = dynamicSecretName(ctx.flow, ctx.analysis, node);
      if (!dynamic || bulkSecretRead(ctx.flow, ctx.analysis, node)) continue;
      if (dynamic.trigger !== null) {
        ctx.report({
          messageId: "fromTrigger",
          node,
          severity: "high",
          data: { trigger: dynamic.trigger }
        });
      } else {
        ctx.report({ messageId: "dynamic", node });
      }
    }
  }
});

// src/model/expression/tokenizer.ts
var MAX_EXPRESSION_LENGTH = 1e6;
var PUNCTUATION = /* @__PURE__ */ new Set(["(", ")", "[", "]", ",", ".", "?"]);
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 65279;
}
function readStringLiteral(text, start, end) {
  let i = start + 1;
  let value = "";
  let chunk = i;
  while (i < end) {
    if (text.charCodeAt(i) === 39) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 39) {
        value += text.slice(chunk, i + 1);
        i += 2;
        chunk = i;
        continue;
      }
      return { value: value + text.slice(chunk, i), end: i + 1 };
    }
    i++;
  }
  return null;
}
function tokenize(text, start = 0, end = text.length) {
  const tokens = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const ch = text[i];
    if (c === 39) {
      const lit = readStringLiteral(text, i, end);
      if (!lit) {
        tokens.push({ type: "error", value: text.slice(i, end), pos: i });
        break;
      }
      tokens.push({ type: "string", value: lit.value, pos: i });
      i = lit.end;
    } else if (isDigit(c) || (ch === "-" || ch === "+") && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 < end && text[j] === "." && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < end && isDigit(text.charCodeAt(j))) j++;
      }
      if (j < end && (text[j] === "e" || text[j] === "E")) {
        let k = j + 1;
        if (k < end && (text[k] === "+" || text[k] === "-")) k++;
        if (k < end && isDigit(text.charCodeAt(k))) {
          while (k < end && isDigit(text.charCodeAt(k))) k++;
          j = k;
        }
      }
      tokens.push({ type: "number", value: text.slice(i, j), pos: i });
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < end && (isIdentStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      tokens.push({ type: "ident", value: text.slice(i, j), pos: i });
      i = j;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch, value: ch, pos: i });
      i++;
    } else {
      tokens.push({ type: "error", value: ch, pos: i });
      i++;
    }
  }
  return tokens;
}

// src/model/expression/parser.ts
var MAX_EXPRESSION_DEPTH = 500;
var ParseFailure = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  parseAll() {
    const expr = this.expression(0);
    if (this.pos !== this.tokens.length) throw new ParseFailure("syntax");
    return expr;
  }
  peek(offset = 0) {
    return this.tokens[this.pos + offset];
  }
  expect(type) {
    const t = this.tokens[this.pos];
    if (!t || t.type !== type) throw new ParseFailure("syntax");
    this.pos++;
    return t;
  }
  expression(depth) {
    if (depth > MAX_EXPRESSION_DEPTH) throw new ParseFailure("too-deep");
    let expr = this.primary(depth);
    for (; ; ) {
      const t = this.peek();
      if (!t) return expr;
      let optional = false;
      let next = t;
      if (t.type === "?") {
        const after = this.peek(1);
        if (!after || after.type !== "[" && after.type !== ".") throw new ParseFailure("syntax");
        optional = true;
        next = after;
        this.pos++;
      }
      if (next.type === "[") {
        this.pos++;
        const index = this.expression(depth + 1);
        this.expect("]");
        expr = { type: "index", target: expr, index, optional };
      } else if (next.type === ".") {
        this.pos++;
        const name = this.expect("ident").value;
        expr = { type: "member", target: expr, name, optional };
      } else {
        return expr;
      }
    }
  }
  primary(depth) {
    const t = this.tokens[this.pos];
    if (!t) throw new ParseFailure("syntax");
    this.pos++;
    switch (t.type) {
      case "string":
        return { type: "string", value: t.value };
      case "number":
        return { type: "number", value: Number(t.value) };
      case "ident": {
        const next = this.peek();
        if (next?.type === "(") {
          this.pos++;
          const args = [];
          if (this.peek()?.type === ")") {
            this.pos++;
            return { type: "call", name: t.value, args };
          }
          for (; ; ) {
            args.push(this.expression(depth + 1));
            const sep = this.peek();
            if (sep?.type === ",") this.pos++;
            else if (sep?.type === ")") {
              this.pos++;
              return { type: "call", name: t.value, args };
            } else throw new ParseFailure("syntax");
          }
        }
        const word = t.value.toLowerCase();
        if (word === "true" || word === "false") return { type: "boolean", value: word === "true" };
        if (word === "null") return { type: "null" };
        throw new ParseFailure("syntax");
      }
      default:
        throw new ParseFailure("syntax");
    }
  }
};
function parseExpression(text, start = 0, end = text.length) {
  if (end - start > MAX_EXPRESSION_LENGTH) return { ok: false, reason: "too-long" };
  const tokens = tokenize(text, start, end);
  if (tokens.length === 0) return { ok: false, reason: "syntax" };
  try {
    return { ok: true, expr: new Parser(tokens).parseAll() };
  } catch (err) {
    if (err instanceof ParseFailure) return { ok: false, reason: err.reason };
    if (err instanceof RangeError) return { ok: false, reason: "too-deep" };
    throw err;
  }
}

// src/model/expression/template.ts
function interpolationEnd(text, from) {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39)
      quoted = !quoted;
    else if (quoted) continue;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}
function parseTemplate(value) {
  if (value.startsWith("@") && !value.startsWith("@@") && !value.startsWith("@{")) {
    const r = parseExpression(value, 1);
    return r.ok ? { whole: true, segments: [{ kind: "expr", expr: r.expr, start: 1, end: value.length }] } : r.reason;
  }
  const segments = [];
  let text = "";
  let i = 0;
  if (value.startsWith("@@")) {
    text = "@";
    i = 2;
  }
  while (i < value.length) {
    const at = value.indexOf("@", i);
    if (at < 0) {
      text += value.slice(i);
      break;
    }
    text += value.slice(i, at);
    if (value.startsWith("@@{", at)) {
      text += "@{";
      i = at + 3;
      continue;
    }
    if (value[at + 1] !== "{") {
      text += "@";
      i = at + 1;
      continue;
    }
    const start = at + 2;
    const end = interpolationEnd(value, start);
    if (end < 0) return "syntax";
    const r = parseExpression(value, start, end);
    if (!r.ok) return r.reason;
    if (text) segments.push({ kind: "text", value: text });
    text = "";
    segments.push({ kind: "expr", expr: r.expr, start, end });
    i = end + 1;
  }
  if (text || segments.length === 0) segments.push({ kind: "text", value: text });
  return { whole: false, segments };
}
function longestExpression(value) {
  if (value.startsWith("@") && !value.startsWith("@@") && !value.startsWith("@{")) return value.length - 1;
  let longest = 0;
  for (let at = value.indexOf("@{"); at >= 0; at = value.indexOf("@{", at + 2)) {
    if (at > 0 && value[at - 1] === "@") continue;
    const end = interpolationEnd(value, at + 2);
    longest = Math.max(longest, (end < 0 ? value.length : end) - (at + 2));
    if (end < 0) break;
    at = end - 1;
  }
  return longest;
}
function parseValue(value) {
  const t = parseTemplate(value);
  return typeof t === "string" ? null : t;
}

// src/model/expression/references.ts
var REF_FUNCTIONS = /* @__PURE__ */ new Map([
  ["body", "body"],
  ["actionbody", "body"],
  ["outputs", "outputs"],
  ["actionoutputs", "outputs"],
  ["actions", "actions"],
  ["result", "result"],
  ["variables", "variables"],
  ["items", "items"],
  ["item", "item"],
  ["triggerbody", "triggerBody"],
  ["triggeroutputs", "triggerOutputs"],
  ["trigger", "trigger"],
  ["triggerformdatavalue", "triggerBody"],
  ["triggerformdatamultiplevalues", "triggerBody"],
  ["triggermultipartbody", "triggerBody"],
  ["parameters", "parameters"],
  ["iterationindexes", "iterationIndexes"]
]);
function refFunction(name) {
  return REF_FUNCTIONS.get(name.toLowerCase());
}
function literalKey(e) {
  if (e.type === "string") return e.value;
  if (e.type === "number") return String(e.value);
  return null;
}
function referencesOfExpr(root, out = []) {
  const stack = [root];
  while (stack.length > 0) {
    let e = stack.pop();
    const chain = [];
    while (e.type === "index" || e.type === "member") {
      if (e.type === "index") {
        chain.push({ key: literalKey(e.index) });
        stack.push(e.index);
      } else chain.push({ key: e.name });
      e = e.target;
    }
    if (e.type !== "call") continue;
    for (let i = e.args.length - 1; i >= 0; i--) stack.push(e.args[i]);
    const fn = refFunction(e.name);
    if (!fn) continue;
    const accessors = [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const key = chain[i].key;
      if (key === null) break;
      accessors.push(key);
    }
    const first = e.args[0];
    out.push({ fn, name: first && first.type === "string" ? first.value : null, accessors });
  }
  return out;
}
function referencesFromTokens(tokens, out = []) {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== "ident" || tokens[i + 1].type !== "(") continue;
    const fn = refFunction(t.value);
    if (!fn) continue;
    let j = i + 2;
    let name = null;
    if (tokens[j]?.type === "string" && tokens[j + 1]?.type === ")") {
      name = tokens[j].value;
      j += 2;
    } else if (tokens[j]?.type === ")") j += 1;
    else {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    const accessors = [];
    for (; ; ) {
      if (tokens[j]?.type === "?") j++;
      const a = tokens[j];
      if (a?.type === "[" && (tokens[j + 1]?.type === "string" || tokens[j + 1]?.type === "number") && tokens[j + 2]?.type === "]") {
        accessors.push(tokens[j + 1].value);
        j += 3;
      } else if (a?.type === "." && tokens[j + 1]?.type === "ident") {
        accessors.push(tokens[j + 1].value);
        j += 2;
      } else break;
    }
    out.push({ fn, name, accessors });
  }
  return out;
}
function references(value) {
  if (!value.includes("@")) return [];
  const t = parseTemplate(value);
  if (typeof t === "string") {
    return value.length > MAX_EXPRESSION_LENGTH ? referencesFromScan(value) : referencesFromTokens(tokenize(value));
  }
  const out = [];
  for (const s of t.segments) if (s.kind === "expr") referencesOfExpr(s.expr, out);
  return out;
}
var MAX_SCANNED_LITERAL = 1024;
var CALL = /(?<![\w$])([A-Za-z_$][\w$]*)\s*\(/g;
var IDENT = /^[A-Za-z_$][\w$]*/;
var DIGITS = /^\d+/;
function referencesFromScan(value, out = []) {
  const scan = new Scanner(value);
  for (const m of value.matchAll(CALL)) {
    const fn = refFunction(m[1]);
    if (!fn) continue;
    let j = scan.space(m.index + m[0].length);
    const arg = scan.literal(j);
    if (arg) j = scan.space(arg.end);
    if (value[j] !== ")") {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    out.push({ fn, name: arg ? arg.value : null, accessors: scan.accessors(j + 1) });
  }
  return out;
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  space(j) {
    while (j < this.text.length && /\s/.test(this.text[j])) j++;
    return j;
  }
  literal(j) {
    const end = Math.min(this.text.length, j + MAX_SCANNED_LITERAL + 2);
    return this.text[j] === "'" ? readStringLiteral(this.text, j, end) : null;
  }
  /** `?['a'][0].b` from `j` on, up to the first accessor that is not literal. */
  accessors(j) {
    const out = [];
    for (; ; ) {
      let k = this.space(j);
      if (this.text[k] === "?") k = this.space(k + 1);
      const next = this.text.slice(k + 1, k + 1 + MAX_SCANNED_LITERAL);
      if (this.text[k] === "." && IDENT.test(next)) {
        const id = IDENT.exec(next)[0];
        out.push(id);
        j = k + 1 + id.length;
        continue;
      }
      if (this.text[k] !== "[") return out;
      const start = this.space(k + 1);
      const key = this.literal(start);
      const digits = key ? null : DIGITS.exec(this.text.slice(start, start + 20));
      const end = key ? this.space(key.end) : digits ? this.space(start + digits[0].length) : -1;
      if (end < 0 || this.text[end] !== "]") return out;
      out.push(key ? key.value : digits[0]);
      j = end + 1;
    }
  }
};

// src/json/json-path.ts
function own(obj, key) {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return void 0;
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function entries(v) {
  return isObject(v) ? Object.entries(v) : [];
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function ownCI(obj, key) {
  if (!isObject(obj)) return void 0;
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return [k, obj[k]];
  return void 0;
}

// src/model/run-order.ts
var LOOPS = /* @__PURE__ */ new Set(["Foreach", "Until", "Agent"]);
var FLOW_BUDGET = 2e5;
var RunOrder = class {
  constructor(flow) {
    this.flow = flow;
  }
  flow;
  /** Action → the siblings in its `runAfter` closure (computed once per action asked about). */
  closures = /* @__PURE__ */ new Map();
  spent = 0;
  /** Whether `writer` can run before `reader` in the same run (an earlier loop iteration included). */
  mayPrecede(writer, reader) {
    if (writer.kind === "trigger") return true;
    if (reader.kind === "trigger") return false;
    const w = writer.containers;
    const r = reader.containers;
    let i = 0;
    while (i < w.length && i < r.length && w[i].name === r[i].name) {
      if (LOOPS.has(w[i].kind)) return true;
      if (w[i].branch !== r[i].branch) return false;
      i++;
    }
    const a = i < w.length ? w[i].name : writer.name;
    const b = i < r.length ? r[i].name : reader.name;
    if (a === b) {
      if (writer === reader) return false;
      if (b === reader.name) return w[i].kind === "Until" || w[i].kind === "Agent";
      return true;
    }
    return !this.before(a).has(b);
  }
  /** The `runAfter` closure of a sibling: what has run before it starts. Empty past the flow's budget. */
  before(name) {
    const known = this.closures.get(name);
    if (known !== void 0) return known ?? EMPTY;
    const seen = /* @__PURE__ */ new Set();
    const stack = [name];
    let within = true;
    while (stack.length > 0 && within) {
      const node = this.flow.byName.get(stack.pop());
      for (const [p] of entries(own(node?.raw, "runAfter"))) {
        if (++this.spent > FLOW_BUDGET) within = false;
        if (!seen.has(p) && this.flow.byName.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    this.closures.set(name, within ? seen : null);
    return within ? seen : EMPTY;
  }
};
var EMPTY = /* @__PURE__ */ new Set();

// src/model/value-strings.ts
function forEachString(value, base, visit) {
  const stack = [
    { v: value, key: null, depth: 0 }
  ];
  const cur = [];
  while (stack.length > 0) {
    const { v, key, depth } = stack.pop();
    cur.length = Math.max(depth - 1, 0);
    if (key !== null) cur.push(key);
    if (typeof v === "string") {
      if (v.includes("@")) visit(v, [...base, ...cur]);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, depth: depth + 1 });
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ v: v[keys[i]], key: keys[i], depth: depth + 1 });
      }
    }
  }
}
function evaluatedValues(node) {
  const out = [];
  const inputs = own(node.raw, "inputs");
  if (inputs !== void 0) out.push([["inputs"], inputs]);
  const type = node.type.toLowerCase();
  if (type === "foreach" && own(node.raw, "foreach") !== void 0)
    out.push([["foreach"], own(node.raw, "foreach")]);
  if ((type === "if" || type === "switch" || type === "until") && own(node.raw, "expression") !== void 0) {
    out.push([["expression"], own(node.raw, "expression")]);
  }
  return out;
}

// src/model/data-flow.ts
var DATA_SHAPING_TYPES = /* @__PURE__ */ new Set([
  "compose",
  "parsejson",
  "select",
  "query",
  "join",
  "table",
  "expression",
  "response",
  "javascriptcode",
  "xslt",
  "liquid",
  "xmlcompose",
  "xmlparse",
  "xmlvalidation",
  "flatfileencoding",
  "flatfiledecoding",
  "initializevariable",
  "setvariable",
  "appendtoarrayvariable",
  "appendtostringvariable",
  "incrementvariable",
  "decrementvariable"
]);
var VARIABLE_WRITERS = /* @__PURE__ */ new Set([
  "initializevariable",
  "setvariable",
  "appendtoarrayvariable",
  "appendtostringvariable",
  "incrementvariable",
  "decrementvariable"
]);
var ITEM_MAPPERS = /* @__PURE__ */ new Set(["select", "query", "table"]);
var MAX_ORDERED_WRITERS = 64;
var OUTPUT_REFS = /* @__PURE__ */ new Set(["body", "outputs", "actions", "result"]);
var TRIGGER_REFS = /* @__PURE__ */ new Set(["triggerBody", "triggerOutputs", "trigger"]);
var DataFlow = class {
  constructor(flow) {
    this.flow = flow;
    this.trigger = flow.nodes.find((n) => n.kind === "trigger");
    for (const node of flow.nodes) {
      const parent = node.containers[node.containers.length - 1];
      if (parent) push(this.children, parent.name, node);
      const type = node.type.toLowerCase();
      if (!VARIABLE_WRITERS.has(type)) continue;
      const inputs = own(node.raw, "inputs");
      if (type === "initializevariable") {
        const list = own(inputs, "variables");
        if (Array.isArray(list)) list.forEach((v, i) => this.addWriter(str(own(v, "name")), node, i));
      } else this.addWriter(str(own(inputs, "name")), node, null);
    }
  }
  flow;
  siteCache = /* @__PURE__ */ new Map();
  refCache = /* @__PURE__ */ new Map();
  depCache = /* @__PURE__ */ new Map();
  writers = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  trigger;
  order;
  /** `<reader>\u0000<variable>` → the write vertices that read sees. */
  readCache = /* @__PURE__ */ new Map();
  addWriter(name, node, index) {
    if (name === void 0) return;
    push(this.writers, name.toLowerCase(), { node, index });
  }
  /** References in a string, parsed once per distinct string. */
  refsOf(value) {
    let refs = this.refCache.get(value);
    if (!refs) {
      refs = references(value);
      this.refCache.set(value, refs);
    }
    return refs;
  }
  /** References in a node's evaluated values (inputs, foreach, expression), computed once per node. */
  refSites(node) {
    let sites = this.siteCache.get(node);
    if (sites) return sites;
    const found = [];
    for (const [base, value] of evaluatedValues(node)) {
      forEachString(value, base, (s, path) => {
        if (!s.includes("@")) return;
        for (const ref of this.refsOf(s)) found.push({ path, ref });
      });
    }
    sites = found;
    this.siteCache.set(node, sites);
    return sites;
  }
  /** The vertices a reference at `path` in `node` reads (node null: the workflow's outputs, outside any loop). */
  resolve(node, ref, path) {
    if (OUTPUT_REFS.has(ref.fn)) {
      if (ref.name === null || !this.flow.byName.has(ref.name)) return [];
      const out = [`n:${ref.name}`];
      if (ref.fn === "result") for (const c of this.children.get(ref.name) ?? []) out.push(`n:${c.name}`);
      return out;
    }
    if (TRIGGER_REFS.has(ref.fn)) return this.trigger ? [`n:${this.trigger.name}`] : [];
    if (ref.fn === "variables")
      return ref.name !== null ? this.variableReads(node, ref.name.toLowerCase()) : [];
    if (ref.fn === "items") {
      const loop = ref.name !== null ? this.flow.byName.get(ref.name) : void 0;
      return loop && loop.type.toLowerCase() === "foreach" ? [`l:${loop.name}`] : [];
    }
    if (ref.fn === "item" && node) {
      if (ITEM_MAPPERS.has(node.type.toLowerCase()) && (path === null || path[1] !== "from"))
        return [`s:${node.name}`];
      for (let i = node.containers.length - 1; i >= 0; i--) {
        if (node.containers[i].kind === "Foreach") return [`l:${node.containers[i].name}`];
      }
    }
    return [];
  }
  /**
   * The writes of a variable that a read in `node` can see (SPEC §2 run order), as `w:` vertices; all of
   * them (`v:`) without a node (the workflow's outputs, evaluated last) or past MAX_ORDERED_WRITERS.
   */
  variableReads(node, name) {
    const writers = this.writers.get(name);
    if (!writers) return [];
    if (!node || writers.length > MAX_ORDERED_WRITERS) return [`v:${name}`];
    const key = `${node.name}\0${name}`;
    let out = this.readCache.get(key);
    if (out) return out;
    const order = this.order ??= new RunOrder(this.flow);
    out = [];
    for (let i = 0; i < writers.length; i++) {
      if (order.mayPrecede(writers[i].node, node)) out.push(`w:${i}:${name}`);
    }
    this.readCache.set(key, out);
    return out;
  }
  /** What a vertex's value is made from (memoised). Outputs of other actions are terminal: no edges. */
  deps(v) {
    let edges = this.depCache.get(v);
    if (edges) return edges;
    edges = [];
    const kind = v.slice(0, 2);
    const name = v.slice(2);
    if (kind === "n:") {
      const node = this.flow.byName.get(name);
      if (node && !node.secretSource && DATA_SHAPING_TYPES.has(node.type.toLowerCase())) {
        for (const s of this.refSites(node)) this.edgesTo(edges, node, s, 1, node.name);
      }
    } else if (kind === "v:") {
      const count = this.writers.get(name)?.length ?? 0;
      for (let i = 0; i < count; i++) edges.push({ to: `w:${i}:${name}`, weight: 0, via: null });
    } else if (kind === "w:") {
      const colon = name.indexOf(":");
      const w = this.writers.get(name.slice(colon + 1))?.[Number(name.slice(0, colon))];
      for (const s of w ? this.refSites(w.node) : []) {
        if (w.index !== null && s.path[2] !== w.index) continue;
        if (w.index === null && s.path[1] === "name") continue;
        this.edgesTo(edges, w.node, s, 1, w.node.name);
      }
    } else if (kind === "l:") {
      const loop = this.flow.byName.get(name);
      if (loop) {
        for (const s of this.refSites(loop))
          if (s.path[0] === "foreach") this.edgesTo(edges, loop, s, 0, loop.name);
      }
    } else if (kind === "s:") {
      const node = this.flow.byName.get(name);
      if (node) {
        for (const s of this.refSites(node)) if (s.path[1] === "from") this.edgesTo(edges, node, s, 0, null);
      }
    }
    this.depCache.set(v, edges);
    return edges;
  }
  edgesTo(edges, node, site, weight, via) {
    for (const to of this.resolve(node, site.ref, site.path)) edges.push({ to, weight, via });
  }
  /** Every vertex that can carry data: pass-through action outputs, variables, loop and mapper items. */
  vertices() {
    const out = [];
    for (const node of this.flow.nodes) {
      const type = node.type.toLowerCase();
      if (DATA_SHAPING_TYPES.has(type)) out.push(`n:${node.name}`);
      if (type === "foreach") out.push(`l:${node.name}`);
      if (ITEM_MAPPERS.has(type)) out.push(`s:${node.name}`);
    }
    for (const [v, writers] of this.writers) {
      out.push(`v:${v}`);
      for (let i = 0; i < writers.length; i++) out.push(`w:${i}:${v}`);
    }
    return out;
  }
  /** Names of the triggers/actions whose outputs the given vertices derive from (fixed point by reachability). */
  closure(start) {
    const names = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    const stack = [...start];
    while (stack.length > 0) {
      const v = stack.pop();
      if (seen.has(v)) continue;
      seen.add(v);
      if (v.startsWith("n:")) names.add(v.slice(2));
      for (const e of this.deps(v)) if (!seen.has(e.to)) stack.push(e.to);
    }
    return names;
  }
  /** FlowAnalysis.origins: `value` is a WDL value found in `at` (path unknown, so `item()` uses `at`'s context). */
  origins(value, at) {
    const start = [];
    forEachString(value, [], (s) => {
      if (!s.includes("@")) return;
      for (const ref of this.refsOf(s)) start.push(...this.resolve(at, ref, null));
    });
    return this.closure(start);
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
var CACHE = /* @__PURE__ */ new WeakMap();
function dataFlowOf(flow) {
  let df = CACHE.get(flow);
  if (!df) {
    df = new DataFlow(flow);
    CACHE.set(flow, df);
  }
  return df;
}

// src/model/run-history.ts
var DIRECT_READS = /* @__PURE__ */ new Set([
  "body",
  "outputs",
  "actions",
  "result",
  "triggerBody",
  "triggerOutputs",
  "trigger"
]);
function inputsHidden(flow, node) {
  if (node.secure.inputs) return true;
  const df = dataFlowOf(flow);
  for (const site of df.refSites(node)) {
    if (!DIRECT_READS.has(site.ref.fn)) continue;
    for (const v of df.resolve(node, site.ref, site.path)) {
      if (flow.byName.get(v.slice(2))?.secure.outputs) return true;
    }
  }
  return false;
}
function shownInRunHistory(flow, use) {
  if (use.slot !== "data" || use.hops < 1) return false;
  const type = use.node.type.toLowerCase();
  if ((type === "if" || type === "until") && use.path[0] === "expression") return false;
  return !inputsHidden(flow, use.node);
}

// src/model/expression/literal.ts
var TRANSPARENT = /* @__PURE__ */ new Set(["encodeuricomponent", "string", "trim"]);
function literalOf(root) {
  let e = root;
  while (e.type === "call" && e.args.length === 1 && TRANSPARENT.has(e.name.toLowerCase())) e = e.args[0];
  return e.type === "string" ? e.value : null;
}
function literalString(value) {
  const t = parseValue(value);
  if (!t) return null;
  let out = "";
  for (const s of t.segments) {
    if (s.kind === "text") out += s.value;
    else {
      const lit = literalOf(s.expr);
      if (lit === null) return null;
      out += lit;
    }
  }
  return out;
}

// src/model/secret-catalogue.ts
var KEYVAULT = /* @__PURE__ */ new Set(["keyvault"]);
var KEYVAULT_SECRET_OPS = /* @__PURE__ */ new Map([
  ["getsecret", { kind: "keyvault-secret", param: "secretName" }],
  ["getsecretversion", { kind: "keyvault-secret", param: "secretName" }],
  ["decryptdata", { kind: "keyvault-decrypt", param: "keyName" }],
  ["decryptdatawithversion", { kind: "keyvault-decrypt", param: "keyName" }]
]);
var KEYVAULT_ENUMERATION_OPS = /* @__PURE__ */ new Set([
  "listsecrets",
  "listsecretversions",
  "listkeys",
  "listkeyversions"
]);
var DATAVERSE = /* @__PURE__ */ new Set(["commondataserviceforapps", "commondataservice", "dataverse"]);
var ENV_SECRET_ACTION = "retrieveenvironmentvariablesecretvalue";
function param(op, name) {
  for (const [k, v] of op.parameters) if (k.toLowerCase() === name.toLowerCase()) return v;
  return void 0;
}
function source(kind, secretName) {
  return { kind, secretName, literalName: typeof secretName === "string" ? literalString(secretName) : null };
}
var NO_CUSTOM = [];
function classifySecretSource(op, custom = NO_CUSTOM) {
  if (!op || !op.operationId) return null;
  const keyVault = KEYVAULT.has(op.connector);
  if (!keyVault && custom.length === 0 && !DATAVERSE.has(op.connector)) return null;
  const opId = op.operationId.toLowerCase();
  if (keyVault) {
    const hit = KEYVAULT_SECRET_OPS.get(opId);
    if (hit) return source(hit.kind, param(op, hit.param) ?? param(op, "name"));
  }
  if (DATAVERSE.has(op.connector) && opId === "performunboundaction") {
    const action = param(op, "actionName");
    if (typeof action === "string" && action.toLowerCase() === ENV_SECRET_ACTION) {
      return source("environment-variable-secret", param(op, "item/EnvironmentVariableName"));
    }
  }
  for (const c of custom) {
    if (normalise(c.connector) === op.connector && c.operationId.toLowerCase() === opId) {
      return source("custom", c.nameParameter ? param(op, c.nameParameter) : void 0);
    }
  }
  return null;
}
function isEnumerationSource(op) {
  return !!op?.operationId && KEYVAULT.has(op.connector) && KEYVAULT_ENUMERATION_OPS.has(op.operationId.toLowerCase());
}
function normalise(connector) {
  return connector.toLowerCase().split("/").pop().replace(/^shared_/, "");
}
function connectorDisplayName(connector) {
  const known = {
    keyvault: "Azure Key Vault",
    commondataserviceforapps: "Microsoft Dataverse",
    arm: "Azure Resource Manager",
    webcontents: "HTTP with Microsoft Entra ID",
    office365: "Office 365 Outlook",
    sendmail: "Mail",
    teams: "Microsoft Teams",
    sharepointonline: "SharePoint",
    onedriveforbusiness: "OneDrive for Business"
  };
  return Object.prototype.hasOwnProperty.call(known, connector) ? known[connector] : connector;
}

// src/model/node-label.ts
var BUILT_IN_GROUPS = {
  compose: "Data Operation",
  parsejson: "Data Operation",
  select: "Data Operation",
  query: "Data Operation",
  join: "Data Operation",
  table: "Data Operation",
  initializevariable: "Variables",
  setvariable: "Variables",
  appendtoarrayvariable: "Variables",
  appendtostringvariable: "Variables",
  incrementvariable: "Variables",
  decrementvariable: "Variables",
  foreach: "Control",
  until: "Control",
  if: "Control",
  switch: "Control",
  scope: "Control",
  terminate: "Control",
  response: "Request",
  request: "Request",
  workflow: "Flows"
};
function nodeLabel(node) {
  const op = node.operation;
  if (op) {
    const path = withoutQuery(op.path ?? "");
    const operation = op.operationId ?? (`${(op.method ?? "").toUpperCase()} ${path}`.trim() || node.type);
    return { connector: connectorDisplayName(op.connector), operation };
  }
  const type = node.type.toLowerCase();
  if (type === "workflow") return { connector: "Flows", operation: "Run a child flow" };
  if (type === "http" || type === "httpwebhook") {
    const inputs = own(node.raw, "inputs");
    const method = str(own(type === "http" ? inputs : own(inputs, "subscribe"), "method"));
    return { connector: "HTTP", operation: method ? method.toUpperCase() : node.type };
  }
  const group = Object.prototype.hasOwnProperty.call(BUILT_IN_GROUPS, type) ? BUILT_IN_GROUPS[type] : "Built-in";
  return { connector: group, operation: node.type || "action" };
}
function withoutQuery(path) {
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "{" && (depth > 0 || path[i - 1] === "@")) depth++;
    else if (c === "}" && depth > 0) depth--;
    else if ((c === "?" || c === "#") && depth === 0) return path.slice(0, i);
  }
  return path;
}

// src/model/request-hosts.ts
var IDP_HOSTS = /* @__PURE__ */ new Set([
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.microsoftonline.de",
  "login.partner.microsoftonline.cn",
  "login.chinacloudapi.cn",
  "login.windows.net",
  "login.microsoft.com",
  "login.live.com",
  "sts.windows.net",
  "accounts.google.com",
  "oauth2.googleapis.com",
  "www.googleapis.com"
]);
var IDP_SUFFIXES = [".b2clogin.com", ".ciamlogin.com"];
var TOKEN_PATH = /\/token(?:[/?#]|$)/i;
function literalUrl(uri) {
  if (typeof uri !== "string") return null;
  const t = parseValue(uri);
  if (!t || t.whole) return null;
  const shape = t.segments.map((s) => s.kind === "text" ? s.value : "\0").join("");
  const m = /^\s*https?:\/\/([^/?#]*)/i.exec(shape);
  if (!m || m[1].includes("\0")) return null;
  const authority = m[1].slice(m[1].lastIndexOf("@") + 1);
  const host = authority.replace(/:\d*$/, "").replace(/\.$/, "").toLowerCase();
  return host ? { host, path: shape.slice(m[0].length) } : null;
}
function isIdentityProviderTokenRequest(uri) {
  const url = literalUrl(uri);
  if (!url) return false;
  const idp = IDP_HOSTS.has(url.host) || IDP_SUFFIXES.some((s) => url.host.endsWith(s));
  return idp && TOKEN_PATH.test(url.path);
}
function isAllowedHost(uri, allowedHosts) {
  const url = literalUrl(uri);
  if (!url) return false;
  return allowedHosts.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith("*.")) return url.host.endsWith(e.slice(1));
    if (e.startsWith(".")) return url.host.endsWith(e);
    return url.host === e;
  });
}

// src/model/secret-path.ts
function secretPath(flow, via, sink, destination) {
  const names = [...via];
  const out = names.map(
    (name, i) => pathNode(name, flow.byName.get(name) ?? null, i === 0 ? "source" : "hop")
  );
  if (sink) {
    const last = pathNode(sink.name, sink, "sink");
    last.destination = destination ?? destinationOf(sink, last.connector);
    out.push(last);
  } else {
    out.push({
      action: "outputs",
      role: "sink",
      node: null,
      connector: "Workflow",
      operation: "outputs",
      secureInputs: false,
      secureOutputs: false,
      destination: "whoever runs the workflow"
    });
  }
  return out;
}
function pathNode(action, node, role) {
  const label = node ? nodeLabel(node) : { connector: "", operation: "" };
  return {
    action,
    role,
    node,
    connector: label.connector,
    operation: label.operation,
    secureInputs: node?.secure.inputs ?? false,
    secureOutputs: node?.secure.outputs ?? false,
    destination: null
  };
}
function destinationOf(node, connector) {
  const type = node.type.toLowerCase();
  const inputs = own(node.raw, "inputs");
  const uri = type === "httpwebhook" ? own(own(inputs, "subscribe"), "uri") : own(inputs, "uri");
  const url = type === "http" || type === "httpwebhook" ? literalUrl(uri) : null;
  return url ? url.host : connector;
}

// src/rules/fg120-secret-in-run-history.ts
var firstUse = (uses) => [...uses].sort((a, b) => a.hops - b.hops || compareCodeUnits(a.path.join("."), b.path.join(".")))[0];
var fg120 = defineRule({
  meta: {
    id: "FG120",
    name: "secret-in-run-history",
    summary: "Secret-derived data that has passed through a variable or data operation reaches inputs that run history shows.",
    severity: "high",
    scope: "flow",
    messages: {
      exposed: "{{node}} receives secret data from {{source}} through {{via}} in {{path}}{{more}}, and its inputs are not secured: run history shows the value to everyone who can open this flow's runs. Turn on Secure inputs for this action.",
      tracked: "{{node}} tracks secret data from {{source}} in {{path}}{{more}}: tracked properties are written to run history and diagnostics as plain text, whatever the secure inputs/outputs settings say. Do not track secret data."
    }
  },
  check(ctx) {
    const more = (uses) => {
      const paths = new Set(uses.map((u) => u.path.join(".")));
      return paths.size > 1 ? ` (and ${paths.size - 1} more)` : "";
    };
    const sourceOf = (use) => ({ source: ctx.flow.byName.get(use.source) });
    for (const node of ctx.flow.nodes) {
      const tracked = ctx.analysis.trackedUses?.(node) ?? [];
      if (tracked.length > 0) {
        const first2 = firstUse(tracked);
        ctx.report({
          messageId: "tracked",
          node,
          discriminator: "trackedProperties",
          nodes: sourceOf(first2),
          secretPath: secretPath(ctx.flow, first2.via, node, "run history and diagnostics"),
          data: { path: first2.path.join("."), more: more(tracked) }
        });
      }
      const all = ctx.analysis.secretUses(node);
      if (all.length === 0) continue;
      const uses = all.filter((u) => shownInRunHistory(ctx.flow, u));
      if (uses.length === 0) continue;
      const first = firstUse(uses);
      ctx.report({
        messageId: "exposed",
        node,
        nodes: sourceOf(first),
        secretPath: secretPath(ctx.flow, first.via, node, "run history"),
        data: {
          via: first.via.slice(1).map((n) => `"${n}"`).join(" \u2192 "),
          path: first.path.join("."),
          more: more(uses)
        }
      });
    }
  }
});

// src/model/credential-slots.ts
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "proxy-authorization",
  "api-key",
  "apikey",
  "x-api-key",
  "ocp-apim-subscription-key",
  "x-functions-key",
  "x-ms-functions-key",
  "x-auth-token",
  "x-access-token",
  "x-apikey",
  "subscription-key",
  "client-secret",
  "x-client-secret"
]);
function isCredentialHeader(name) {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}
var AUTHENTICATION_SECRET_FIELDS = /* @__PURE__ */ new Set([
  "password",
  "secret",
  "pfx",
  "value",
  "clientsecret"
]);
function isCredentialSlot(path) {
  if (path[0] !== "inputs") return false;
  if (path[1] === "authentication") return true;
  return path[1] === "headers" && typeof path[2] === "string" && isCredentialHeader(path[2]);
}

// src/model/raw-requests.ts
var ENTRA_HTTP = /* @__PURE__ */ new Set(["webcontents", "webcontentsv2"]);
var HTTP_REQUEST_CONNECTORS = /* @__PURE__ */ new Set([
  "sharepointonline",
  "office365",
  "office365users",
  "office365groups",
  "teams",
  "visualstudioteamservices",
  "azuredevops"
]);
function isRawRequest(node) {
  const op = node.operation;
  if (!op) return false;
  if (ENTRA_HTTP.has(op.connector)) return true;
  return HTTP_REQUEST_CONNECTORS.has(op.connector) && (op.operationId ?? "").toLowerCase() === "httprequest";
}
function partOfName(name) {
  const n = name.toLowerCase();
  if (n === "url" || n === "uri") return "url";
  if (n === "headers" || n.startsWith("customheader")) return "headers";
  if (n === "body") return "body";
  if (n === "method") return "method";
  return "other";
}
function requestPartAt(node, path) {
  if (!isRawRequest(node) || path[0] !== "inputs") return null;
  let name;
  let rest;
  if (path[1] === "parameters" && typeof path[2] === "string") {
    const segments = path[2].split("/");
    const h = segments.findIndex((s) => s.toLowerCase() === "headers");
    if (h >= 0 && h < segments.length - 1) return headerPart(segments[h + 1]);
    name = segments[segments.length - 1];
    rest = path.slice(3);
  } else if (path[1] === "body" && node.operation?.shape === "ApiConnection") {
    const body = own(own(node.raw, "inputs"), "body");
    const wrapped = isObject(own(body, "request"));
    rest = path.slice(wrapped && path[2] === "request" ? 3 : 2);
    name = String(rest[0] ?? "");
    rest = rest.slice(1);
  } else return null;
  const part = partOfName(name);
  if (part !== "headers") return { part };
  if (name.toLowerCase().startsWith("customheader")) return customHeader(node, path);
  return typeof rest[0] === "string" ? headerPart(rest[0]) : { part };
}
function headerPart(header) {
  return { part: "headers", header: header.toLowerCase() };
}
function customHeader(node, path) {
  const value = own(own(own(node.raw, "inputs"), "parameters"), String(path[2]));
  const m = typeof value === "string" ? /^\s*([\w-]+)\s*:/.exec(value) : null;
  return m ? headerPart(m[1]) : { part: "headers" };
}
function rawRequestCredentialSlot(node, path) {
  const at = requestPartAt(node, path);
  return at?.header !== void 0 && isCredentialHeader(at.header);
}
function rawRequestUrl(node) {
  const inputs = own(node.raw, "inputs");
  const params = own(inputs, "parameters");
  if (isObject(params)) {
    for (const k of Object.keys(params)) {
      const last = k.split("/").pop().toLowerCase();
      if (last === "url" || last === "uri") return params[k];
    }
  }
  const body = own(inputs, "body");
  const request = isObject(own(body, "request")) ? own(body, "request") : body;
  return own(request, "url") ?? own(request, "uri");
}

// src/model/connector-sinks.ts
function words(operationId) {
  return operationId.split(/(?=[A-Z])|[_\-.\s]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function hasVerb(operationId, verbs) {
  return words(operationId).some((w) => verbs.has(w));
}
var WRITE = /* @__PURE__ */ new Set([
  "create",
  "update",
  "upsert",
  "add",
  "insert",
  "patch",
  "post",
  "put",
  "upload",
  "append",
  "copy",
  "set",
  "execute"
]);
var CONNECTOR_SINKS = /* @__PURE__ */ new Map();
function sinks(kind, verbs, connectors) {
  for (const c of connectors) CONNECTOR_SINKS.set(c, { kind, verbs: new Set(verbs) });
}
sinks(
  "mail",
  ["send", "reply", "forward", "draft", "post", "patch", "create", "update"],
  ["office365", "outlook", "gmail"]
);
sinks("mail", ["send"], ["sendmail", "smtp", "sendgrid", "mailchimp"]);
sinks("mail", ["start", "create"], ["approvals"]);
sinks(
  "chat",
  ["post", "send", "reply", "create", "update", "subscribe"],
  ["teams", "slack", "yammer", "webexteams", "workplace"]
);
sinks("chat", ["send"], ["twilio", "flowpush", "telegrambot", "textrequest"]);
sinks("file", WRITE, [
  "onedriveforbusiness",
  "onedrive",
  "dropbox",
  "box",
  "googledrive",
  "azureblob",
  "azurefile",
  "ftp",
  "sftp",
  "sftpwithssh",
  "filesystem"
]);
sinks("row", WRITE, [
  "commondataserviceforapps",
  "commondataservice",
  "dynamicscrmonline",
  "excelonlinebusiness",
  "excelonline",
  "sql",
  "azuretables",
  "documentdb",
  "azurecosmosdb",
  "googlesheet",
  "googlesheets",
  "smartsheet",
  "salesforce",
  "planner",
  "todo",
  "visualstudioteamservices",
  "azuredevops",
  "github",
  "jira",
  "servicenow",
  "trello",
  "asana"
]);
sinks(
  "connector",
  ["send", "put", "publish", "post"],
  ["servicebus", "eventhub", "eventhubs", "azurequeues", "azureeventgridpublish"]
);
var SHAREPOINT = "sharepointonline";
var SHAREPOINT_FILE = /file|folder|attachment/i;
var GRAPH_MAIL = /\/sendmail\b|\/(?:reply|replyall|forward|createreply|createreplyall|createforward)\b|\/messages\/[^/?]+\/send\b/i;
var GRAPH_CHAT = /\/chats\/[^?]*\/messages\b|\/channels\/[^?]*\/messages\b/i;
function rawRequestSink(node, path, allowedHosts) {
  const at = requestPartAt(node, path);
  if (!at) return void 0;
  const url = rawRequestUrl(node);
  if (isIdentityProviderTokenRequest(url) || isAllowedHost(url, allowedHosts)) return null;
  switch (at.part) {
    case "url":
      return "http-uri";
    case "headers":
      return "http-header";
    case "body": {
      const text = typeof url === "string" ? url : "";
      if (GRAPH_MAIL.test(text)) return "mail";
      return GRAPH_CHAT.test(text) ? "chat" : "http-body";
    }
    default:
      return null;
  }
}
var DATAVERSE2 = /* @__PURE__ */ new Set(["commondataserviceforapps", "commondataservice"]);
var DATAVERSE_ACTIONS = /* @__PURE__ */ new Set(["performunboundaction", "performboundaction"]);
function connectorSink(node, path, allowedHosts) {
  const op = node.operation;
  if (!op) return null;
  const raw = rawRequestSink(node, path, allowedHosts);
  if (raw !== void 0) return raw;
  const part = path[1];
  if (op.shape === "ApiConnection") {
    if (part !== "body" && part !== "path" && part !== "queries") return null;
    if (!["post", "put", "patch"].includes(op.method ?? "")) return null;
    if (op.connector === SHAREPOINT) return SHAREPOINT_FILE.test(op.path ?? "") ? "file" : "row";
    return CONNECTOR_SINKS.get(op.connector)?.kind ?? null;
  }
  if (part !== "parameters" || !op.operationId) return null;
  const id = op.operationId;
  if (op.connector === SHAREPOINT) {
    return hasVerb(id, WRITE) ? SHAREPOINT_FILE.test(id) ? "file" : "row" : null;
  }
  if (DATAVERSE2.has(op.connector) && DATAVERSE_ACTIONS.has(id.toLowerCase())) {
    return path[2] === "actionName" ? null : "connector";
  }
  const sink = CONNECTOR_SINKS.get(op.connector);
  return sink && hasVerb(id, sink.verbs) ? sink.kind : null;
}

// src/model/sinks.ts
var REQUEST_TYPES = /* @__PURE__ */ new Set([
  "http",
  "httpwebhook",
  "function",
  "apimanagement",
  "openapiconnection",
  "openapiconnectionwebhook",
  "apiconnection",
  "apiconnectionwebhook",
  "serviceprovider"
]);
function requestPath(node, path) {
  const sub = path[1];
  return node.type.toLowerCase() === "httpwebhook" && (sub === "subscribe" || sub === "unsubscribe") ? ["inputs", ...path.slice(2)] : path;
}
function credentialSlot(node, path) {
  if (!REQUEST_TYPES.has(node.type.toLowerCase())) return false;
  return isCredentialSlot(requestPath(node, path)) || rawRequestCredentialSlot(node, path);
}
function httpSink(node, path, allowedHosts) {
  const p = requestPath(node, path);
  const inputs = own(node.raw, "inputs");
  const request = node.type.toLowerCase() === "httpwebhook" ? own(inputs, String(path[1])) : inputs;
  const uri = own(request, "uri");
  if (isIdentityProviderTokenRequest(uri) || isAllowedHost(uri, allowedHosts)) return null;
  switch (p[1]) {
    case "uri":
      return "http-uri";
    case "queries":
      return "http-query";
    case "headers":
    case "cookie":
      return "http-header";
    case "body":
      return "http-body";
    default:
      return null;
  }
}
function codeCallSink(type, path) {
  switch (path[1]) {
    case "body":
      return "http-body";
    case "queries":
      return "http-query";
    case "headers":
      return "http-header";
    case "pathTemplate":
      return type === "apimanagement" ? "http-uri" : null;
    default:
      return null;
  }
}
function sinkOf(node, path, allowedHosts = []) {
  if (path[0] !== "inputs" || credentialSlot(node, path)) return null;
  const type = node.type.toLowerCase();
  if (type === "http" || type === "httpwebhook") return httpSink(node, path, allowedHosts);
  if (type === "function" || type === "apimanagement") return codeCallSink(type, path);
  if (type === "response") return "response";
  if (type === "terminate") return path[1] === "runError" ? "terminate" : null;
  if (type === "workflow") return path[1] === "host" ? null : "child-flow";
  return connectorSink(node, path, allowedHosts);
}
function sinkKey(path) {
  const rest = path[0] === "inputs" ? path.slice(1) : path;
  const first = String(rest[0] ?? "");
  if (first === "uri" || first === "body" || first === "runError") return first;
  if (first === "subscribe" || first === "unsubscribe") return rest.slice(0, 3).join(".");
  return rest.slice(0, 2).join(".");
}

// src/rules/fg121-secret-exfiltration.ts
var fg121 = defineRule({
  meta: {
    id: "FG121",
    name: "secret-exfiltration",
    summary: "Secret-derived data is sent out of the flow: HTTP request data, mail, chat, file or row writes, responses, child flows, outputs.",
    severity: "critical",
    scope: "flow",
    supersedes: ["FG120"],
    messages: {
      sent: "{{node}} sends secret data from {{source}} out of the flow in {{sink}} ({{kind}}). Whoever receives it holds the secret; send the secret only as a credential (authentication or Authorization header), or not at all.",
      output: "The workflow output {{sink}} returns secret data from {{source}} to whoever runs the workflow. Do not return secrets as outputs."
    }
  },
  check(ctx) {
    const sourceNode = (source2) => ({ source: ctx.flow.byName.get(source2) });
    for (const node of ctx.flow.nodes) {
      const uses = ctx.analysis.secretUses(node);
      if (uses.length === 0) continue;
      const bySink = /* @__PURE__ */ new Map();
      for (const use of uses) {
        if (use.slot !== "data" || use.sink === null) continue;
        const key = sinkKey(use.path);
        const seen = bySink.get(key);
        if (!seen || use.hops < seen.hops) bySink.set(key, use);
      }
      for (const [key, use] of [...bySink].sort(([a], [b]) => compareCodeUnits(a, b))) {
        ctx.report({
          messageId: "sent",
          node,
          discriminator: key,
          nodes: sourceNode(use.source),
          secretPath: secretPath(ctx.flow, use.via, node),
          data: { sink: key, kind: use.sink }
        });
      }
    }
    const outputs = /* @__PURE__ */ new Map();
    for (const use of ctx.analysis.outputUses?.() ?? [])
      if (!outputs.has(sinkKey(use.path))) outputs.set(sinkKey(use.path), use);
    for (const [key, use] of outputs) {
      ctx.report({
        messageId: "output",
        subject: "outputs",
        path: [...ctx.flow.definitionPath, ...use.path.slice(0, 2)],
        discriminator: key,
        nodes: sourceNode(use.source),
        secretPath: secretPath(ctx.flow, use.via, null),
        data: { sink: key }
      });
    }
  }
});

// src/rules/fg130-anonymous-http-trigger.ts
var URL_KINDS = /* @__PURE__ */ new Set(["http", "teamswebhook", ""]);
var fg130 = defineRule({
  meta: {
    id: "FG130",
    name: "anonymous-http-trigger",
    summary: "A Request trigger that anyone who has its URL can call.",
    severity: "high",
    scope: "flow",
    messages: {
      anyone: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: "Who can trigger the flow" is Anyone (triggerAuthenticationType All). The URL is the only key, and URLs leak through logs, browser history and chat.',
      legacy: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: it has no triggerAuthenticationType, which the platform treats as Anyone (flows saved before "Who can trigger the flow" existed). The URL is the only key, and URLs leak through logs, browser history and chat.',
      logicApps: 'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: the workflow restricts neither caller IP ranges nor callers (accessControl.triggers), so the SAS signature in the URL is the only key.'
    }
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      const access = node.triggerAccess;
      if (!access) continue;
      const kind = node.typeKind ?? "";
      if (!URL_KINDS.has(kind.toLowerCase())) continue;
      const data = { trigger: node.name, kind: kind || "(none)" };
      if (access.platform === "logic-apps") {
        if (!access.restricted) ctx.report({ messageId: "logicApps", node, data });
      } else if (access.anyone) {
        ctx.report({ messageId: access.anyone === "all" ? "anyone" : "legacy", node, data });
      }
    }
  }
});

// src/model/connection-identity.ts
function connectionIdentities(container, definition, declared = []) {
  const out = /* @__PURE__ */ new Map();
  const put = (key, kind, value) => {
    if (!out.has(key) && value) out.set(key, `${kind}:${value.toLowerCase()}`);
  };
  const refs = own(container, "connectionReferences");
  if (isObject(refs)) {
    for (const key of Object.keys(refs)) {
      const ref = refs[key];
      const conn = own(ref, "connection");
      put(key, "ref", str(own(conn, "connectionReferenceLogicalName")));
      put(key, "conn", str(own(conn, "name")) ?? str(own(ref, "connectionName")) ?? str(own(conn, "id")));
    }
  }
  const values = [
    own(own(own(container, "parameters"), "$connections"), "value"),
    own(own(own(definition, "parameters"), "$connections"), "defaultValue")
  ];
  for (const value of values) {
    if (!isObject(value)) continue;
    for (const key of Object.keys(value)) {
      const c = value[key];
      put(key, "conn", str(own(c, "connectionId")) ?? str(own(c, "connectionName")) ?? str(own(c, "id")));
    }
  }
  for (const d of declared) put(d.logicalName, "conn", d.connectionId);
  return out;
}
function identityOf(identities, key) {
  return identities?.get(key) ?? `key:${key.toLowerCase()}`;
}

// src/rules/fg140-privileged-connection-change.ts
var PRIVILEGED_CONNECTORS = /* @__PURE__ */ new Set([
  "keyvault",
  "arm",
  "webcontents",
  "webcontentsv2",
  "powerplatformforadmins",
  "powerplatformadminv2",
  "powerappsforadmins",
  "microsoftflowforadmins",
  "flowmanagement",
  "azuread",
  "azureautomation"
]);
var fg140 = defineRule({
  meta: {
    id: "FG140",
    name: "privileged-connection-change",
    summary: "A privileged connection changes hands: embedded instead of invoker, another reference, or a new one.",
    severity: "high",
    scope: "change",
    messages: {
      embedded: `Connection reference "{{key}}" ({{connector}}) switched from the invoker's connection to the embedded one: every run now uses the owner's {{connector}} access, whoever triggers it.`,
      moved: '{{node}} now uses connection reference "{{to}}" instead of "{{from}}": check whose {{connector}} connection that is.',
      added: 'The flow gains connection reference "{{key}}" to the privileged connector {{connector}}: check who owns that connection and what the flow does with it.'
    }
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const privileged = (c) => PRIVILEGED_CONNECTORS.has(c) || ctx.options.privilegedConnectors.includes(c);
    const headId = (key) => identityOf(ctx.flow.connectionIdentities, key);
    const baseId = (key) => identityOf(base.connectionIdentities, key);
    const baseRefs = new Map([...base.connectionReferences.values()].map((r) => [baseId(r.key), r]));
    for (const ref of ctx.flow.connectionReferences.values()) {
      if (!privileged(ref.connector)) continue;
      const before = baseRefs.get(headId(ref.key));
      const data = { key: ref.key, connector: connectorDisplayName(ref.connector) };
      if (!before) {
        const hadConnector = [...base.connectionReferences.values()].some(
          (r) => r.connector === ref.connector
        );
        if (!hadConnector)
          ctx.report({
            messageId: "added",
            data,
            subject: `ref:${ref.key}`,
            path: ref.path,
            severity: "medium",
            discriminator: "added"
          });
      } else if (before.runtimeSource?.toLowerCase() === "invoker" && ref.runtimeSource?.toLowerCase() !== "invoker") {
        ctx.report({
          messageId: "embedded",
          data,
          subject: `ref:${ref.key}`,
          path: ref.path,
          severity: "high",
          discriminator: "embedded"
        });
      }
    }
    for (const node of ctx.flow.nodes) {
      const op = node.operation;
      const before = ctx.baseNodeOf(node)?.operation;
      if (!op || !before || !privileged(op.connector)) continue;
      if (!op.connectionKey || !before.connectionKey) continue;
      if (headId(op.connectionKey) === baseId(before.connectionKey)) continue;
      const sensitive = !!node.secretSource || node.enumerationSource;
      const named = (key, id) => id.startsWith("key:") ? key : `${key}" \u2192 "${id.slice(id.indexOf(":") + 1)}`;
      ctx.report({
        messageId: "moved",
        data: {
          from: named(before.connectionKey, baseId(before.connectionKey)),
          to: named(op.connectionKey, headId(op.connectionKey)),
          connector: connectorDisplayName(op.connector)
        },
        node,
        severity: sensitive ? "high" : "medium",
        discriminator: `moved:${op.connectionKey}`
      });
    }
  }
});

// src/rules/fg141-connector-policy-violation.ts
var import_micromatch = __toESM(require_micromatch(), 1);
var fg141 = defineRule({
  meta: {
    id: "FG141",
    name: "connector-policy-violation",
    summary: "A flow outside the paths a connector policy allows uses that connector.",
    severity: "high",
    scope: "flow",
    messages: {
      action: '{{node}} in flow "{{flow}}" uses {{connector}}, which the connector policy allows only in {{allow}} ({{reason}}).',
      reference: 'Flow "{{flow}}" declares connection reference "{{key}}" to {{connector}} without using it; the connector policy allows {{connector}} only in {{allow}} ({{reason}}). Remove the reference, or move the flow.',
      movedAction: '{{node}} in flow "{{flow}}" uses {{connector}}, which the connector policy allows only in {{allow}} ({{reason}}). This change moves the flow there from {{from}}: the new place counts once the move is in the base branch.',
      movedReference: 'Flow "{{flow}}" declares connection reference "{{key}}" to {{connector}} without using it; the connector policy allows {{connector}} only in {{allow}} ({{reason}}). This change moves the flow there from {{from}}: the new place counts once the move is in the base branch.'
    }
  },
  check(ctx) {
    const policies = ctx.options.connectorPolicies ?? [];
    if (policies.length === 0) return;
    const { flow } = ctx;
    const from = ctx.base && ctx.base.pathKey !== flow.pathKey ? ctx.base.source.file : null;
    for (const policy of policies) {
      const here = allowed(flow.source.file, policy);
      if (here && (from === null || allowed(from, policy))) continue;
      const moved = here && from !== null;
      const data = {
        flow: flow.name,
        connector: connectorDisplayName(policy.connector),
        allow: policy.allow.length ? policy.allow.join(", ") : "(nowhere)",
        reason: policy.reason,
        ...moved ? { from } : {}
      };
      const users = flow.nodes.filter((n) => usesConnector(n, policy.connector));
      for (const node of users)
        ctx.report({
          messageId: moved ? "movedAction" : "action",
          node,
          data,
          discriminator: policy.connector
        });
      if (users.length > 0) continue;
      for (const ref of flow.connectionReferences.values()) {
        if (ref.connector !== policy.connector) continue;
        ctx.report({
          messageId: moved ? "movedReference" : "reference",
          data: { ...data, key: ref.key },
          subject: `ref:${ref.key}`,
          path: ref.path,
          severity: "medium",
          discriminator: policy.connector
        });
      }
    }
  }
});
function allowed(file, policy) {
  return policy.allow.some((glob) => import_micromatch.default.isMatch(file, glob, { dot: true }));
}
function usesConnector(node, connector) {
  if (node.operation) return node.operation.connector === connector;
  if (connector !== "keyvault") return false;
  return node.type.toLowerCase() === "http" && (!!node.secretSource || node.enumerationSource);
}

// src/rules/fg150-hardcoded-credential.ts
var fg150 = defineRule({
  meta: {
    id: "FG150",
    name: "hardcoded-credential",
    summary: "A literal credential written into the flow definition.",
    severity: "critical",
    scope: "flow",
    messages: {
      inAction: "{{node}} has a literal credential in {{where}} ({{value}}): anyone who can open or export the flow (co-owners, solution exports, source control) can read and use it.",
      secureParameter: 'Secure parameter "{{parameter}}" has a literal default value ({{value}}): secure parameters hide values in run history, but a default is stored in clear text in the definition and every export of it.',
      inParameter: 'Parameter "{{parameter}}" holds a literal credential in {{where}} ({{value}}): it is stored in clear text in the definition and travels with every export of it (solution files, source control).',
      inDefinition: "The flow definition ({{subject}}) holds a literal credential in {{where}} ({{value}}): anyone who can open or export the flow can read and use it."
    },
    sensitive: ["value"]
  },
  check(ctx) {
    const { flow } = ctx;
    for (const c of ctx.analysis.credentialLiterals()) {
      const { subject, discriminator, where, value } = c;
      const parameter = subject.startsWith("parameter:") ? subject.slice("parameter:".length) : null;
      if (c.kind === "secure-parameter-default") {
        const path = flow.parameters.get(parameter)?.path;
        ctx.report({
          messageId: "secureParameter",
          subject,
          path,
          discriminator,
          data: { parameter, value }
        });
      } else if (c.owner) {
        ctx.report({ messageId: "inAction", node: c.owner, discriminator, data: { where, value } });
      } else if (parameter !== null) {
        const path = flow.parameters.get(parameter)?.path;
        const data = { parameter, where, value };
        ctx.report({ messageId: "inParameter", path, data, subject, discriminator });
      } else {
        const path = [...flow.definitionPath, subject];
        ctx.report({
          messageId: "inDefinition",
          path,
          data: { subject, where, value },
          subject,
          discriminator
        });
      }
    }
  }
});

// src/rules/index.ts
var RULES = [
  fg001,
  fg101,
  fg102,
  fg103,
  fg110,
  fg111,
  fg112,
  fg120,
  fg121,
  fg130,
  fg140,
  fg141,
  fg150
];
function ruleById(id) {
  return RULES.find((r) => r.meta.id === id);
}

export {
  fg001,
  longestExpression,
  own,
  isObject,
  entries,
  str,
  ownCI,
  forEachString,
  dataFlowOf,
  literalString,
  classifySecretSource,
  isEnumerationSource,
  nodeLabel,
  isCredentialHeader,
  AUTHENTICATION_SECRET_FIELDS,
  credentialSlot,
  sinkOf,
  connectionIdentities,
  identityOf,
  require_micromatch,
  RULES,
  ruleById
};
