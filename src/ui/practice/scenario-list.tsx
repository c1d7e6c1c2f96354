import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseFileFor,
  parseCaseFile,
  type CaseFileError,
  type OpenedCaseFile,
} from '../../domain/case-file.ts';
import type { PracticeProgress, Scenario } from '../../domain/scenario.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { ScenarioListFrame } from './practice-frame.tsx';
import { ClassSummary } from './class-summary.tsx';
import { downloadJson, readLocalFile } from './download-file.ts';
import './teaching.css';

interface ScenarioListProps {
  /** The built-in cases (data/scenarios.json). */
  scenarios: readonly Scenario[];
  progress: PracticeProgress;
  focusOnMount: boolean;
  onStart: (scenarioId: string) => void;
  /**
   * Case files the lecturer opened, kept by the caller (the practice machine) until removed.
   * Their good cases are listed beside the built-in ones; `onStart` must know them too.
   */
  caseFiles?: readonly OpenedCaseFile[];
  /** A case file was read and checked on the device; the caller keeps it (replacing one of the same name). */
  onOpenCaseFile?: (file: OpenedCaseFile) => void;
  /** Remove the cases of this file from the list. */
  onRemoveCaseFile?: (file: string) => void;
}

/**
 * The ids a case file may name: the catalogue's tools and the ethics rules. Loaded when a file
 * is opened, so the list of cases shows without the catalogue and the rules.
 */
const knownIds = () =>
  Promise.all([import('../../domain/catalogue-data.ts'), import('../../domain/ethics-data.ts')]).then(
    ([{ catalogue }, { ethicsRules }]) => ({
      toolIds: new Set(catalogue.map((t) => t.id)),
      ethicsRuleIds: new Set(ethicsRules.map((r) => r.id)),
    }),
  );

interface CaseCardProps {
  scenario: Scenario;
  progress: PracticeProgress;
  onStart: (id: string) => void;
  origin?: string;
  onExport?: () => void;
}

/** One case: title, whether it is done on this device, Start (and Export for a built-in case). */
function CaseCard({ scenario, progress, onStart, origin, onExport }: CaseCardProps) {
  const { t } = useTranslation('practice');
  const { t: tt } = useTranslation('teaching');
  const localized = useLocalized();
  const titleId = `practice-case-${scenario.id}`;
  const startId = `practice-start-${scenario.id}`;
  const exportId = `practice-export-${scenario.id}`;
  const best = progress.best[scenario.id];
  const completed = progress.completed.includes(scenario.id);
  return (
    <article className="practice-case" aria-labelledby={titleId} data-scenario-id={scenario.id}>
      <h2 id={titleId} className="practice-case__title">
        {localized(scenario.title)}
      </h2>
      {origin !== undefined && <p className="practice-case__covers">{origin}</p>}
      <p
        className={completed ? 'practice-case__status practice-case__status--done' : 'practice-case__status'}
      >
        {completed
          ? best === undefined
            ? t('list.completed')
            : t('list.completedBest', { percent: best })
          : t('list.notCompleted')}
      </p>
      <div className="practice-case__actions">
        {/* Named "Start <case title>" so each button says which case it opens. */}
        <button
          type="button"
          id={startId}
          aria-labelledby={`${startId} ${titleId}`}
          className="button button--primary"
          onClick={() => onStart(scenario.id)}
        >
          {t('list.start')}
        </button>
        {onExport && (
          <button
            type="button"
            id={exportId}
            aria-labelledby={`${exportId} ${titleId}`}
            className="button button--quiet"
            onClick={onExport}
          >
            {tt('caseFiles.export')}
          </button>
        )}
      </div>
    </article>
  );
}

/** One problem of a case file, in words: where (case, field) and why. */
function useCaseErrorText() {
  const { t } = useTranslation('teaching');
  return (error: CaseFileError) => {
    const where =
      error.caseNumber === undefined
        ? t('caseFiles.wholeFile')
        : error.caseId !== undefined
          ? t('caseFiles.caseWithId', { number: error.caseNumber, id: error.caseId })
          : t('caseFiles.caseNoId', { number: error.caseNumber });
    const parts = [where];
    if (error.field !== '') parts.push(t('caseFiles.field', { field: error.field }));
    const reason = t(`caseFiles.codes.${error.code}`);
    const value = error.value !== undefined ? ` (${t('caseFiles.value', { value: error.value })})` : '';
    return `${parts.join(', ')}: ${reason}${value}`;
  };
}

interface CaseFileSectionProps {
  opened: OpenedCaseFile;
  progress: ScenarioListProps['progress'];
  onStart: ScenarioListProps['onStart'];
  onRemove: (() => void) | undefined;
}

/** One case file the lecturer opened: its good cases to play, its bad ones named with why. */
function CaseFileSection({ opened, progress, onStart, onRemove }: CaseFileSectionProps) {
  const { t: tt } = useTranslation('teaching');
  const { list } = useLabels();
  const errorText = useCaseErrorText();
  return (
    <section
      className="teaching__file"
      aria-label={tt('caseFiles.fileHeading', { file: opened.file })}
      data-case-file={opened.file}
    >
      <h3>{tt('caseFiles.fileHeading', { file: opened.file })}</h3>
      {opened.languages.length > 0 && (
        <p className="hint">
          {tt('caseFiles.languages', {
            languages: list('languages', opened.languages),
          })}
        </p>
      )}
      {opened.cases.length === 0 ? (
        <p>{tt('caseFiles.noGoodCases')}</p>
      ) : (
        <ul className="practice-list">
          {opened.cases.map((scenario) => (
            <li key={scenario.id}>
              <CaseCard
                scenario={scenario}
                progress={progress}
                onStart={onStart}
                origin={tt('caseFiles.fromFile', { file: opened.file })}
              />
            </li>
          ))}
        </ul>
      )}
      {opened.errors.length > 0 && (
        <div className="notice teaching__errors">
          <h4>{tt('caseFiles.errorsHeading')}</h4>
          <ul>
            {opened.errors.map((error, i) => (
              <li key={i} data-case-error={error.caseId ?? String(error.caseNumber ?? '')}>
                {errorText(error)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {onRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {tt('caseFiles.remove')}
        </button>
      )}
    </section>
  );
}

/**
 * The practice cases: title, whether it is done on this device, and Start. The needs and age
 * group are not shown, since naming them is part of the exercise. Below them, what a lecturer
 * brings: case files opened on the device, and the class summary of handed-in attempts.
 */
export function ScenarioList(props: ScenarioListProps) {
  const {
    scenarios,
    progress,
    focusOnMount,
    onStart,
    caseFiles = [],
    onOpenCaseFile,
    onRemoveCaseFile,
  } = props;
  const { t: tt } = useTranslation('teaching');
  const ids = useId();
  const [status, setStatus] = useState('');
  const filesHeading = useRef<HTMLHeadingElement>(null);

  const exportCase = (scenario: Scenario) => {
    const name = `case-${scenario.id}.json`;
    downloadJson(name, caseFileFor(scenario));
    setStatus(tt('caseFiles.exported', { file: name }));
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !onOpenCaseFile) return;
    let text: string;
    try {
      text = await readLocalFile(file);
    } catch {
      setStatus(tt('caseFiles.readError', { file: file.name }));
      return;
    }
    const taken = new Set([
      ...scenarios.map((s) => s.id),
      ...caseFiles.filter((f) => f.file !== file.name).flatMap((f) => f.cases.map((c) => c.id)),
    ]);
    const opened = parseCaseFile(file.name, text, { ...(await knownIds()), takenCaseIds: taken });
    const bad = new Set(opened.errors.map((e) => e.caseNumber ?? 0)).size;
    setStatus(tt('caseFiles.opened', { file: file.name, good: opened.cases.length, bad }));
    onOpenCaseFile(opened);
  };

  return (
    <ScenarioListFrame focusOnMount={focusOnMount}>
      <ul className="practice-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <CaseCard
              scenario={scenario}
              progress={progress}
              onStart={onStart}
              onExport={() => exportCase(scenario)}
            />
          </li>
        ))}
      </ul>

      {onOpenCaseFile && (
        <section className="teaching" aria-labelledby={`${ids}-files`}>
          <h2 id={`${ids}-files`} ref={filesHeading} tabIndex={-1}>
            {tt('caseFiles.heading')}
          </h2>
          <p className="hint">{tt('caseFiles.intro')}</p>
          <div className="field">
            <label htmlFor={`${ids}-open`}>{tt('caseFiles.open')}</label>
            <input
              id={`${ids}-open`}
              type="file"
              accept=".json,application/json"
              onChange={(e) => void openFile(e)}
            />
          </div>
          {caseFiles.map((opened) => (
            <CaseFileSection
              key={opened.file}
              opened={opened}
              progress={progress}
              onStart={onStart}
              onRemove={
                onRemoveCaseFile &&
                (() => {
                  onRemoveCaseFile(opened.file);
                  // The button goes with its file: focus stays in the section.
                  requestAnimationFrame(() => filesHeading.current?.focus());
                })
              }
            />
          ))}
        </section>
      )}

      <p className="plan__status" role="status">
        {status}
      </p>

      <ClassSummary scenarios={[...scenarios, ...caseFiles.flatMap((f) => f.cases)]} />
    </ScenarioListFrame>
  );
}
