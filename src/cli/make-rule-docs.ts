/** `npm run docs:rules`: writes docs/rules.md and README's rule list from the rules' metadata and the bundled rulebook. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { RULES } from '../core/rules';
import { renderRuleDocs, withReadmeRuleList } from '../core/rules/rule-docs';

const target = resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRuleDocs(RULES, DEFAULT_RULEBOOK), 'utf8');
console.log(`wrote ${target}`);

const readme = resolve(__dirname, '../../README.md');
writeFileSync(readme, withReadmeRuleList(readFileSync(readme, 'utf8'), RULES), 'utf8');
console.log(`updated the rule list in ${readme}`);
