/**
 * The organisation rulebook: a JSON file the IT department hosts beside the add-in (or at the
 * RULEBOOK_URL set at build time). Fetched for each check, so a replaced file is used at once;
 * every way it can fail is named, so the pane can say what is wrong and use the bundled rules.
 */
import type { Rulebook } from '../../core/rulebook/rulebook-types';
import type { LocalizedText } from '../../core/rules/types';
import type { RulebookParse } from '../pane-core';

export type OrganisationRulebookLoad =
  | { readonly kind: 'loaded'; readonly url: string; readonly rulebook: Rulebook }
  /** No answer: the host is down or unknown, the request was refused (CORS, CSP), or it timed out. */
  | { readonly kind: 'unreachable'; readonly url: string; readonly detail: string }
  /** The server answered with an error status (404: there is no such file). */
  | { readonly kind: 'http-status'; readonly url: string; readonly status: number }
  /** The file is there but is not a usable rulebook: every problem, in both languages. */
  | { readonly kind: 'invalid'; readonly url: string; readonly problems: readonly LocalizedText[] };

export type OrganisationRulebookFailure = Exclude<OrganisationRulebookLoad, { kind: 'loaded' }>;

/** The part of `fetch` used here, so tests can stand in for the network. */
export type FetchText = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'> & Partial<Pick<Response, 'body'>>>;

/** A rulebook is a few kilobytes: a larger answer is not one, and is not read past this. */
export const MAX_ORGANISATION_RULEBOOK_BYTES = 1024 * 1024;

const TOO_LARGE: readonly LocalizedText[] = [
  {
    zh: `文件超过 ${MAX_ORGANISATION_RULEBOOK_BYTES / 1024 / 1024} MB，不是规则库，未读取`,
    en: `the file is larger than ${MAX_ORGANISATION_RULEBOOK_BYTES / 1024 / 1024} MB: not a rulebook, not read`,
  },
];

/** The body as text, or null once it passes the cap (the rest is never downloaded). */
async function cappedText(response: Awaited<ReturnType<FetchText>>): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return text.length > MAX_ORGANISATION_RULEBOOK_BYTES ? null : text;
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.byteLength;
    if (bytes > MAX_ORGANISATION_RULEBOOK_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(part.value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

/** A rulebook is a few kilobytes on an intranet host; a minute without an answer is a dead host. */
export const ORGANISATION_RULEBOOK_TIMEOUT_MS = 20_000;

export async function fetchOrganisationRulebook(
  url: string,
  parse: (json: string) => RulebookParse,
  fetchText: FetchText = (target, init) => fetch(target, init),
): Promise<OrganisationRulebookLoad> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ORGANISATION_RULEBOOK_TIMEOUT_MS);
  try {
    // no-cache: the browser revalidates, so a rulebook replaced on the host is used at the next check.
    const response = await fetchText(url, { cache: 'no-cache', credentials: 'same-origin', signal: abort.signal });
    if (!response.ok) return { kind: 'http-status', url, status: response.status };
    const text = await cappedText(response);
    if (text === null) return { kind: 'invalid', url, problems: TOO_LARGE };
    const parsed = parse(text);
    return 'rulebook' in parsed ? { kind: 'loaded', url, rulebook: parsed.rulebook } : { kind: 'invalid', url, problems: parsed.problems };
  } catch (error) {
    const detail = abort.signal.aborted ? 'timeout' : error instanceof Error ? error.message : String(error);
    return { kind: 'unreachable', url, detail };
  } finally {
    clearTimeout(timer);
  }
}
