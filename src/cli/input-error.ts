import { say, type Lang, type TextId } from './cli-text';
import { terminalText } from './terminal-text';

/**
 * An input the CLI cannot use (exit code 2). Carries a text id rather than a sentence so the
 * message follows --lang; `where` names the sheet and cell when the problem has a place.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly textId: TextId,
    readonly data: Readonly<Record<string, string | number>> = {},
    readonly where?: string,
    /** The fault behind an input that could not be read, for BUDGET_CHECK_DEBUG. */
    override readonly cause?: unknown,
  ) {
    super(`${file}: ${say('en', textId, data)}`);
    this.name = 'InputError';
  }
}

/** A wrong command line (exit code 2). */
export class UsageError extends Error {
  constructor(
    readonly textId: TextId,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(say('en', textId, data));
    this.name = 'UsageError';
  }
}

/** The one line shown on stderr for an input problem: `file sheet!cell: what is wrong`. */
export function describeInputError(error: InputError, lang: Lang): string {
  const place = error.where ? ` ${terminalText(error.where)}` : '';
  return `${terminalText(error.file)}${place}: ${say(lang, error.textId, error.data)}`;
}

/** What is wrong, and where in the file (`sheet!cell: …`), without the file name. */
export function inputErrorReason(error: InputError, lang: Lang): string {
  const place = error.where ? `${terminalText(error.where)}: ` : '';
  return `${place}${say(lang, error.textId, error.data)}`;
}

export function describeUsageError(error: UsageError, lang: Lang): string {
  return say(lang, 'usage-error', { reason: say(lang, error.textId, error.data) });
}

/** The first line of an unexpected error's message, never its stack. */
export function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] || 'unknown').trim().slice(0, 200);
}
