// Tasks a plan adds on its own initiative: they implement nothing upstream, which is the answer
// the linker must give for them ("not implemented upstream").
import type { Random } from './prng.js';

const ACTIONS = ['建设', '打造', '推广', '创建', '培育', '实施', '升级', '布局'] as const;

const OBJECTS = [
  '法治文化公园',
  '“枫桥式”司法所',
  '民主法治示范村(社区)',
  '“法律明白人”骨干队伍',
  '智慧普法云平台',
  '村(社区)公共法律服务站点',
  '乡贤调解工作室',
  '涉企法律服务中心',
  '法治文化主题街区',
  '矛盾纠纷多元化解中心',
  '基层立法联系点',
  '法治营商环境观察站',
  '“一村一法律顾问”服务网络',
  '青少年法治教育实践基地',
  '诉源治理工作站',
  '非诉纠纷化解服务中心',
  '退役军人法律援助工作站',
  '新就业形态劳动者权益保障服务点',
] as const;

const FEATURES = [
  '依托{name}特色产业',
  '围绕{name}重点项目建设',
  '结合{name}民族文化资源',
  '立足{name}山区实际',
  '针对{name}外来人口集中的特点',
  '利用{name}红色文化资源',
  '结合{name}乡村振兴示范带',
  '面向{name}中小微企业',
] as const;

/** Goals with measurable targets, as the parser's target extractor reads them. */
const GOALS: readonly ((n: number, year: number) => string)[] = [
  (_n, year) => `到${year}年实现全覆盖`,
  (n) => `每年开展专题活动不少于${n}次`,
  (n, year) => `到${year}年建成示范点${n}个`,
  (n) => `群众满意度达到${90 + (n % 9)}%以上`,
];

const PURPOSES = [
  '形成可复制可推广的基层经验',
  '打通服务群众“最后一公里”',
  '让群众就近获得便捷高效的服务',
  '为优化营商环境提供有力支撑',
  '推动矛盾纠纷就地化解',
] as const;

/** One local task for a region, e.g. 依托龙泉特色产业，打造涉企法律服务中心，到2025年实现全覆盖。 */
export function localTask(regionShortName: string, random: Random): string {
  const feature = random.pick(FEATURES).replace('{name}', regionShortName);
  const action = `${random.pick(ACTIONS)}${random.pick(OBJECTS)}`;
  const ending = random.chance(0.5)
    ? random.pick(PURPOSES)
    : random.pick(GOALS)(random.int(2, 12), random.int(2023, 2027));
  return `${feature}，${action}，${ending}。`;
}

/** Headings of the local section a plan adds at its end. */
export const LOCAL_SECTION_TITLES = [
  '打造{name}法治建设特色品牌',
  '推进{name}基层法治创新实践',
  '实施{name}法治惠民工程',
] as const;
