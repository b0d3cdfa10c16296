/** `npm run docs:rules`: writes docs/rules.md, docs/indicators.md and README's rule list from the metadata and the bundled rulebook. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INDICATORS } from '../core/indicators';
import { renderIndicatorDocs } from '../core/indicators/indicator-docs';
import { availableProfiles } from '../core/indicators/profiles';
import { DEFAULT_RULEBOOK } from '../core/rulebook/bundled-rulebook';
import { RULES } from '../core/rules';
import { renderRuleDocs, withReadmeRuleList } from '../core/rules/rule-docs';

const target = resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRuleDocs(RULES, DEFAULT_RULEBOOK), 'utf8');
console.log(`wrote ${target}`);

const readme = resolve(__dirname, '../../README.md');
writeFileSync(readme, withReadmeRuleList(readFileSync(readme, 'utf8'), RULES), 'utf8');
console.log(`updated the rule list in ${readme}`);

const indicatorDocs = resolve(__dirname, '../../docs/indicators.md');
writeFileSync(indicatorDocs, renderIndicatorDocs(INDICATORS, availableProfiles()), 'utf8');
console.log(`wrote ${indicatorDocs}`);
