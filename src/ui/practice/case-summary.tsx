import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_BANDS, type summarizeAttempts } from '../../domain/attempt-file.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { useLocalized } from '../shared/labels.ts';
import { usePracticeNames } from './practice-names.ts';

// A case of the class summary names tools and prompts, from the catalogue and the ethics
// rules: a chunk of its own, loaded once attempt files are opened (class-summary.tsx).

type CaseSummaryData = ReturnType<typeof summarizeAttempts>[number];

/** One case of the class: attempts, the score bands, and what was missed most often. */
export function CaseSummary({
  summary: c,
  scenarios,
}: {
  summary: CaseSummaryData;
  scenarios: readonly Scenario[];
}) {
  const { t } = useTranslation('teaching');
  const localized = useLocalized();
  const ids = useId();
  const titleOf = (caseId: string) => {
    const scenario = scenarios.find((s) => s.id === caseId);
    return scenario ? localized(scenario.title) : caseId;
  };
  const { toolName, promptText } = usePracticeNames();

  return (
    <section className="teaching__case" aria-labelledby={`${ids}-${c.caseId}`} data-summary-case={c.caseId}>
      <h3 id={`${ids}-${c.caseId}`}>{titleOf(c.caseId)}</h3>
      <p>
        {t('summary.attempts', { count: c.attempts })}.{' '}
        {t('summary.range', { lowest: c.lowest, median: c.median, highest: c.highest })}
      </p>
      <table className="teaching__table">
        <caption>{t('summary.distribution')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.bandHeader')}</th>
            <th scope="col">{t('summary.countHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {SCORE_BANDS.map((band) => (
            <tr key={band} data-band={band}>
              <th scope="row">{t(`summary.band.${band}`)}</th>
              <td>{c.bands[band]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('summary.missedTools')}</h4>
      {c.missedTools.length === 0 ? (
        <p className="hint">{t('summary.none')}</p>
      ) : (
        <ol data-missed="tools">
          {c.missedTools.map((m) => (
            <li key={m.id} data-tool-id={m.id}>
              {t('summary.missedCount', { name: toolName(m.id), count: m.count, total: c.attempts })}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('summary.missedPrompts')}</h4>
      {c.missedPrompts.length === 0 ? (
        <p className="hint">{t('summary.none')}</p>
      ) : (
        <ol data-missed="prompts">
          {c.missedPrompts.map((m) => (
            <li key={m.id} data-prompt-id={m.id}>
              {t('summary.missedCount', { name: promptText(m.id), count: m.count, total: c.attempts })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
