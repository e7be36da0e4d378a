/**
 * The yearly proofs of what retention removed, on the privacy officer's review page: per year
 * the number of cases anonymised, their references (never persons), the SHA-256 checksum over the
 * sorted references and the method.
 */
import { useTranslation } from 'react-i18next';
import { labelCells } from '../../ui/cell-labels.ts';
import { useAsync } from '../../ui/use-async.ts';
import { getRetentionProofs } from './api-lifecycle.ts';

export function RetentionProofsSection() {
  const { t, i18n } = useTranslation();
  const [proofs] = useAsync(() => getRetentionProofs(), []);
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <section className="case-retention-proofs" aria-labelledby="case-retention-title" data-testid="retention-proofs">
      <h2 id="case-retention-title">{t('cases.lifecycle.proofsTitle')}</h2>
      {proofs.status === 'error' && <p role="alert">{proofs.detail}</p>}
      {proofs.status === 'loading' && <p role="status">{t('cases.loading')}</p>}
      {proofs.status === 'ready' && (
        <>
          <p className="hint">{t('cases.lifecycle.proofsIntro', { years: proofs.data.retentionYears })}</p>
          {proofs.data.proofs.length === 0 ? (
            <p>{t('cases.lifecycle.proofsNone')}</p>
          ) : (
            <div className="table-scroll">
              <table ref={labelCells} className="inbox-table">
                <thead>
                  <tr>
                    <th scope="col">{t('cases.lifecycle.year')}</th>
                    <th scope="col">{t('cases.lifecycle.anonymised')}</th>
                    <th scope="col">{t('cases.lifecycle.references')}</th>
                    <th scope="col">{t('cases.lifecycle.lastRun')}</th>
                    <th scope="col">{t('cases.lifecycle.checksum')}</th>
                  </tr>
                </thead>
                <tbody>
                  {proofs.data.proofs.map((p) => (
                    <tr key={p.year}>
                      <td>{p.year}</td>
                      <td>{p.casesAnonymised}</td>
                      <td>{p.references.join(', ')}</td>
                      <td>{when(p.runAt)}</td>
                      <td>
                        <code title={p.method}>{p.checksum}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">{t('cases.lifecycle.method')}</p>
        </>
      )}
    </section>
  );
}
