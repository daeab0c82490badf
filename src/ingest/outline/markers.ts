// Recognizes the printed ordinal that opens an outline line: 一、 (一) 1. (1) ① ——.
// Works on the parse text (Simplified, punctuation unified: ASCII parentheses and full stop).
import type { ProvisionKind } from '../../domain.js';
import { CIRCLED_NUMERAL_CLASS, chineseNumeralValue, circledNumeralValue } from './numerals.js';

export interface OutlineMarker {
  kind: ProvisionKind;
  /** Printed value (1 for 一、, (1), ①); bullets count 0. */
  value: number;
  /** Normalized ordinal: 四、 (一) 3. (1) ① —— */
  ordinal: string;
  /** Characters of the line taken by the marker (and the space after it). */
  length: number;
  /** Distinguishes (1) from ① under the same kind, for mixed-numbering warnings. */
  style: 'cn-dun' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'arabic-half-paren' | 'circled' | 'dash';
}

// 一、 and, in some documents, 一. (一．after punctuation is unified).
const SECTION = /^([一二三四五六七八九十百]{1,4})\s*[、.]\s*/;
const ITEM = /^\(\s*([一二三四五六七八九十百]{1,4})\s*\)\s*/;
// A task number is followed by a full stop or 、 but never by another digit (12.4, 1.5倍) or %.
const TASK = /^(\d{1,3})\s?[.、](?![\d%])\s*/;
const SUBTASK_PAREN = /^\(\s*(\d{1,3})\s*\)\s*/;
// 1) with only a closing parenthesis, a sub-task form of some county documents.
const SUBTASK_HALF_PAREN = /^(\d{1,2})\)\s*/;
const SUBTASK_CIRCLED = new RegExp(`^([${CIRCLED_NUMERAL_CLASS}])\\s*`, 'u');
const BULLET = /^—{2}\s*/;

export function readMarker(line: string): OutlineMarker | null {
  let m = SECTION.exec(line);
  if (m) {
    const value = chineseNumeralValue(m[1]);
    if (value !== null)
      return { kind: 'section', value, ordinal: `${m[1]}、`, length: m[0].length, style: 'cn-dun' };
  }
  m = ITEM.exec(line);
  if (m) {
    const value = chineseNumeralValue(m[1]);
    if (value !== null)
      return { kind: 'item', value, ordinal: `(${m[1]})`, length: m[0].length, style: 'cn-paren' };
  }
  m = TASK.exec(line);
  if (m && line.length > m[0].length) {
    const value = Number(m[1]);
    if (value > 0) return { kind: 'task', value, ordinal: `${value}.`, length: m[0].length, style: 'arabic' };
  }
  m = SUBTASK_PAREN.exec(line);
  if (m) {
    const value = Number(m[1]);
    if (value > 0)
      return { kind: 'subtask', value, ordinal: `(${value})`, length: m[0].length, style: 'arabic-paren' };
  }
  m = SUBTASK_HALF_PAREN.exec(line);
  if (m && line.length > m[0].length) {
    const value = Number(m[1]);
    if (value > 0)
      return {
        kind: 'subtask',
        value,
        ordinal: `(${value})`,
        length: m[0].length,
        style: 'arabic-half-paren',
      };
  }
  m = SUBTASK_CIRCLED.exec(line);
  if (m) {
    const value = circledNumeralValue(m[1]);
    if (value !== null)
      return { kind: 'subtask', value, ordinal: m[1], length: m[0].length, style: 'circled' };
  }
  m = BULLET.exec(line);
  if (m && line.length > m[0].length)
    return { kind: 'bullet', value: 0, ordinal: '——', length: m[0].length, style: 'dash' };
  return null;
}

/** Lines that carry a provision's responsible units and belong to the provision above them. */
export const UNIT_LINE =
  /^[(〔[]?\s*(责任单位|牵头单位|配合单位|责任部门|牵头部门|配合部门|参与单位|协办单位|主办单位|主责单位|责任主体|牵头领导)\s*[:]/;
