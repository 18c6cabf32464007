// A right-to-left name (Arabic, Hebrew …) in a Swedish or English sentence: without isolation the
// bidi algorithm can pull the punctuation and words next to it into its run ("Dear ‏محمد,"
// shows the comma on the wrong side). Isolated, it is laid out on its own and the sentence
// around it keeps its order. Left-to-right names need nothing, and stay exactly as written.

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}]/u

/** Whether a name holds right-to-left letters. */
export function isRightToLeft(name: string): boolean {
  return RIGHT_TO_LEFT.test(name)
}

/** The name for plain text: a right-to-left one between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export function isolateText(name: string): string {
  return isRightToLeft(name) ? `\u2068${name}\u2069` : name
}

/** A right-to-left name, already escaped, isolated for HTML. */
export function isolateHtml(escapedName: string): string {
  return `<bdi>${escapedName}</bdi>`
}
