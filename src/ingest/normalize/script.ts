// Traditional → Simplified conversion (OpenCC, generic Traditional to mainland forms) and
// detection of the script a document was printed in.
import * as OpenCC from 'opencc-js/t2cn';
import { countCjk } from '../lines.js';

const toSimplifiedConverter = OpenCC.Converter({ from: 't', to: 'cn' });

// Generic OpenCC keeps 著 where mainland usage writes 着 (着力, 着眼, 随着); the Taiwan preset would
// fix those but also break 显著/著名. Phrases, not the character, so 著作/显著 stay.
const ZHE_PHRASES = ['力', '眼', '手', '重', '想', '落', '实', '陆', '装', '迷', '急'].map((c) => [
  `著${c}`,
  `着${c}`,
]);
const ZHE_PARTICLES = [
  '随',
  '沿',
  '向',
  '朝',
  '本',
  '为',
  '靠',
  '接',
  '有',
  '意味',
  '起',
  '肩负',
  '发挥',
  '面临',
  '带',
  '看',
  '围绕',
  '存在',
  '执',
].map((w) => [`${w}著`, `${w}着`]);
const zheConverter = OpenCC.CustomConverter([...ZHE_PHRASES, ...ZHE_PARTICLES] as [string, string][]);

export const toSimplified = (text: string): string => zheConverter(toSimplifiedConverter(text));

/** Traditional when a noticeable share of the ideographs change under conversion. */
export function detectScript(
  originals: readonly string[],
  simplified: readonly string[],
): 'simplified' | 'traditional' {
  let changed = 0;
  let total = 0;
  originals.forEach((line, i) => {
    total += countCjk(line);
    const other = simplified[i];
    if (other.length !== line.length) {
      changed += Math.abs(other.length - line.length) + 1;
      return;
    }
    for (let k = 0; k < line.length; k++) if (line[k] !== other[k] && countCjk(line[k]) === 1) changed++;
  });
  return total > 0 && changed >= 5 && changed / total >= 0.02 ? 'traditional' : 'simplified';
}
