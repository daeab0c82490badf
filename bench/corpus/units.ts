// Responsible units of synthetic plans: the same department named for each level and region
// (省司法厅 → 鞍山市司法局 or 市司法局 → 县司法局), plus the collective units each level addresses.
import type { GovernmentLevel, UnitRole } from '../../src/domain.js';
import type { ResponsibleUnit } from '../../src/ingest/schema.js';
import type { Random } from './prng.js';

/** A department by level: province name, then the stem used below it (prefixed by 市 / 县 / the region). */
interface Department {
  readonly key: string;
  readonly province: string;
  readonly stem: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { key: 'justice', province: '省司法厅', stem: '司法局' },
  { key: 'rule-of-law-office', province: '省委依法治省办', stem: '委依法治办' },
  { key: 'organization', province: '省委组织部', stem: '委组织部' },
  { key: 'propaganda', province: '省委宣传部', stem: '委宣传部' },
  { key: 'political-legal', province: '省委政法委', stem: '委政法委' },
  { key: 'court', province: '省法院', stem: '法院' },
  { key: 'procuratorate', province: '省检察院', stem: '检察院' },
  { key: 'public-security', province: '省公安厅', stem: '公安局' },
  { key: 'market', province: '省市场监管局', stem: '市场监管局' },
  { key: 'development', province: '省发展改革委', stem: '发展改革局' },
  { key: 'finance', province: '省财政厅', stem: '财政局' },
  { key: 'human-resources', province: '省人力资源社会保障厅', stem: '人力资源社会保障局' },
  { key: 'civil-affairs', province: '省民政厅', stem: '民政局' },
  { key: 'ecology', province: '省生态环境厅', stem: '生态环境局' },
  { key: 'emergency', province: '省应急管理厅', stem: '应急管理局' },
  { key: 'data', province: '省大数据局', stem: '大数据中心' },
  { key: 'people-congress', province: '省人大常委会法工委', stem: '人大常委会' },
  { key: 'government-office', province: '省政府办公厅', stem: '政府办' },
];

const COLLECTIVE: Record<GovernmentLevel, readonly string[]> = {
  central: [],
  province: ['各市人民政府', '省直各有关单位'],
  city: ['各县(市、区)人民政府', '市直有关单位'],
  county: ['各乡镇(街道)', '县直有关单位'],
  township: ['各村(社区)'],
};

/** How a plan names its units: 市司法局 (short) or 鞍山市司法局 (with the region name). */
export type UnitNaming = 'short' | 'regional';

/** The administrative suffix a county-level unit name starts with: 县, 区, 市 or 旗. */
function countyPrefix(regionName: string): string {
  const last = regionName.slice(-1);
  return ['县', '区', '市', '旗'].includes(last) ? last : '县';
}

export function unitName(
  department: Department,
  ctx: { level: GovernmentLevel; regionName: string; naming: UnitNaming },
): string {
  switch (ctx.level) {
    case 'central':
    case 'province':
      return department.province;
    case 'city':
      return ctx.naming === 'regional' ? `${ctx.regionName}${department.stem}` : `市${department.stem}`;
    case 'county':
    case 'township':
      return ctx.naming === 'regional'
        ? `${ctx.regionName}${department.stem}`
        : `${countyPrefix(ctx.regionName)}${department.stem}`;
    default: {
      const never: never = ctx.level;
      throw new Error(`unknown level ${String(never)}`);
    }
  }
}

export interface UnitAssignment {
  readonly departments: readonly string[];
  readonly collective: boolean;
}

/** Departments for a task: inherited from the parent task when it had some, else drawn fresh. */
export function assignDepartments(inherited: readonly string[], random: Random): UnitAssignment {
  const keys = DEPARTMENTS.map((d) => d.key);
  const base =
    inherited.length > 0 && random.chance(0.8) ? [...inherited] : random.sample(keys, random.int(1, 3));
  if (random.chance(0.15)) base.push(random.pick(keys));
  return { departments: [...new Set(base)].slice(0, 4), collective: random.chance(0.3) };
}

export function renderUnits(
  assignment: UnitAssignment,
  ctx: { level: GovernmentLevel; regionName: string; regionCode: string; naming: UnitNaming },
  random: Random,
): ResponsibleUnit[] {
  const units: ResponsibleUnit[] = assignment.departments.map((key, i) => {
    const department = DEPARTMENTS.find((d) => d.key === key);
    if (!department) throw new Error(`unknown department ${key}`);
    const role: UnitRole = i === 0 ? 'lead' : 'support';
    return { name: unitName(department, ctx), role, collective: false, regionCode: ctx.regionCode };
  });
  const collective = COLLECTIVE[ctx.level];
  if (assignment.collective && collective.length > 0) {
    units.push({
      name: random.pick(collective),
      role: 'support',
      collective: true,
      regionCode: ctx.regionCode,
    });
  }
  return units;
}

/** The printed annotation, in one of the styles plans use. */
export function printUnits(units: readonly ResponsibleUnit[], style: 'bracket' | 'lead-support'): string {
  if (units.length === 0) return '';
  if (style === 'bracket') return `〔责任单位：${units.map((u) => u.name).join('、')}〕`;
  const lead = units.filter((u) => u.role === 'lead').map((u) => u.name);
  const support = units.filter((u) => u.role !== 'lead').map((u) => u.name);
  return support.length > 0
    ? `（牵头单位：${lead.join('、')}；配合单位：${support.join('、')}）`
    : `（牵头单位：${lead.join('、')}）`;
}
