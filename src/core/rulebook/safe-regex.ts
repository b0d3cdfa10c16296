/**
 * Regular expressions a rulebook supplies run under RE2 (re2js, a pure-JS port that runs in the pane
 * too): matching time is linear in the text, so a pattern such as `(a+)+$` cannot hang a check the
 * way a backtracking engine does. Patterns are compiled when the rulebook is loaded; one that does
 * not compile is a load error naming it.
 */
import { RE2JS } from 're2js';

export interface SafeRegex {
  test(text: string): boolean;
}

/** Why a pattern is refused (RE2 has no look-around or back-references), or null when it compiles. */
export function regexProblem(pattern: string): string | null {
  try {
    RE2JS.compile(pattern);
    return null;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
  }
}

const compiled = new Map<string, SafeRegex>();

/**
 * The pattern compiled under RE2 (cached). RE2's `\s` is ASCII whitespace only: the text's other
 * whitespace (U+3000, no-break space) is read as a space first, so `\s` matches what it matches in
 * JavaScript. Throws on a pattern that does not compile (the loader refuses those first).
 *
 * `ownDefault` is the rule's bundled pattern: written for linear matching by a backtracking engine
 * too (no nested or overlapping repeats), it runs as a native RegExp, several times faster than RE2
 * in JavaScript over a 100k-row sheet's texts. Any other pattern — a rulebook's — runs under RE2.
 */
export function safeRegex(pattern: string, ownDefault?: string): SafeRegex {
  if (pattern === ownDefault) {
    const native = new RegExp(pattern);
    return { test: (text) => native.test(text) };
  }
  let regex = compiled.get(pattern);
  if (!regex) {
    const re2 = RE2JS.compile(pattern);
    regex = { test: (text) => re2.matcher(text.replace(/\s/g, ' ')).find() };
    if (compiled.size > 100) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
}
