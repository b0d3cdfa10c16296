/** docs/indicators.md, written from the indicator definitions and the bundled scoring profiles. */
import { bandText, exactOf, percentText } from './scoring';
import type { IndicatorDefinition, Scoring, ScoringProfile } from './types';

export function renderIndicatorDocs(indicators: readonly IndicatorDefinition[], profiles: readonly ScoringProfile[]): string {
  const lines = [
    '# Common indicators (共性指标)',
    '',
    'Written by `npm run docs:rules` from `src/core/indicators/` and the bundled rulebook. Each indicator is computed',
    'exactly (fen and exact fractions) from the cells named in the result; one whose tables are absent is “无数据”',
    '(not available), a change rate without last year’s figure “需上年数” — never guessed, never 0.',
    '',
  ];
  for (const indicator of indicators) {
    lines.push(`## ${indicator.id}`, '', `**${indicator.name.zh}** — ${indicator.name.en}`, '', indicator.description.zh, '', indicator.description.en, '');
    lines.push('| variant | formula | in words | source |', '|---|---|---|---|');
    for (const [id, variant] of Object.entries(indicator.variants)) {
      lines.push(`| ${id} | \`${variant.formula}\` | ${variant.words.zh} | ${variant.source.zh}${variant.fallback ? `（缺上年数时按 ${variant.fallback}）` : ''} |`);
    }
    lines.push('', `Tables: ${indicator.tables.join(', ')}.${indicator.aliases?.length ? ` Also written: ${indicator.aliases.join('、')}.` : ''}`);
    lines.push('', `Example: ${indicator.example.given.zh} → ${indicator.example.display}`, '');
  }
  lines.push(
    '# Scoring profiles',
    '',
    'A profile is rulebook data (`profiles` in the rulebook, `indicatorProfile` selects one, `--profile` or the pane’s 指标 tab',
    'choose another). Each entry of `indicators`: `indicator` (an id above), `variant` (default `national`), `name` (the',
    'profile’s own name, zh and en), `points`, and `scoring`: either `{"type": "bands", "bands": [{"from", "fromInclusive",',
    '"to", "toInclusive", "points"}]}` — a missing edge is open, `from` is exclusive and `to` inclusive unless said otherwise —',
    'or `{"type": "steps", "target", "worse": "above"|"below", "step", "deduct", "rounding": "exact"|"up"|"down"}`: full',
    'points on the good side of `target`, `deduct` per `step` beyond it (a started step in proportion, counted whole, or not at',
    'all), never below 0. `grades` (`{grade, min}`, highest first) and `qualitativeBands` (`{name, min, max}` as shares of a',
    'weight) are what the form checks use. Edges are compared exactly: 30% is 30%.',
    '',
  );
  for (const profile of profiles) {
    lines.push(
      `## profile: ${profile.id}`,
      '',
      `${profile.name.zh} — ${profile.name.en}`,
      '',
      '| indicator | variant | points | scoring |',
      '|---|---|---|---|',
    );
    for (const entry of profile.indicators) {
      const name = entry.name?.zh ?? indicators.find((indicator) => indicator.id === entry.indicator)?.name.zh ?? entry.indicator;
      lines.push(
        `| ${name} (${entry.indicator}) | ${entry.variant ?? 'national'} | ${entry.points ?? '—'} | ${entry.scoring ? scoringText(entry.scoring) : 'not scored'} |`,
      );
    }
    if (profile.grades?.length) lines.push('', `Grades: ${profile.grades.map((grade) => `${grade.grade} ≥ ${grade.min}`).join(', ')}.`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function scoringText(scoring: Scoring): string {
  if (scoring.type === 'bands') return scoring.bands.map((band) => `${bandText(band)} → ${band.points}`).join('; ');
  const percent = (value: number) => percentText(exactOf(value));
  const per = `${scoring.deduct} per ${percent(scoring.step)}pp ${scoring.worse} ${percent(scoring.target)}%`;
  return `full at or ${scoring.worse === 'above' ? 'below' : 'above'} ${percent(scoring.target)}%, −${per}${scoring.rounding && scoring.rounding !== 'exact' ? ` (started steps rounded ${scoring.rounding})` : ''}`;
}
