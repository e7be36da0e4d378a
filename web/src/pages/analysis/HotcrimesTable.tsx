/** One hotcrimes table (by level or by change): counts, ratio, change per day, p, q and the verdict. */
import { useTranslation } from 'react-i18next';
import { typeLabel } from './crime-types.ts';
import { verdictOf } from './hotcrimes.ts';
import { Num } from './Num.tsx';
import type { HotcrimeRow } from './types.ts';

interface Props {
  id: string;
  caption: string;
  rows: HotcrimeRow[];
  titles: ReadonlyMap<string, string>;
  min: number;
}

export function HotcrimesTable({ id, caption, rows, titles, min }: Props) {
  const { t } = useTranslation();
  const c = (k: string) => t(`analysis.hotcrimes.col.${k}`);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c('type')}</th>
            <th scope="col" className="num">
              {c('current')}
            </th>
            <th scope="col" className="num">
              {c('baseline')}
            </th>
            <th scope="col" className="num">
              {c('ratio')}
            </th>
            <th scope="col" className="num">
              {c('change')}
            </th>
            <th scope="col" className="num">
              {c('p')}
            </th>
            <th scope="col" className="num">
              {c('q')}
            </th>
            <th scope="col">{c('significance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const verdict = verdictOf(r);
            return (
              <tr key={r.type} data-verdict={verdict}>
                <th scope="row">{typeLabel(r.type, titles, t('analysis.more'))}</th>
                <td className="num">
                  <Num value={r.current} min={min} />
                </td>
                <td className="num">
                  <Num value={r.baseline} min={min} />
                </td>
                <td className="num">
                  <Num value={r.rateRatio} digits={2} min={min} />
                </td>
                <td className="num">
                  <Num value={r.change} digits={3} min={min} />
                </td>
                <td className="num">{r.tested ? <Num value={r.p} kind="p" min={min} /> : '–'}</td>
                <td className="num">{r.tested ? <Num value={r.q} kind="p" min={min} /> : '–'}</td>
                <td>
                  {verdict === 'suppressed' ? (
                    <Num value={null} min={min} />
                  ) : (
                    <span className={`verdict ${verdict}`}>{t(`analysis.hotcrimes.${verdict}`)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
