// Administrative chains: which higher-level documents a document may implement (central ones,
// its province's, its prefecture city's, …) and which documents are peers outside its chain.
import { LEVEL_RANK } from '../domain.js';
export const NATION = '000000';
/** The region codes a document stands under, nation first, its own region last. */
export function chainCodes(document, resolve) {
    const region = document.region;
    if (!region || region.code === NATION || document.level === 'central')
        return [NATION];
    const ancestors = region.ancestors.length > 0 ? region.ancestors : (resolve?.(region.code) ?? []);
    return [NATION, ...ancestors.filter((c) => c !== NATION && c !== region.code), region.code];
}
/** The code of the block a document's provisions are indexed under (its own region). */
export const blockCode = (document) => document.level === 'central' || !document.region ? NATION : document.region.code;
/** True when `upper` is on `lower`'s chain and strictly higher in level. */
export function isOnChain(lower, upper, resolve) {
    if (LEVEL_RANK[upper.level] >= LEVEL_RANK[lower.level])
        return false;
    return chainCodes(lower, resolve).includes(blockCode(upper));
}
/** Levels apart (central → county is 3). */
export const levelGap = (lower, upper) => LEVEL_RANK[lower.level] - LEVEL_RANK[upper.level];
//# sourceMappingURL=chain.js.map