/**
 * The residents' pulse questionnaire of one buurt (public, phone first): what is stored, the
 * answers so far (n, not a sample), the questions, and a polite word for 409 and 429.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../ui/use-async.ts';
import { getQuestionnaire, sendPulse } from './api.ts';
import { publicAreaPath } from './paths.ts';
import { formatDay, parsePeriod, sendFailure, toPulseAnswer, type PulseFormState, type SendFailure } from './pulse-form.ts';
import { PulseForm } from './PulseForm.tsx';
import type { PulseReply, Questionnaire } from './types.ts';
import { DemoLabel } from '../../ui/DemoLabel.tsx';

interface Props {
  buurt: string;
  csrfToken: string | null;
  onNavigate(path: string): void;
}

/** "n answers so far this quarter (not a sample)". */
function CountLine({ count, period, demo }: { count: number; period: string; demo: boolean }) {
  const { t } = useTranslation();
  const p = parsePeriod(period);
  const label = p ? t('perception.pulse.period', { quarter: p.quarter, year: p.year }) : period;
  return (
    <p className="answer-count" data-testid="answer-count">
      {t('perception.pulse.count', { count, period: label })}
      {demo && <DemoLabel />}
    </p>
  );
}

function Intro({ q }: { q: Questionnaire }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="lead">{t('perception.pulse.lead', { buurt: q.buurt.name })}</p>
      <section className="privacy-note" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('perception.pulse.privacyTitle')}</h2>
        <p>{i18n.language.startsWith('nl') ? q.privacyNote : t('perception.pulse.privacyNote')}</p>
      </section>
      <CountLine count={q.answersThisPeriod} period={q.period} demo={q.demo} />
    </>
  );
}

/** A polite line for a failed send (429, 404, other); field errors (400) are shown at the fields. */
function FailureAlert({ failure }: { failure: SendFailure }) {
  const { t } = useTranslation();
  if (failure.kind === 'invalid' || failure.kind === 'already-answered') return null;
  let message = t('perception.pulse.notFound');
  if (failure.kind === 'rate-limited') {
    message = failure.retryAfter ? t('perception.pulse.rateLimitedIn', { count: failure.retryAfter }) : t('perception.pulse.rateLimited');
  } else if (failure.kind === 'other') message = t('perception.pulse.sendError', { detail: failure.detail });
  return (
    <p className="alert" role="alert" data-testid="send-failure">
      {message}
    </p>
  );
}

/** Thanks after sending, with the new count and what happens to a story. */
function Thanks({ q, reply }: { q: Questionnaire; reply: PulseReply }) {
  const { t } = useTranslation();
  return (
    <div role="status" data-testid="pulse-thanks">
      <p className="lead">{t('perception.pulse.thanks', { buurt: q.buurt.name })}</p>
      <CountLine count={reply.answersThisPeriod} period={reply.period} demo={q.demo} />
      {reply.storyStatus === 'pending' && <p>{t('perception.pulse.storyPending')}</p>}
    </div>
  );
}

export function PulsePage({ buurt, csrfToken, onNavigate }: Props) {
  const { t, i18n } = useTranslation();
  const [state] = useAsync(() => getQuestionnaire(buurt), [buurt]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SendFailure | null>(null);
  const [done, setDone] = useState<PulseReply | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done || failure?.kind === 'already-answered') heading.current?.focus();
  }, [done, failure]);

  async function send(form: PulseFormState) {
    setBusy(true);
    setFailure(null);
    try {
      setDone(await sendPulse(buurt, toPulseAnswer(form), csrfToken));
    } catch (e) {
      setFailure(sendFailure(e));
    } finally {
      setBusy(false);
    }
  }

  if (state.status === 'loading')
    return (
      <p className="page" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'error') {
    return (
      <div className="page narrow">
        <h1 tabIndex={-1}>{t('perception.pulse.title')}</h1>
        <p role="alert" className="alert">
          {t('perception.pulse.loadError', { detail: state.detail })}
        </p>
      </div>
    );
  }
  const q = state.data;
  const areaLink = (
    <a
      href={publicAreaPath(q.buurt.code)}
      onClick={(e) => {
        e.preventDefault();
        onNavigate(publicAreaPath(q.buurt.code));
      }}
    >
      {t('perception.pulse.toAreaPage', { buurt: q.buurt.name })}
    </a>
  );
  const closed = (title: string, body: ReactNode) => (
    <div className="page narrow pulse-page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {body}
      <p>{areaLink}</p>
    </div>
  );
  if (done) {
    return closed(t('perception.pulse.thanksTitle'), <Thanks q={q} reply={done} />);
  }
  if (q.alreadyAnswered || failure?.kind === 'already-answered') {
    return closed(
      t('perception.pulse.alreadyTitle'),
      <>
        <p className="lead" data-testid="already-answered">
          {t('perception.pulse.already', { buurt: q.buurt.name, date: formatDay(q.periodEnds, i18n.language) })}
        </p>
        <CountLine count={q.answersThisPeriod} period={q.period} demo={q.demo} />
      </>,
    );
  }
  return (
    <div className="page narrow pulse-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('perception.pulse.heading', { buurt: q.buurt.name })}
      </h1>
      <Intro q={q} />
      {failure && <FailureAlert failure={failure} />}
      <PulseForm questionnaire={q} busy={busy} serverErrors={failure?.kind === 'invalid' ? failure.fields : {}} onSend={send} />
      <p>{areaLink}</p>
    </div>
  );
}
