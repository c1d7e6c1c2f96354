import { createElement, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PartialAnswers } from '../../domain/answers.ts';
import { toolsWithIds } from '../../domain/catalogue-data.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../domain/taxonomy.ts';
import { ensureLanguageResources, isUiLanguage } from '../../i18n/i18n.ts';
import { useUiLanguage } from '../shared/labels.ts';
import { buildHandout, type HandoutDocument } from './handout-document.ts';
import './client-handout.css';

/** The body class that puts the handout, not the practitioner's plan, on paper. */
export const PRINTING_HANDOUT_CLASS = 'printing-handout';

/** Each language named in itself, so a client can find their own. */
const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

/** Many methods do not fit one A4 page at 14 pt; the practitioner is told before printing. */
const ONE_PAGE_TOOLS = 3;

interface ClientHandoutProps {
  answers: PartialAnswers;
  chosenTools: readonly string[];
  onClose: () => void;
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const heading = (level: number) => `h${Math.min(6, level)}` as HeadingTag;

/** The handout document itself; the preview and the printout render the same one. */
function HandoutSheet({ doc, level }: { doc: HandoutDocument; level: number }) {
  return (
    <div className="handout-sheet" lang={doc.lang}>
      {createElement(heading(level), { className: 'handout-sheet__title' }, doc.title)}
      <p>{doc.intro}</p>
      <p>{doc.date}</p>
      {[...doc.tools, ...doc.sections].map((block) => (
        <section key={block.key} className="handout-sheet__block" data-handout-block={block.key}>
          {createElement(heading(level + 1), null, block.heading)}
          <ul>
            {block.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="handout-sheet__footer">{doc.footer}</p>
    </div>
  );
}

/** Whether the handout strings of `lang` are loaded (they load on demand, apart from the UI's). */
function useHandoutStrings(lang: UiLanguage): boolean {
  const { i18n } = useTranslation('handout');
  const [loaded, setLoaded] = useState<readonly string[]>([]);
  const ready = i18n.hasResourceBundle(lang, 'handout') || loaded.includes(lang);
  useEffect(() => {
    let live = true;
    if (!i18n.hasResourceBundle(lang, 'handout')) {
      void ensureLanguageResources(i18n, lang, 'handout').then(() => {
        if (live) setLoaded((l) => [...l, lang]);
      });
    }
    return () => {
      live = false;
    };
  }, [i18n, lang]);

  return ready;
}

/** Prints the handout alone: the body class hides the rest of the page until printing ends. */
function printHandout() {
  document.body.classList.add(PRINTING_HANDOUT_CLASS);
  const done = () => {
    document.body.classList.remove(PRINTING_HANDOUT_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

interface WorkerFieldsProps {
  ids: string;
  name: string;
  contact: string;
  onName: (name: string) => void;
  onContact: (contact: string) => void;
}

/** The practitioner's name and contact: printed on the handout, never stored. */
function WorkerFields({ ids, name, contact, onName, onContact }: WorkerFieldsProps) {
  const { t } = useTranslation('handout');
  return (
    <>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('panel.name')}</label>
        <input
          id={`${ids}-name`}
          type="text"
          value={name}
          onChange={(e) => onName(e.target.value)}
          autoComplete="off"
          aria-describedby={`${ids}-contact-hint`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-contact`}>{t('panel.contact')}</label>
        <input
          id={`${ids}-contact`}
          type="text"
          value={contact}
          onChange={(e) => onContact(e.target.value)}
          autoComplete="off"
          aria-describedby={`${ids}-contact-hint`}
        />
        <p id={`${ids}-contact-hint`} className="hint">
          {t('panel.contactHint')}
        </p>
      </div>
    </>
  );
}

/**
 * "Print for the client": a one-page plain-language handout about the plan's methods, in a
 * language chosen apart from the UI's. The practitioner's name and contact live only in this
 * component while it is open; they are printed and never written to storage or the address.
 */
export function ClientHandout({ answers, chosenTools, onClose }: ClientHandoutProps) {
  const { t, i18n } = useTranslation('handout');
  const ui = useUiLanguage();
  const ids = useId();
  const clientLanguage = answers.language;
  const [lang, setLang] = useState<UiLanguage>(isUiLanguage(clientLanguage) ? clientLanguage : ui);
  const [includeNeeds, setIncludeNeeds] = useState(false);
  const [workerName, setWorkerName] = useState('');
  const [workerContact, setWorkerContact] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    return () => document.body.classList.remove(PRINTING_HANDOUT_CLASS);
  }, []);

  const ready = useHandoutStrings(lang);

  const tools = useMemo(() => toolsWithIds(chosenTools), [chosenTools]);
  const doc = useMemo(() => {
    if (!ready) return undefined;
    const fixed = i18n.getFixedT(lang, 'handout');
    return buildHandout(
      {
        lang,
        tools,
        needs: includeNeeds ? answers.needs : undefined,
        date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
        workerName,
        workerContact,
      },
      fixed,
    );
  }, [ready, i18n, lang, tools, includeNeeds, answers.needs, workerName, workerContact]);

  return (
    <section className="handout" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} ref={headingRef} tabIndex={-1}>
        {t('panel.heading')}
      </h3>
      <p className="hint">{t('panel.intro')}</p>
      <div className="handout__controls">
        <div className="field">
          <label htmlFor={`${ids}-lang`}>{t('panel.language')}</label>
          <select
            id={`${ids}-lang`}
            value={lang}
            aria-describedby={`${ids}-lang-hint`}
            onChange={(e) => {
              if (isUiLanguage(e.target.value)) setLang(e.target.value);
            }}
          >
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
          <p id={`${ids}-lang-hint`} className="hint">
            {t('panel.languageHint')}
          </p>
        </div>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={includeNeeds}
              onChange={(e) => setIncludeNeeds(e.target.checked)}
              aria-describedby={`${ids}-needs-hint`}
            />
            <span>{t('panel.includeNeeds')}</span>
          </label>
          <p id={`${ids}-needs-hint`} className="hint">
            {t('panel.includeNeedsHint')}
          </p>
        </div>
        <WorkerFields
          ids={ids}
          name={workerName}
          contact={workerContact}
          onName={setWorkerName}
          onContact={setWorkerContact}
        />
      </div>
      {tools.length === 0 && <p className="hint">{t('panel.noTools')}</p>}
      {tools.length > ONE_PAGE_TOOLS && <p className="notice">{t('panel.manyTools')}</p>}
      <div className="plan__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={printHandout}
          disabled={!doc || tools.length === 0}
        >
          {t('panel.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {doc ? (
        <>
          <section className="handout__preview" aria-label={t('panel.preview')}>
            <HandoutSheet doc={doc} level={4} />
          </section>
          {/* Paper: the same document, a sibling of the app root, shown only while the handout prints. */}
          {createPortal(
            <div className="handout-print" hidden>
              <HandoutSheet doc={doc} level={1} />
            </div>,
            document.body,
          )}
        </>
      ) : (
        <p role="status">{t('panel.loading')}</p>
      )}
    </section>
  );
}
