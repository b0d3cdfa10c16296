/** `npm run docs:rules`: writes docs/rules.md, docs/tables.md and README's rule and table lists from the rules' and table kinds' metadata and the bundled rulebook. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { RULES } from '../core/rules';
import { renderRuleDocs, withReadmeRuleList } from '../core/rules/rule-docs';
import { TABLE_KINDS } from '../core/tables';
import { renderTableDocs, withReadmeTableList } from '../core/tables/table-docs';

const target = resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRuleDocs(RULES, DEFAULT_RULEBOOK), 'utf8');
console.log(`wrote ${target}`);

const readme = resolve(__dirname, '../../README.md');
writeFileSync(readme, withReadmeTableList(withReadmeRuleList(readFileSync(readme, 'utf8'), RULES), TABLE_KINDS), 'utf8');
console.log(`updated the rule and table lists in ${readme}`);

const tables = resolve(__dirname, '../../docs/tables.md');
writeFileSync(tables, renderTableDocs(TABLE_KINDS), 'utf8');
console.log(`wrote ${tables}`);
