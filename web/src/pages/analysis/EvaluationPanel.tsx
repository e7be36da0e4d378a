/** Hotspot evaluation of the chosen units against a later period: PAI, PEI and RRI (POST /analysis/evaluation). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postEvaluation } from './api.ts';
import { evaluationBody, nextPeriod } from './evaluation.ts';
import { Num } from './Num.tsx';
import type { Filters } from './state.ts';
import type { EvaluationReply, HotspotFeature, HotspotsReply } from './types.ts';

interface Props {
  reply: HotspotsReply;
  filters: Filters;
  selected: HotspotFeature[];
  csrfToken: string | null;
}

export function EvaluationPanel({ reply, filters, selected, csrfToken }: Props) {
  const { t } = useTranslation();
  const [later, setLater] = useState(() => nextPeriod(reply.meta.from, reply.meta.to));
  const [result, setResult] = useState<EvaluationReply | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (e: FormEvent) => {
    e.preventDefault();
    const body = evaluationBody(reply, filters, selected, later);
    if (!body) return;
    setProblem(null);
    try {
      setResult(await postEvaluation(body, csrfToken));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };
  const e = (k: string) => t(`analysis.evaluation.${k}`);
  const min = reply.meta.minCellCount;
  return (
    <section className="evaluation panel-card" aria-labelledby="evaluation-title">
      <h3 id="evaluation-title">{e('title')}</h3>
      <p className="hint">{e('explain')}</p>
      <form className="view-options" onSubmit={run}>
        <div className="field">
          <label htmlFor="ev-from">{e('later')}</label>
          <input id="ev-from" type="date" value={later.from} onChange={(x) => setLater({ ...later, from: x.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="ev-to">{e('laterTo')}</label>
          <input id="ev-to" type="date" value={later.to} onChange={(x) => setLater({ ...later, to: x.target.value })} />
        </div>
        <button type="submit" className="button small">
          {e('run')}
        </button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {result && (
        <dl className="figures" data-testid="evaluation-result">
          <div>
            <dt>{e('pai')}</dt>
            <dd>
              <Num value={result.pai} digits={2} min={min} />
            </dd>
          </div>
          <div>
            <dt>{e('pei')}</dt>
            <dd>
              <Num value={result.pei} digits={2} min={min} />
            </dd>
          </div>
          <div>
            <dt>{e('rri')}</dt>
            <dd>
              <Num value={result.rri} digits={2} min={min} />
            </dd>
          </div>
          <div>
            <dt>{e('hits')}</dt>
            <dd>
              <Num value={result.hits} min={min} /> / <Num value={result.total} min={min} />
            </dd>
          </div>
          <div>
            <dt>{e('areaShare')}</dt>
            <dd>
              <Num value={result.areaShare} kind="share" />
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
