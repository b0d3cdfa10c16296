import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from './cli-text';

const USAGE: Record<Lang, string> = {
  zh: `用法：budget-check <文件.xlsx|文件夹>... [选项]

检查部门整体支出绩效自评工作簿中的数字：识别 基本情况、收支总表、项目支出 等表格，
按规则库中的公式逐项核对，列出不一致之处。从不改写输入文件。

选项：
  --json                 以 JSON 输出（多个文件时为 {"files": [...]}）
  --out <副本.xlsx>      另存一份批注副本：有错误/警告的行标色，并在首个单元格加批注
  --tolerance <万元>     舍入容差，默认 0.005 万元
  --rules <规则库.json>  使用自定义规则库
  --profile <方案>       共性指标评分方案：national（全国，不计分，默认）、hunan（湖南），或规则库中的方案
  --lang zh|en           输出语言，默认 zh
  --draft <报告.docx|.md|.txt>  按核对结果生成自评报告草稿
  --indicators-sheet     与 --out 同用：在副本中新增“共性指标”工作表（文本）
  --force                允许覆盖已存在的 --out / --draft 文件（默认拒绝覆盖）
  -j, --jobs <N>         多个工作簿时同时检查 N 个（不超过 CPU 核心数），默认每个核心一个
  -h, --help             显示本帮助
  -v, --version          显示版本

退出码：0 未发现错误；1 发现错误；2 输入无法使用（文件、参数或规则库有问题）；
        3 批量检查时既发现错误、又有工作簿无法检查。
文件夹：逐个检查其中的 .xlsx 文件，每个工作簿一行小结，最后给出合计。
`,
  en: `Usage: budget-check <file.xlsx|folder>... [options]

Checks the figures of a departmental expenditure performance self-evaluation workbook: finds the
基本情况, 收支总表 and 项目支出 tables, checks each figure against the rulebook's formulas and lists
what does not match. The input file is never written.

Options:
  --json                 print JSON (several files: {"files": [...]})
  --out <copy.xlsx>      write an annotated copy: rows with errors/warnings filled, a note on the first cell
  --tolerance <万元>     rounding tolerance, default 0.005 万元
  --rules <rulebook.json>  use a custom rulebook
  --profile <id>         scoring profile of the common indicators: national (default, not scored), hunan, or one in the rulebook
  --lang zh|en           output language, default zh
  --draft <report.docx|.md|.txt>  write a draft self-evaluation report from the results
  --indicators-sheet     with --out: add the indicator table to the copy as a new sheet (text)
  --force                replace an existing --out / --draft file (refused by default)
  -j, --jobs <N>         several workbooks: check N at once (at most one per CPU core), default one per core
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors; 1 errors found; 2 input unusable (file, arguments or rulebook);
            3 a batch in which errors were found and some workbooks could not be checked.
Folders: every .xlsx inside is checked, one summary line per workbook, then the totals.
`,
};

export function usage(lang: Lang): string {
  return USAGE[lang];
}

/** The package version, from the package.json above this file (src/cli or dist/node/cli). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'budget-check' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep looking upwards
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
