import { NATION_CODE } from '../../regions/index.js';
const CENTRAL = /^(中共中央|中央|国务院|全国人大|国家|最高人民法院|最高人民检察院|公安部|司法部|教育部|民政部|财政部)/;
export function unitRegionCode(name, region, gazetteer) {
    if (CENTRAL.test(name))
        return NATION_CODE;
    if (!region)
        return null;
    // A division named at the start of the unit (岫岩县, 鞍山军分区, 中共株洲市委).
    if (gazetteer) {
        const bare = name.replace(/^中共/, '');
        const hit = gazetteer.findInText(bare)[0];
        if (hit && hit.start === 0 && hit.region.code !== region.code) {
            const chain = gazetteer.chain(hit.region.code).map((r) => r.code);
            const docProvince = region.ancestors[0] ?? region.code;
            // Only divisions in the document's own province: 公安局 must not read as 公安县 (湖北).
            if (chain.includes(docProvince) || region.code === NATION_CODE)
                return hit.region.code;
        }
    }
    // Level words at the start of the name point up the chain.
    const levelUp = (level) => {
        if (!gazetteer)
            return null;
        const chain = gazetteer.chain(region.code);
        return chain.find((r) => r.level === level)?.code ?? null;
    };
    if (/^省/.test(name) && region.level !== 'province')
        return levelUp('province') ?? region.ancestors[0] ?? region.code;
    if (/^市/.test(name) &&
        (region.level === 'county' || region.level === 'township') &&
        !/市$/.test(region.name)) {
        return levelUp('city') ?? region.ancestors[region.ancestors.length - 1] ?? region.code;
    }
    if (/^县/.test(name) && region.level === 'township')
        return levelUp('county') ?? region.ancestors[region.ancestors.length - 1] ?? region.code;
    return region.code;
}
//# sourceMappingURL=scope.js.map