/**
 * Scoring profiles: which one is in force, and what is wrong with one a bureau wrote. The bundled
 * rulebook ships `national` (definitions, no points) and `hunan` (spec §2); a rulebook may add its
 * own or replace one by id.
 */
import bundled from '../rulebook/default-rulebook.json';
import type { Rulebook } from '../rulebook/rulebook-types';
import type { LocalizedText } from '../rules/types';
import { indicatorById } from '.';
import type { ScoringProfile } from './types';

const BUNDLED_PROFILES = (bundled as unknown as { profiles: readonly ScoringProfile[] }).profiles;

export const DEFAULT_PROFILE_ID = 'national';

/** The bundled profiles, then the rulebook's (one with the same id replaces the bundled one). */
export function availableProfiles(rulebook?: Rulebook): ScoringProfile[] {
  const byId = new Map<string, ScoringProfile>();
  for (const profile of [...BUNDLED_PROFILES, ...(rulebook?.profiles ?? [])]) byId.set(profile.id, profile);
  return [...byId.values()];
}

/** The profile asked for, else the rulebook's, else `national`; undefined for an unknown id. */
export function selectProfile(rulebook: Rulebook | undefined, id?: string): ScoringProfile | undefined {
  const wanted = id ?? rulebook?.indicatorProfile ?? DEFAULT_PROFILE_ID;
  return availableProfiles(rulebook).find((profile) => profile.id === wanted);
}

type Problems = LocalizedText[];

/** Everything wrong with a rulebook's `profiles` and `indicatorProfile`, said at once. */
export function checkProfiles(profiles: unknown, selected: unknown, problems: Problems): void {
  const ids: string[] = BUNDLED_PROFILES.map((profile) => profile.id);
  if (profiles !== undefined) {
    if (!Array.isArray(profiles)) problems.push({ zh: 'profiles 应是一个数组', en: 'profiles must be an array' });
    else profiles.forEach((profile, index) => checkProfile(profile, index, problems, ids));
  }
  if (selected !== undefined && (typeof selected !== 'string' || !ids.includes(selected))) {
    problems.push({
      zh: `indicatorProfile “${String(selected)}” 不是已有的评分方案（${ids.join('、')}）`,
      en: `indicatorProfile "${String(selected)}" is not a known profile (${ids.join(', ')})`,
    });
  }
}

function checkProfile(profile: unknown, index: number, problems: Problems, ids: string[]): void {
  const where = { zh: `profiles 第 ${index + 1} 个`, en: `profile ${index + 1}` };
  const say = (zh: string, en: string) => problems.push({ zh: `${where.zh}${zh}`, en: `${where.en} ${en}` });
  if (!isObject(profile)) return void say('应是一个对象', 'must be an object');
  if (typeof profile.id !== 'string' || profile.id.trim() === '') say('缺少 id', 'has no id');
  else ids.push(profile.id);
  if (!isObject(profile.name) || typeof profile.name.zh !== 'string' || typeof profile.name.en !== 'string')
    say('的 name 应有 zh 和 en', 'needs a name with zh and en');
  if (!Array.isArray(profile.indicators)) return void say('的 indicators 应是一个数组', 'needs an indicators array');
  for (const entry of profile.indicators as unknown[]) {
    if (!isObject(entry)) {
      say('的指标项应是对象', 'has an indicator entry that is not an object');
      continue;
    }
    const definition = typeof entry.indicator === 'string' ? indicatorById(entry.indicator) : undefined;
    if (!definition) {
      say(`含未知指标 “${String(entry.indicator)}”`, `names an unknown indicator "${String(entry.indicator)}"`);
      continue;
    }
    if (entry.variant !== undefined && !(typeof entry.variant === 'string' && entry.variant in definition.variants)) {
      say(
        `的指标 ${definition.id} 没有口径 “${String(entry.variant)}”（已有：${Object.keys(definition.variants).join('、')}）`,
        `: indicator ${definition.id} has no variant "${String(entry.variant)}"`,
      );
    }
    if (entry.points !== undefined && !isNumber(entry.points))
      say(`的指标 ${definition.id} 的 points 应是数字`, `: points of ${definition.id} must be a number`);
    if (entry.scoring !== undefined) checkScoring(entry.scoring, definition.id, say);
  }
  if (
    profile.grades !== undefined &&
    !(Array.isArray(profile.grades) && profile.grades.every((g) => isObject(g) && typeof g.grade === 'string' && isNumber(g.min)))
  ) {
    say('的 grades 应是 {grade, min} 的数组', ': grades must be an array of {grade, min}');
  }
}

function checkScoring(scoring: unknown, id: string, say: (zh: string, en: string) => void): void {
  if (!isObject(scoring)) return void say(`的指标 ${id} 的 scoring 应是对象`, `: scoring of ${id} must be an object`);
  if (scoring.type === 'bands') {
    const ok =
      Array.isArray(scoring.bands) &&
      scoring.bands.every((band) => isObject(band) && isNumber(band.points) && [band.from, band.to].every((edge) => edge === undefined || isNumber(edge)));
    if (!ok) say(`的指标 ${id} 的 bands 应是 {from, to, points} 的数组`, `: bands of ${id} must be an array of {from, to, points}`);
  } else if (scoring.type === 'steps') {
    const ok =
      isNumber(scoring.target) &&
      isNumber(scoring.step) &&
      (scoring.step as number) > 0 &&
      isNumber(scoring.deduct) &&
      (scoring.worse === 'above' || scoring.worse === 'below');
    if (!ok)
      say(
        `的指标 ${id} 的 steps 需要 target、worse（above/below）、step（> 0）和 deduct`,
        `: steps of ${id} need target, worse (above/below), step (> 0) and deduct`,
      );
  } else {
    say(`的指标 ${id} 的 scoring.type 应是 bands 或 steps`, `: scoring.type of ${id} must be bands or steps`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
