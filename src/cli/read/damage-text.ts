/** What is damaged in a file, in both languages, for the `corrupt` and `bad-cell` messages. */
import { ZipDamage } from './zip-archive';

const ZH: Readonly<Record<string, string>> = {
  'inflates past its declared size': '解压后超出其声明的大小',
  'cannot be inflated': '无法解压',
  'is cut short': '不完整（文件被截断）',
  'has no local header': '缺少数据头',
  'is encrypted': '被加密',
  'is missing from the file': '在文件中缺失',
  'the zip directory is missing (the file is cut short)': '压缩包目录缺失（文件被截断）',
  'the zip directory points past the end of the file': '压缩包目录指向文件末尾之外（文件被截断）',
  'the zip directory is damaged': '压缩包目录已损坏',
  'the ZIP64 directory record is damaged': 'ZIP64 目录记录已损坏',
  'a ZIP64 entry is damaged': 'ZIP64 条目已损坏',
  'a zip size is out of range': '压缩包中的大小超出范围',
  'the compound file directory': '复合文档目录无法读取',
};

export interface DamageReason {
  readonly reason: string;
  readonly reasonZh: string;
}

export function damageReason(error: ZipDamage): DamageReason {
  const method = /^uses compression method (\d+)$/.exec(error.what);
  const zh = method ? `使用了不支持的压缩方法 ${method[1]}` : (ZH[error.what] ?? error.what);
  return error.part ? { reason: `part ${error.part} ${error.what}`, reasonZh: `部件 ${error.part} ${zh}` } : { reason: error.what, reasonZh: zh };
}

/** A reason that is only known in English (from a library): shown as is in both languages. */
export function plainReason(reason: string): DamageReason {
  return { reason, reasonZh: reason };
}
