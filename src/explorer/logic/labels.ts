// Simplified-Chinese display names and colours for the closed vocabularies of the domain.
import type { GovernmentLevel, LinkMethod, ProvisionKind, UnitRole } from '../../domain.js';
import type { NodeKind } from './types.js';

export const LEVEL_LABEL: Record<GovernmentLevel, string> = {
  central: '中央',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇',
};

/** One hue per level, dark enough for white text, distinguishable in print. */
export const LEVEL_COLOR: Record<GovernmentLevel, string> = {
  central: '#b71c1c',
  province: '#e65100',
  city: '#2e7d32',
  county: '#1565c0',
  township: '#6a1b9a',
};

export const UNKNOWN_LEVEL_COLOR = '#607d8b';

export const ROLE_LABEL: Record<UnitRole, string> = {
  lead: '牵头',
  'co-lead': '共同牵头',
  support: '配合',
};

export const KIND_LABEL: Record<ProvisionKind, string> = {
  section: '部分',
  item: '条目',
  task: '任务',
  subtask: '子任务',
  bullet: '要点',
};

export const NODE_KIND_LABEL: Record<NodeKind, string> = {
  Document: '文件',
  Provision: '条款',
  Unit: '责任单位',
  Region: '地区',
  Concept: '概念',
};

export const METHOD_LABEL: Record<LinkMethod, string> = {
  citation: '引用',
  concept: '概念',
  lexical: '词汇',
  structure: '结构',
  combined: '综合',
};

export function levelLabel(level: GovernmentLevel | null): string {
  return level ? LEVEL_LABEL[level] : '未知层级';
}

export function levelColor(level: GovernmentLevel | null): string {
  return level ? LEVEL_COLOR[level] : UNKNOWN_LEVEL_COLOR;
}

export function methodLabel(method: string | null): string {
  if (method === null) return '';
  return (METHOD_LABEL as Record<string, string>)[method] ?? method;
}
