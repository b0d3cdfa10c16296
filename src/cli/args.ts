import { parseArgs } from 'node:util';
import type { Lang } from './cli-text';
import { UsageError } from './input-error';

export interface CliOptions {
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  /** In 万元. */
  readonly tolerance?: number;
  readonly rules?: string;
  /** The indicators' scoring profile id (default: the rulebook's). */
  readonly profile?: string;
  readonly lang: Lang;
  readonly draft?: string;
  /** With --out: the indicator table on a new sheet of the copy. */
  readonly indicatorsSheet: boolean;
  /** Replace an existing --out / --draft file. */
  readonly force: boolean;
  /** Workbooks checked at once in a batch (default: one per core). */
  readonly jobs?: number;
  readonly help: boolean;
  readonly version: boolean;
}

/** The language to complain in before --lang itself is parsed (a usage error may come first). */
export function langHint(argv: readonly string[]): Lang {
  const i = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (i < 0) return 'zh';
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

/** Parses the command line; a wrong one throws a UsageError saying what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string', short: 'o' },
        tolerance: { type: 'string' },
        rules: { type: 'string' },
        profile: { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        draft: { type: 'string' },
        'indicators-sheet': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw usageErrorFrom(error as NodeJS.ErrnoException);
  }
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('bad-lang', { value: String(lang) });
  const options: CliOptions = {
    inputs: positionals,
    json: values.json ?? false,
    out: values.out,
    tolerance: values.tolerance === undefined ? undefined : parseTolerance(values.tolerance),
    rules: values.rules,
    profile: values.profile,
    lang,
    draft: values.draft,
    indicatorsSheet: values['indicators-sheet'] ?? false,
    force: values.force ?? false,
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;
  if (options.inputs.length === 0) throw new UsageError('no-input');
  if (options.out !== undefined && !/\.xls[xm]$/i.test(options.out)) throw new UsageError('out-not-xlsx');
  if (options.indicatorsSheet && options.out === undefined) throw new UsageError('indicators-sheet-needs-out');
  if (options.draft !== undefined && !/\.(docx|md|markdown|txt)$/i.test(options.draft)) throw new UsageError('draft-not-format');
  return options;
}

/** Node's parseArgs errors, said in the user's language: which option, and what is wrong with it. */
function usageErrorFrom(error: NodeJS.ErrnoException): UsageError {
  // "Option '-o, --out <value>' argument missing": name the long form when there is one
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknown-option', { option });
  if (/argument missing/.test(error.message)) return new UsageError('option-needs-value', { option });
  if (/does not take an argument/.test(error.message)) return new UsageError('option-takes-no-value', { option });
  return new UsageError('unknown-option', { option: option || error.message });
}

/** The core's bound (core/rulebook/tolerance-bounds.ts), not imported: --help and --version load no core. */
const MAX_TOLERANCE_WAN = 1;

function parseTolerance(text: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > MAX_TOLERANCE_WAN) throw new UsageError('bad-tolerance', { value: text });
  return value;
}

function parseJobs(text: string): number {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 1) throw new UsageError('bad-jobs', { value: text });
  return value;
}
