import { lazy, Suspense, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseAttemptFile,
  summarizeAttempts,
  type AttemptFile,
  type AttemptFileProblem,
} from '../../domain/attempt-file.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { readLocalFile } from './download-file.ts';
import { Loading } from '../shared/loading.tsx';

const CaseSummary = lazy(() => import('./case-summary.tsx').then((m) => ({ default: m.CaseSummary })));

interface ClassSummaryProps {
  /** Cases whose titles are known (built-in and opened); others are named by id. */
  scenarios: readonly Scenario[];
}

interface Problem {
  file: string;
  problem: AttemptFileProblem;
  field?: string | undefined;
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
      {summary.length > 0 && (
        <Suspense fallback={<Loading />}>
          {summary.map((c) => (
            <CaseSummary key={c.caseId} summary={c} scenarios={scenarios} />
          ))}
        </Suspense>
      )}
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
