import { useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { QUESTION_IDS, type Answers } from '../../domain/answers.ts';
import { catalogue } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics.ts';
import { encodeShareQuery } from '../../domain/share-link.ts';
import type { EthicsPrompt } from '../../engine/ethics.ts';
import type { RecommendResult } from '../../engine/recommend.ts';
import { useLocalized, useUiLanguage } from '../labels.ts';
import { useAnswerText } from '../wizard/answer-summary.tsx';
import { useReasonText } from './reason-text.ts';
import { useFactText } from './ethics-panel.tsx';
import { usePlanText } from './plan-text.ts';

const toolsById = new Map(catalogue.map((tool) => [tool.id, tool]));
const rulesById = new Map(ethicsRules.map((rule) => [rule.id, rule]));

interface PlanPanelProps {
  answers: Answers;
  result: RecommendResult;
  chosenTools: readonly string[];
  prompts: readonly EthicsPrompt[];
  consideredPrompts: readonly string[];
}

type Copied = { what: 'text' | 'link'; ok: boolean } | null;

/** Copies with the clipboard API; returns false where it is missing or refused. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The plan: chosen tools, a note that is never stored, print, copy as text and the share link. */
export function PlanPanel({ answers, result, chosenTools, prompts, consideredPrompts }: PlanPanelProps) {
  const { t } = useTranslation('plan');
  const { t: tw } = useTranslation('wizard');
  const ui = useUiLanguage();
  const localized = useLocalized();
  const answerText = useAnswerText();
  const reasonText = useReasonText();
  const factText = useFactText();
  const planText = usePlanText();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState<Copied>(null);
  const [fallback, setFallback] = useState<{ what: 'text' | 'link'; value: string } | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const date = new Intl.DateTimeFormat(ui, { dateStyle: 'long' }).format(new Date());
  const shareUrl = `${window.location.origin}${window.location.pathname}${encodeShareQuery(answers, ui)}`;

  const copy = async (what: 'text' | 'link') => {
    const value =
      what === 'link'
        ? shareUrl
        : planText({ answers, result, chosenTools, prompts, consideredPrompts, date, note });
    const ok = await copyToClipboard(value);
    setCopied({ what, ok });
    if (ok) {
      setFallback(null);
    } else {
      // No clipboard access: show the text selected, so Ctrl+C copies it.
      setFallback({ what, value });
      requestAnimationFrame(() => {
        fallbackRef.current?.focus();
        fallbackRef.current?.select();
      });
    }
  };

  const chosen = chosenTools.flatMap((id) => toolsById.get(id) ?? []);

  return (
    <section className="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('heading')}</h2>
      {chosen.length === 0 ? (
        <p className="hint">{t('emptyHint')}</p>
      ) : (
        <ul className="plan__tools">
          {chosen.map((tool) => (
            <li key={tool.id}>
              {localized(tool.name)} <span className="hint">({localized(tool.provider)})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={noteId}>{t('note.label')}</label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${noteId}-hint`}
          autoComplete="off"
          spellCheck
        />
        <p id={`${noteId}-hint`} className="hint">
          {t('note.hint')}
        </p>
      </div>
      <div className="plan__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy('text')}>
          {t('copyText')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy('link')}>
          {t('copyLink')}
        </button>
      </div>
      <p className="hint">{t('linkPrivacy')}</p>
      <p className="plan__status" role="status">
        {copied && (copied.ok ? t(copied.what === 'text' ? 'copiedText' : 'copiedLink') : t('copyFallback'))}
      </p>
      {fallback && (
        <div className="field">
          <label htmlFor={`${noteId}-fallback`}>
            {t(fallback.what === 'text' ? 'fallbackText' : 'fallbackLink')}
          </label>
          <textarea
            id={`${noteId}-fallback`}
            ref={fallbackRef}
            readOnly
            rows={fallback.what === 'text' ? 12 : 2}
            value={fallback.value}
          />
        </div>
      )}

      {/* The printed document: a sibling of the app root, hidden on screen, the only thing on paper. */}
      {createPortal(
        <div className="print-document" lang={ui}>
          <h1>{t('documentTitle')}</h1>
          <p>{t('date', { date })}</p>
          <h2>{t('sections.answers')}</h2>
          <dl className="print-answers">
            {QUESTION_IDS.map((q) => (
              <div key={q}>
                <dt>{tw(`questions.${q}`)}</dt>
                <dd>{answerText(answers, q)}</dd>
              </div>
            ))}
          </dl>
          <h2>{t('sections.tools')}</h2>
          {chosen.length === 0 && <p>{t('noTools')}</p>}
          {chosen.map((tool) => {
            const item = result.items.find((i) => i.toolId === tool.id);
            return (
              <div key={tool.id} className="print-tool">
                <h3>
                  {localized(tool.name)} – {localized(tool.provider)}
                </h3>
                <p>{localized(tool.summary)}</p>
                {item && (
                  <ul>
                    {item.reasons.map((r, i) => (
                      <li key={`r${i}`}>✓ {reasonText(r)}</li>
                    ))}
                    {item.caveats.map((c, i) => (
                      <li key={`c${i}`}>! {reasonText(c)}</li>
                    ))}
                  </ul>
                )}
                {tool.url && <p>{tool.url}</p>}
              </div>
            );
          })}
          <h2>{t('sections.ethics')}</h2>
          <ul className="print-prompts">
            {prompts.map((prompt) => {
              const rule = rulesById.get(prompt.ruleId);
              if (!rule) return null;
              const done = consideredPrompts.includes(prompt.ruleId);
              return (
                <li key={prompt.ruleId}>
                  [{done ? t('consideredMark') : t('notConsideredMark')}] {localized(rule.prompt)}
                  <br />
                  <small>
                    {t('because')} {prompt.facts.map(factText).join('; ')}
                  </small>
                </li>
              );
            })}
          </ul>
          {note.trim() !== '' && (
            <>
              <h2>{t('sections.note')}</h2>
              <p className="print-note">{note}</p>
            </>
          )}
          <p className="print-footer">{t('footer')}</p>
        </div>,
        document.body,
      )}
    </section>
  );
}
