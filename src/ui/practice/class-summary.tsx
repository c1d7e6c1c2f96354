import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseAttemptFile,
  SCORE_BANDS,
  summarizeAttempts,
  type AttemptFile,
  type AttemptFileProblem,
} from '../../domain/attempt-file.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { useLocalized } from '../shared/labels.ts';
import { usePracticeNames } from './practice-names.ts';
import { readLocalFile } from './download-file.ts';

type CaseSummaryData = ReturnType<typeof summarizeAttempts>[number];

interface ClassSummaryProps {
  /** Cases whose titles are known (built-in and opened); others are named by id. */
  scenarios: readonly Scenario[];
}

interface Problem {
  file: string;
  problem: AttemptFileProblem;
  field?: string | undefined;
}

/** One case of the class: attempts, the score bands, and what was missed most often. */
function CaseSummary({
  summary: c,
  scenarios,
}: {
  summary: CaseSummaryData;
  scenarios: ClassSummaryProps['scenarios'];
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

/**
 * For lecturers: opens the attempt files students handed in and shows per case the score
 * distribution and the expert's methods and prompts missed most often. Everything stays on
 * this device and in this view only; nothing is stored.
 */
export function ClassSummary({ scenarios }: ClassSummaryProps) {
  const { t } = useTranslation('teaching');
  const ids = useId();
  const [attempts, setAttempts] = useState<AttemptFile[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const summary = useMemo(() => summarizeAttempts(attempts), [attempts]);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const read: AttemptFile[] = [];
    const bad: Problem[] = [];
    for (const file of files) {
      let text = '';
      try {
        text = await readLocalFile(file);
      } catch {
        bad.push({ file: file.name, problem: 'not-json' });
        continue;
      }
      const parsed = parseAttemptFile(text);
      if (parsed.ok) read.push(parsed.attempt);
      else bad.push({ file: file.name, problem: parsed.problem, field: parsed.field });
    }
    setAttempts((a) => [...a, ...read]);
    setProblems(bad);
  };

  return (
    <section className="teaching" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('summary.heading')}</h2>
      <p className="hint">{t('summary.intro')}</p>
      <div className="field">
        <label htmlFor={`${ids}-open`}>{t('summary.open')}</label>
        <input
          id={`${ids}-open`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => void open(e)}
        />
      </div>
      <p role="status">{attempts.length > 0 ? t('summary.read', { count: attempts.length }) : ''}</p>
      {problems.length > 0 && (
        <ul className="notice teaching__errors">
          {problems.map((p, i) => (
            <li key={i}>
              {t('summary.problem', {
                file: p.file,
                reason: t(`summary.problems.${p.problem}`, { field: p.field ?? '' }),
              })}
            </li>
          ))}
        </ul>
      )}
      {summary.map((c) => (
        <CaseSummary key={c.caseId} summary={c} scenarios={scenarios} />
      ))}
      {attempts.length > 0 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAttempts([]);
            setProblems([]);
          }}
        >
          {t('summary.clear')}
        </button>
      )}
    </section>
  );
}
