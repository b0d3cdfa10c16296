/** Where the indicator formulas come from, named once (spec: common-indicators.md). */
import type { LocalizedText } from '../rules/types';

/** 财政部《预算绩效评价共性指标体系框架》, annex 2 (部门整体支出). */
export const NATIONAL_SOURCE: LocalizedText = { zh: '财预〔2013〕53号 部门整体支出共性指标', en: 'MoF 财预〔2013〕53号, departmental indicators' };

/** 长沙雨花区 部门整体支出绩效评价指标表 (2017 and 2022, same text). */
export const HUNAN_SOURCE: LocalizedText = { zh: '湖南 部门整体支出绩效评价指标表（雨花区）', en: 'Hunan departmental indicator table (雨花区)' };
