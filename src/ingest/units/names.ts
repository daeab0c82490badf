// What a responsible-unit name looks like: normalization of printed names, the suffixes that
// mark an organ of state or party, and the phrases that denote a class of units (collective).
import { unifyBrackets } from './brackets.js';

/** Suffixes that end the names of organs, bodies and their offices. */
const UNIT_SUFFIX =
  /(局|委|办|院|部|厅|会|室|中心|政府|法院|检察院|机关|单位|部门|机构|组|处|所|队|站|团|联|社|馆|台|署|司|公司|集团|银行|分区|党委|党组|党工委|工委|组织|团体|委员会|管委会|街道|乡镇|镇|乡|区|县|市|旗|协会|学会|商会|学校|党校|大学|医院|监狱|基地|专班|小组)$/;

/** Names of a class of units rather than one body. */
const COLLECTIVE_PATTERNS: readonly RegExp[] = [
  /^(全省|全市|全县|全区|全州|全盟|全旗|省直|市直|县直|区直|州直|市县|各地)?各/,
  /^(省直|市直|县直|区直|州直)(有关|相关)?(单位|部门|机关)$/,
  /(有关|相关|其他|其它|其余|所属)[^、]{0,12}(单位|部门|机关|机构|组织|团体|委员会|企业|人员)$/,
  /成员单位$/,
  /^(省级|市级|县级|乡级|县级以上|市级以上)(以上)?(各级)?/,
  /.各[^、]{0,8}(委员会|单位|部门|机关|机构|组织|党委|党组)$/,
  /^(有关|相关|其他|其它)/,
];

export const isCollectiveName = (name: string): boolean => COLLECTIVE_PATTERNS.some((p) => p.test(name));

/** Printed name → normalized name: no spaces (PDF line wraps), ASCII parentheses, no stray marks. */
export function normalizeUnitName(raw: string): string {
  let name = unifyBrackets(raw)
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[、,，;；:：.。"“”'‘’]+|[、,，;；:：.。"“”'‘’]+$/g, '');
  name = name
    .replace(/\((排名不分先后|[^()]*(分工|职责)[^()]*|分别负责)\)$/, '')
    .replace(/^(由|请|以)(?=\S{2,})/, '')
    .replace(/(按照?|根据|依据?)(各自)?(职责|职能)(分工)?(负责|落实|配合|承担)?$/, '')
    .replace(/(等|负责|承担)$/, '');
  return name;
}

/** Whether a list item reads as a unit name (so a parenthetical is a unit list, not a remark). */
export const looksLikeUnit = (name: string): boolean => {
  // 市营商局(市行政审批局): a second name in brackets; the suffix test reads the first.
  const head = name.replace(/\([^()]*\)$/, '');
  return (
    name.length >= 2 &&
    name.length <= 40 &&
    !/[0-9０-９]/.test(name) &&
    (UNIT_SUFFIX.test(head) || isCollectiveName(name))
  );
};

// "市司法局等市直有关单位": named units followed by "and the other relevant units".
const ETC_CLASS =
  /^(.{2,}?)等((?:省直|市直|县直|区直|州直|市委|县委|区委|省委|市级|县级)?(?:各|有关|相关|其他|其它|成员)?[^、]{0,12}(?:单位|部门|机关|机构|组织|团体))$/;
// "市人大法制委及其他专门委员会": a body and its sister bodies.
const AND_OTHERS = /^(.{2,}?)(?:及|和|以及)((?:其他|其它|其余)[^、]{1,16})$/;

/** Splits compounds that name a body and a class together; most names come back as one part. */
export function splitCompoundName(name: string): string[] {
  const etc = ETC_CLASS.exec(name);
  // 市司法局等部门: a bare class word adds no unit.
  if (etc && looksLikeUnit(etc[1]))
    return /^(单位|部门|机关|机构)$/.test(etc[2]) ? [etc[1]] : [etc[1], etc[2]];
  const others = AND_OTHERS.exec(name);
  if (others && looksLikeUnit(others[1])) return [others[1], others[2]];
  return [name];
}

/** A name that starts at a level of government (市委…, 县司法局) rather than inheriting 各. */
export const hasOwnLevelPrefix = (name: string): boolean =>
  /^(中共|中央|国家|省|市|县|区|州|盟|旗|镇|乡|团)/.test(name);
