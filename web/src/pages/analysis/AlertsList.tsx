/**
 * Alerts with their evidence; each links to "maak opgave" with the buurt, main type and alert week filled in.
 * With `falseAlarms`, one line first says how many series were tested and how many alarms chance alone would give.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typeLabel } from './crime-types.ts';
import { falseAlarmValues } from './false-alarms.ts';
import { formatDate, formatNumber } from './format.ts';
import { alertMissionLink } from './mission-link.ts';
import type { AlertEvidence, FalseAlarms } from './types.ts';

interface Props {
  alerts: AlertEvidence[];
  titles: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
  onNavigate(path: string): void;
  testId: string;
  falseAlarms?: FalseAlarms | undefined;
}

export function AlertsList({ falseAlarms, ...props }: Props) {
  const { t, i18n } = useTranslation();
  if (!falseAlarms) return <Alerts {...props} />;
  return (
    <>
      <p className="hint" data-testid={`${props.testId}-false-alarms`}>
        {t('analysis.trends.falseAlarms', falseAlarmValues(falseAlarms, props.alerts.length, i18n.language))}
      </p>
      <Alerts {...props} />
    </>
  );
}

function Alerts({ alerts, titles, names, onNavigate, testId }: Omit<Props, 'falseAlarms'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!alerts.length) return <p data-testid={testId}>{t('analysis.trends.noAlerts')}</p>;
  const follow = (e: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onNavigate(href);
  };
  return (
    <ul className="alerts-list" data-testid={testId}>
      {alerts.map((a) => {
        const href = a.areaCode.startsWith('BU') ? alertMissionLink(a) : null;
        return (
          <li key={`${a.areaCode}-${a.crimeType}-${a.weekStart}`}>
            <strong>{a.areaName ?? names.get(a.areaCode) ?? a.areaCode}</strong> · {typeLabel(a.crimeType, titles, t('analysis.more'))}
            <br />
            <span className="small">
              {t('analysis.trends.evidence', {
                week: formatDate(a.weekStart, lang),
                count: formatNumber(a.count, lang) ?? t('analysis.suppressed'),
                expected: formatNumber(a.expected, lang, 1),
                upper: formatNumber(a.upper, lang, 1),
                weeks: a.evidence.baselineWeeks,
                years: a.evidence.baselineYears,
              })}
            </span>
            {href && (
              <>
                {' '}
                <a href={href} onClick={(e) => follow(e, href)} className="small">
                  {t('analysis.trends.makeMission')}
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
