// A small coloured tag naming a government level, matching the node colours on the canvas.
import type { GovernmentLevel } from '../../domain';
import { levelColor, levelLabel } from '../logic/labels';

export function LevelBadge({ level }: { readonly level: GovernmentLevel | null }) {
  return (
    <span className="level-badge" style={{ background: levelColor(level) }}>
      {levelLabel(level)}
    </span>
  );
}
