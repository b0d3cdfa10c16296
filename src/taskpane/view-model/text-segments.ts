/**
 * Sheet and message text cut into what the pane draws differently:
 * - figures with their unit (`1964.41万元`, `0.01 万元`, `63.06%`), drawn unbreakable with tabular digits,
 *   so a narrow pane never splits `12,345,678.` from `91 万元`;
 * - bidirectional control characters, drawn visibly as `⟨U+202E⟩`: hidden, they reverse what
 *   follows (a project name that reads backwards) and no one can see why.
 */
export type TextSegment =
  | { readonly kind: 'plain'; readonly text: string }
  | { readonly kind: 'figure'; readonly text: string }
  | { readonly kind: 'bidi'; readonly text: string; readonly code: string };

/** U+061C, U+200E/200F, U+202A–202E, U+2066–2069. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const PIECES = /([\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069])|(-?\d[\d,]*(?:\.\d+)?(?:[ \u00A0]?(?:万元|元|%|分|pts\b|yuan\b))?)/gu;

/** How a bidi control is shown: `⟨U+202E⟩`. */
export function bidiLabel(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

export function textSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(PIECES)) {
    const start = match.index;
    if (start > at) segments.push({ kind: 'plain', text: text.slice(at, start) });
    if (match[1]) segments.push({ kind: 'bidi', text: match[1], code: bidiLabel(match[1]) });
    else segments.push({ kind: 'figure', text: match[2] });
    at = start + match[0].length;
  }
  if (at < text.length) segments.push({ kind: 'plain', text: text.slice(at) });
  return segments;
}

/** The text with every bidi control replaced by its visible label (for accessible names and titles). */
export function withVisibleBidi(text: string): string {
  return text.replace(new RegExp(BIDI_CONTROLS.source, 'gu'), bidiLabel);
}

/**
 * How a text begins, for a short accessible name (“编辑第3段：一、部门基本情况…”): whitespace
 * folded, cut after `length` characters (never inside a surrogate pair), bidi controls made visible.
 */
export function textExcerpt(text: string, length = 16): string {
  const characters = Array.from(text.replace(/\s+/gu, ' ').trim());
  const cut = characters.length > length ? `${characters.slice(0, length).join('')}…` : characters.join('');
  return withVisibleBidi(cut);
}
