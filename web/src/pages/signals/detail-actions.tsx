/** The forms behind the detail page's action bar, in the order staff use them; only those the API reply offers. */
import type { TFunction } from 'i18next';
import type { Session, SessionUser } from '../../api/types.ts';
import type { ActionItem } from './ActionBar.tsx';
import { AssignForm } from './AssignForm.tsx';
import type { CategoryIndex } from './categories.ts';
import { NoteForm } from './NoteForm.tsx';
import { ReturnForm } from './ReturnForm.tsx';
import { MergeForm, SplitForm } from './SplitMergeForms.tsx';
import type { OfferedActions } from './transitions.ts';
import { TransitionForm } from './TransitionForm.tsx';
import type { SignalDetail } from './types.ts';

export interface ActionContext {
  t: TFunction;
  s: SignalDetail;
  can: OfferedActions;
  session: Session & { user: SessionUser };
  categories: CategoryIndex | null;
  /** A partner account: the note goes to the municipality. */
  partner: boolean;
  onUpdated(d: SignalDetail): void;
  onMerged(d: SignalDetail): void;
  onHandedBack(): void;
}

export function actionItems({ t, s, can, session, categories, partner, onUpdated, onMerged, onHandedBack }: ActionContext): ActionItem[] {
  const csrf = session.csrfToken;
  const items: Array<ActionItem | false> = [
    can.transitions.length > 0 && {
      key: 'transition',
      label: t('signals.detailActions.transition'),
      form: () => <TransitionForm signal={s} csrfToken={csrf} onUpdated={onUpdated} partner={partner} />,
    },
    can.assign && {
      key: 'assign',
      label: t('signals.detailActions.assign'),
      form: () => <AssignForm signal={s} session={session} categories={categories} onUpdated={onUpdated} />,
    },
    can.note && {
      key: 'note',
      label: t(partner ? 'signals.detailActions.partnerNote' : 'signals.detailActions.note'),
      form: () => <NoteForm signal={s} csrfToken={csrf} onUpdated={onUpdated} partner={partner} />,
    },
    can.split &&
      categories !== null && {
        key: 'split',
        label: t('signals.detailActions.split'),
        form: () => <SplitForm signal={s} csrfToken={csrf} onUpdated={onUpdated} categories={categories} />,
      },
    can.handBack && {
      key: 'handBack',
      label: t('signals.detailActions.handBack'),
      form: () => <ReturnForm signal={s} csrfToken={csrf} onBack={onHandedBack} />,
    },
    can.merge && {
      key: 'merge',
      label: t('signals.detailActions.merge'),
      form: () => <MergeForm signal={s} csrfToken={csrf} onUpdated={onMerged} />,
    },
  ];
  return items.filter((i): i is ActionItem => i !== false);
}
