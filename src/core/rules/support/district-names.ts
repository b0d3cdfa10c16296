/**
 * Finds names of districts and counties (`云龙区`, `沅陵县`) in running Chinese text, without a
 * gazetteer: two Chinese characters before 区/县, minus the many ordinary words that end the same
 * way (社区, 全区, 经开区…) and the uses of 区 on its own (区委, 区政府, 简称区…). It errs on the side of
 * finding nothing: a missed name costs less than a false alarm in every report. 市 is left out on
 * purpose: a district's report names its city (株洲市) as a matter of course, and 市 starts many words.
 */

/** Characters that do not occur in a place name but often stand just before 区/县 in prose. */
const NOT_IN_NAME = new Set([...'的了在和与及对由为是将把被从向于以称担责全本各该我其此每等个两三四五六七八九十一二省市县区镇乡村街、，。；：（）']);

/** 区/县 followed by these is the word itself (区委, 区政府, 县级, 区域), not the end of a name. */
const WORD_AFTER = new Set([...'委政级直属域内外划间别块位长里城情']);

/** Two-character words ending in 区/县 that are not places. */
const COMMON_PAIRS = new Set(
  (
    '社区 小区 园区 城区 辖区 景区 校区 片区 街区 新区 山区 地区 郊区 市区 分区 专区 厂区 矿区 库区 湖区 林区 牧区 特区 ' +
    '学区 病区 展区 赛区 商区 港区 老区 禁区 误区 盲区 灾区 战区 营区 警区 防区 选区 政区 苏区 边区 县区 城县 郡县 州县 ' +
    '全县 本县 各县 该县 我县 两区 各区 该区 本区 我区 全区'
  ).split(' '),
);

/** Three-character words ending in 区/县 that are not places (zones, areas). */
const COMMON_TRIPLES = new Set(
  (
    '开发区 经开区 高新区 示范区 试验区 实验区 保护区 功能区 服务区 风景区 生活区 办公区 住宅区 工业区 商业区 居住区 核心区 中心区 ' +
    '老城区 主城区 新城区 市辖区 自治区 自治县 集聚区 聚集区 产业区 保税区 自贸区 管理区 行政区 建成区 旅游区 度假区 规划区 控制区 ' +
    '缓冲区 先行区 合作区 综合区 物流区 创新区 改革区 街道区 安置区 棚户区 贫困区 农业区 城乡区 接合区 结合区'
  ).split(' '),
);

const HAN = /^[\u4e00-\u9fff]$/;

/** District and county names in the text, in order of first appearance. */
export function districtNames(text: string): string[] {
  const found: string[] = [];
  // 区, 县 and the two characters before them are all in the BMP, so string indices are characters here
  for (let i = nextSuffix(text, 2); i >= 0; i = nextSuffix(text, i + 1)) {
    const first = text[i - 2];
    const second = text[i - 1];
    const suffix = text[i];
    if (!HAN.test(first) || !HAN.test(second) || NOT_IN_NAME.has(first) || NOT_IN_NAME.has(second)) continue;
    if (WORD_AFTER.has(text[i + 1] ?? '')) continue;
    if (COMMON_PAIRS.has(second + suffix) || COMMON_TRIPLES.has(first + second + suffix)) continue;
    const name = first + second + suffix;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** Index of the next 区 or 县 at or after `from`, or -1. */
function nextSuffix(text: string, from: number): number {
  const district = text.indexOf('区', from);
  const county = text.indexOf('县', from);
  if (district < 0) return county;
  return county < 0 ? district : Math.min(district, county);
}
