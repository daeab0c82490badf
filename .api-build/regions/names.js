// Short forms of division names, so that 湖南 / 湘 / 鞍山 / 渌口 resolve like the full names.
/** One-character abbreviations used in 文号 prefixes and slogans (湘发, 浙委发, 辽政发). */
export const PROVINCE_ABBREVIATIONS = {
    '11': ['京'],
    '12': ['津'],
    '13': ['冀'],
    '14': ['晋'],
    '15': ['蒙'],
    '21': ['辽'],
    '22': ['吉'],
    '23': ['黑'],
    '31': ['沪'],
    '32': ['苏'],
    '33': ['浙'],
    '34': ['皖'],
    '35': ['闽'],
    '36': ['赣'],
    '37': ['鲁'],
    '41': ['豫'],
    '42': ['鄂'],
    '43': ['湘'],
    '44': ['粤'],
    '45': ['桂'],
    '46': ['琼'],
    '50': ['渝'],
    '51': ['川', '蜀'],
    '52': ['黔', '贵'],
    '53': ['滇', '云'],
    '54': ['藏'],
    '61': ['陕', '秦'],
    '62': ['甘', '陇'],
    '63': ['青'],
    '64': ['宁'],
    '65': ['新'],
};
const AUTONOMOUS_SUFFIX = /(壮族|回族|维吾尔|蒙古族|藏族|彝族|苗族|土家族|侗族|布依族|傣族|白族|哈尼族|傈僳族|羌族|黎族|畲族|朝鲜族|满族|瑶族|仫佬族|毛南族|仡佬族|水族|纳西族|景颇族|拉祜族|佤族|普米族|怒族|独龙族|土族|撒拉族|保安族|东乡族|裕固族|哈萨克族|柯尔克孜族|锡伯族|达斡尔族|鄂温克族|鄂伦春族|各族|蒙古|哈萨克|柯尔克孜)*(自治区|自治州|自治县|自治旗)$/;
/**
 * The short name of a division: 鞍山市 → 鞍山, 广西壮族自治区 → 广西, 景宁畲族自治县 → 景宁.
 * Returns null when stripping would leave fewer than two characters (e.g. 沙县 stays 沙县).
 */
export function shortName(name) {
    let short = name.replace(AUTONOMOUS_SUFFIX, '');
    if (short === name)
        short = name.replace(/(特别行政区|省|市|县|区|旗|盟|地区|林区|新区|街道|镇|乡)$/, '');
    return short.length >= 2 && short !== name ? short : null;
}
//# sourceMappingURL=names.js.map