import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { getI18n, useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/answers.ts';
import { toolsWithIds } from '../../domain/catalogue-data.ts';
import { encodeShareQuery } from '../../domain/share-link.ts';
import type { EthicsPrompt } from '../../engine/ethics.ts';
import type { RecommendResult } from '../../engine/recommend.ts';
import { useLocalized, useUiLanguage } from '../shared/labels.ts';
import { planToText, usePlanDocument, type PlanDocument } from './plan-text.ts';
import { ensureResources } from '../../i18n/i18n.ts';

/** The client handout and its strings load only when a practitioner opens it. */
const ClientHandout = lazy(() =>
  Promise.all([import('./client-handout.tsx'), ensureResources(getI18n(), 'handout')]).then(([m]) => ({
    default: m.ClientHandout,
  })),
);

interface PlanPanelProps {
  answers: Answers;
  result: RecommendResult;
  chosenTools: readonly string[];
  prompts: readonly EthicsPrompt[];
  consideredPrompts: readonly string[];
  /** The free-text note (kept by the planning statechart, never stored on the device). */
  note: string;
  onNoteChange: (note: string) => void;
}

const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/**
 * Today's date as Intl.DateTimeFormat's `dateStyle: 'long'` writes it ("6. joulukuuta 2026"),
 * from the locale's strings: the page's first Intl.DateTimeFormat costs 30-40 ms of main
 * thread (ICU's date patterns), and the printout, always in the page, carries the date.
 */
export function useLongDate() {
  const { t } = useTranslation('plan');
  return (date: Date): string =>
    t(`longDate.${MONTHS[date.getMonth()]!}`, { day: date.getDate(), year: date.getFullYear() });
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

/** The printed note: a sibling of the app root, hidden on screen, the only thing on paper. */
function PlanPrintout({ doc, lang }: { doc: PlanDocument; lang: string }) {
  return createPortal(
    <div className="print-document" lang={lang}>
      <h1>{doc.title}</h1>
      <p>{doc.date}</p>
      <h2>{doc.labels.answers}</h2>
      <dl className="print-answers">
        {doc.answers.map((a) => (
          <div key={a.id}>
            <dt>{a.question}</dt>
            <dd>{a.answer}</dd>
          </div>
        ))}
      </dl>
      <h2>{doc.labels.tools}</h2>
      {doc.tools.length === 0 && <p>{doc.labels.noTools}</p>}
      {doc.tools.map((tool) => (
        <div key={tool.id} className="print-tool">
          <h3>{tool.heading}</h3>
          <p>{tool.summary}</p>
          <ul>
            {tool.reasons.map((r, i) => (
              <li key={`r${i}`}>✓ {r}</li>
            ))}
            {tool.caveats.map((c, i) => (
              <li key={`c${i}`}>! {c}</li>
            ))}
          </ul>
          {tool.url && <p>{tool.url}</p>}
        </div>
      ))}
      <h2>{doc.labels.ethics}</h2>
      <ul className="print-prompts">
        {doc.prompts.map((p) => (
          <li key={p.id}>
            [{p.mark}] {p.question}
            <br />
            <small>{p.because}</small>
            {p.laws.length > 0 && (
              <>
                <br />
                <small>
                  {doc.labels.laws} {p.laws.join('; ')}
                </small>
              </>
            )}
          </li>
        ))}
      </ul>
      {doc.note !== '' && (
        <>
          <h2>{doc.labels.note}</h2>
          <p className="print-note">{doc.note}</p>
        </>
      )}
      <p className="print-footer">{doc.labels.footer}</p>
    </div>,
    document.body,
  );
}

/**
 * The plan always at hand: a bar fixed to the foot of the screen while the results are shown,
 * with the plan's count (announced politely when it changes), print and copy. The copy status
 * is said here too, so it is seen where the button was pressed.
 */
function PlanBar({
  count,
  onCopyText,
  children,
}: {
  count: number;
  onCopyText: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('plan');
  return (
    <div className="plan-bar" role="region" aria-label={t('bar.label')}>
      <div className="plan-bar__inner">
        <p className="plan-bar__count" role="status" aria-live="polite">
          <a href="#plan-heading">{t('bar.count', { count })}</a>
        </p>
        <div className="plan-bar__actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCopyText}>
            {t('copyText')}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** The plan: chosen tools, a note that is never stored, print, copy as text and the share link. */
export function PlanPanel(props: PlanPanelProps) {
  const { answers, result, chosenTools, prompts, consideredPrompts, note, onNoteChange } = props;
  const { t } = useTranslation('plan');
  const ui = useUiLanguage();
  const localized = useLocalized();
  const planDocument = usePlanDocument();
  const noteId = useId();
  const [copied, setCopied] = useState<Copied>(null);
  const [handoutOpen, setHandoutOpen] = useState(false);
  const handoutButtonRef = useRef<HTMLButtonElement>(null);
  const [fallback, setFallback] = useState<{ what: 'text' | 'link'; value: string } | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const date = useLongDate()(new Date());
  const shareUrl = `${window.location.origin}${window.location.pathname}${encodeShareQuery(answers, ui)}`;
  // One translated document for both the printout (always in the page) and the copied text.
  const doc = planDocument({ answers, result, chosenTools, prompts, consideredPrompts, date, note });

  const copy = async (what: 'text' | 'link') => {
    const value = what === 'link' ? shareUrl : planToText(doc);
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

  const chosen = toolsWithIds(chosenTools);

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
          rows={2}
          value={note}
          onChange={(e) => onNoteChange(e.target.value)}
          aria-describedby={`${noteId}-hint`}
          autoComplete="off"
          spellCheck
        />
        <p id={`${noteId}-hint`} className="hint">
          {t('note.hint')}
        </p>
      </div>
      <div className="plan__actions">
        <button
          type="button"
          ref={handoutButtonRef}
          className="button button--secondary"
          aria-expanded={handoutOpen}
          disabled={chosen.length === 0}
          onClick={() => setHandoutOpen(true)}
        >
          {t('printForClient')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy('link')}>
          {t('copyLink')}
        </button>
      </div>
      <p className="hint">{t('linkPrivacy')}</p>
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

      {handoutOpen && (
        <Suspense fallback={<p role="status">…</p>}>
          <ClientHandout
            answers={answers}
            chosenTools={chosenTools}
            onClose={() => {
              setHandoutOpen(false);
              requestAnimationFrame(() => handoutButtonRef.current?.focus());
            }}
          />
        </Suspense>
      )}

      <PlanBar count={chosen.length} onCopyText={() => void copy('text')}>
        <p className="plan__status" role="status">
          {copied &&
            (copied.ok ? t(copied.what === 'text' ? 'copiedText' : 'copiedLink') : t('copyFallback'))}
        </p>
      </PlanBar>
      <PlanPrintout doc={doc} lang={ui} />
    </section>
  );
}
