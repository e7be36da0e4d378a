/**
 * The mission status workflow: idea → analysis → approach → running → evaluation → closed.
 * Forward one step at a time; a step back, stopping early (closing before evaluation) and
 * reopening need a reason. Some steps need content: an approach needs at least one goal, running
 * needs a goal and a measure, evaluation needs a start date (the effect is measured from it).
 */
import type { MissionStatus } from './tables.ts';

export const STATUS_LABELS: Record<MissionStatus, { nl: string; en: string }> = {
  idea: { nl: 'idee', en: 'idea' },
  analysis: { nl: 'analyse', en: 'analysis' },
  approach: { nl: 'aanpak', en: 'approach' },
  running: { nl: 'uitvoering', en: 'running' },
  evaluation: { nl: 'evaluatie', en: 'evaluation' },
  closed: { nl: 'afgesloten', en: 'closed' },
};

const nl = (s: MissionStatus) => STATUS_LABELS[s].nl;

interface Edge {
  from: MissionStatus;
  to: MissionStatus;
  requiresReason: boolean;
}

const FORWARD: Edge[] = [
  { from: 'idea', to: 'analysis', requiresReason: false },
  { from: 'analysis', to: 'approach', requiresReason: false },
  { from: 'approach', to: 'running', requiresReason: false },
  { from: 'running', to: 'evaluation', requiresReason: false },
  { from: 'evaluation', to: 'closed', requiresReason: false },
];
const BACK: Edge[] = [
  { from: 'analysis', to: 'idea', requiresReason: true },
  { from: 'approach', to: 'analysis', requiresReason: true },
  { from: 'running', to: 'approach', requiresReason: true },
  { from: 'evaluation', to: 'running', requiresReason: true },
  { from: 'closed', to: 'analysis', requiresReason: true },
];
const STOP: Edge[] = (['idea', 'analysis', 'approach', 'running'] as const).map((from) => ({ from, to: 'closed', requiresReason: true }));
const EDGES = [...FORWARD, ...BACK, ...STOP];

/** What the mission holds, for the content checks of a transition. */
export interface MissionContent {
  goals: number;
  measures: number;
  hasStartDate: boolean;
}

export interface TransitionOption {
  to: MissionStatus;
  label: string;
  requiresReason: boolean;
  /** Why this step is not possible yet (null = possible). */
  blockedBy: string | null;
}

function blocker(to: MissionStatus, from: MissionStatus, c: MissionContent): string | null {
  const forward = FORWARD.some((e) => e.from === from && e.to === to);
  if (!forward) return null;
  if (to === 'approach' && c.goals === 0) return 'Voeg minstens één doel toe voordat u een aanpak kiest.';
  if (to === 'running' && (c.goals === 0 || c.measures === 0))
    return 'Een opgave in uitvoering heeft minstens één doel en één maatregel nodig.';
  if (to === 'running' && !c.hasStartDate) return 'Stel eerst de startdatum in (het effect wordt vanaf die datum gemeten).';
  return null;
}

export function transitionsFrom(from: MissionStatus, content: MissionContent): TransitionOption[] {
  return EDGES.filter((e) => e.from === from).map((e) => ({
    to: e.to,
    label: STATUS_LABELS[e.to].nl,
    requiresReason: e.requiresReason,
    blockedBy: blocker(e.to, from, content),
  }));
}

/** Checks one transition; returns the reason it is refused, or null when allowed. */
export function checkTransition(
  from: MissionStatus,
  to: MissionStatus,
  reason: string | null | undefined,
  content: MissionContent,
): string | null {
  const edge = EDGES.find((e) => e.from === from && e.to === to);
  if (!edge) {
    const allowed = EDGES.filter((e) => e.from === from).map((e) => e.to);
    return `Een opgave kan niet van '${nl(from)}' naar '${nl(to)}'. Wel mogelijk: ${allowed.map(nl).join(', ') || 'geen'}.`;
  }
  if (edge.requiresReason && !reason?.trim()) return `Voor de stap van '${nl(from)}' naar '${nl(to)}' is een reden nodig.`;
  return blocker(to, from, content);
}
