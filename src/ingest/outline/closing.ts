// The closing paragraph after the last provision (各地区各部门要…, 本方案自印发之日起施行) addresses
// the whole document and must not be read as part of that provision.
import { readMarker } from './markers.js';

const CLOSING_START =
  /^(各地区|各地|各级|各部门|各单位|各有关|各区|各县|各乡镇|各市|各成员单位|本(实施)?(方案|意见|规划|办法|规定|计划|细则|通知|要点|决定|纲要|措施)|以上|上述|此前|以往|未尽事宜)|^各[\u4e00-\u9fff()、]{1,24}?(要|应|须)/;

/** Index (within `texts`) where the closing starts, or texts.length when there is none. */
export function findClosing(texts: readonly string[]): number {
  let lastMarker = -1;
  texts.forEach((text, i) => {
    if (readMarker(text)) lastMarker = i;
  });
  if (lastMarker < 0) return texts.length;
  for (let i = lastMarker + 1; i < texts.length; i++) if (CLOSING_START.test(texts[i])) return i;
  return texts.length;
}
