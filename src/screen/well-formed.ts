// A lone UTF-16 surrogate (from a JSON escape such as "\ud800") is not text: it cannot be
// encoded to UTF-8 for a message, and breaks logs and databases downstream.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** True when a string is valid Unicode text (no lone surrogate), as `String.prototype.isWellFormed` says where it exists. */
export function wellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s)
}
