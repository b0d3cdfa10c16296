import type { ProjectField } from './model';

/** The columns without which a header is no project table. */
export const REQUIRED_PROJECT_COLUMNS: readonly ProjectField[] = ['项目名称', '年初预算', '实际支出', '结余结转'];
