/** `npm run docs:rules`: writes docs/rules.md from the rules' metadata and the bundled rulebook. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { RULES } from '../core/rules';
import { renderRuleDocs } from '../core/rules/rule-docs';

const target = resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRuleDocs(RULES, DEFAULT_RULEBOOK), 'utf8');
console.log(`wrote ${target}`);
