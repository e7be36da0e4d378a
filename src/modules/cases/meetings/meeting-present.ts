/** Case meetings as the API shows them: content of an agenda item only for the cases the caller is assigned to. */
import type { AccountSummary } from '../../users/index.ts';
import type { ActionView, AgendaItem, MeetingSummary, MeetingView } from './meeting-schema.ts';
import type { ActionRow, ItemRow, MeetingRow } from './meeting-store.ts';

export interface ShownCase {
  reference: string;
  personName: string | null;
  mayEdit: boolean;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentSummary(m: MeetingRow, items: ItemRow[], mine: Set<string>): MeetingSummary {
  return {
    id: m.id,
    title: m.title,
    startsAt: iso(m.starts_at),
    location: m.location,
    status: m.status,
    items: items.length,
    myItems: items.filter((i) => mine.has(i.case_id)).length,
  };
}

export function presentActions(rows: ActionRow[], people: Map<string, AccountSummary>): ActionView[] {
  return rows.map((a) => ({
    id: a.id,
    text: a.text,
    owner: a.owner_user_id ? { id: a.owner_user_id, name: people.get(a.owner_user_id)?.name ?? '—' } : null,
    deadline: a.deadline,
    doneAt: a.done_at ? iso(a.done_at) : null,
  }));
}

export interface MeetingParts {
  meeting: MeetingRow;
  items: ItemRow[];
  mayChange: boolean;
  shown: Map<string, ShownCase>;
  attendees: Array<{ user_id: string; partner_id: string | null }>;
  decisions: Array<{ id: string; case_id: string; text: string | null; created_at: Date }>;
  actions: ActionRow[];
  members: Array<{ case_id: string; user_id: string }>;
  people: Map<string, AccountSummary>;
  partners: Map<string, string>;
}

function agendaItemOf(item: ItemRow, p: MeetingParts): AgendaItem {
  const shown = p.shown.get(item.case_id);
  if (!shown) return { position: item.position, visible: false };
  return {
    position: item.position,
    visible: true,
    caseId: item.case_id,
    reference: shown.reference,
    personName: shown.personName,
    notes: item.notes,
    mayEdit: shown.mayEdit,
    members: p.members
      .filter((m) => m.case_id === item.case_id)
      .map((m) => ({ id: m.user_id, name: p.people.get(m.user_id)?.name ?? '—' })),
    decisions: p.decisions
      .filter((d) => d.case_id === item.case_id)
      .map((d) => ({
        id: d.id,
        text: d.text,
        createdAt: iso(d.created_at),
        actions: presentActions(
          p.actions.filter((a) => a.decision_id === d.id),
          p.people,
        ),
      })),
  };
}

export function presentMeeting(p: MeetingParts): MeetingView {
  return {
    ...presentSummary(p.meeting, p.items, new Set(p.shown.keys())),
    generalMinutes: p.meeting.general_minutes,
    attendees: p.attendees.map((a) => ({
      id: a.user_id,
      name: p.people.get(a.user_id)?.name ?? '—',
      partner: a.partner_id ? { id: a.partner_id, name: p.partners.get(a.partner_id) ?? '—' } : null,
    })),
    agenda: p.items.map((i) => agendaItemOf(i, p)),
    mayChange: p.mayChange,
  };
}
