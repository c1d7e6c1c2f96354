import { Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { UiLanguage } from '../domain/taxonomy.ts';
import { UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { deviceStorage } from './shared/device-storage.ts';
import { switchLanguage } from '../i18n/i18n.ts';
import { lazyWithStrings } from './shared/lazy-view.ts';
import { LanguageSwitcher } from './shell/language-switcher.tsx';
import type { WizardBoot } from '../../flows/wizard-boot.ts';

export type AppMode = 'plan' | 'practice' | 'catalogue';

/**
 * The planning wizard (the statechart; the question forms when it opens on a question): a
 * chunk of its own, so that practice and the catalogue never load it. boot() awaits it
 * together with the strings before the first render, so the prerendered first screen is
 * hydrated in one pass, without a Suspense fallback in between (the first-screen script
 * fetches the same chunks with the app's).
 */
export const loadPlanningView = (wizard: WizardBoot) =>
  import('./planning/planning-view.tsx').then(async (m) => {
    if (wizard.step !== 'results') await m.loadQuestions();
    return m.WizardView;
  });
export type PlanningViewComponent = ComponentType<{ boot: WizardBoot }>;

// Practice mode brings the scenarios and its own strings: loaded only when a student opens it.
const PracticeView = lazyWithStrings(() =>
  import('./practice/practice-view.tsx').then((m) => m.PracticeView),
);

// The catalogue brings every tool and the results strings: loaded only when someone browses it.
const CatalogueView = lazyWithStrings(() =>
  import('./catalogue/catalogue-view.tsx').then((m) => m.CatalogueView),
);

interface ModeProps {
  mode: AppMode;
  wizard: WizardBoot;
  /** The planning view, loaded before the app renders in planning mode (loadPlanningView). */
  PlanningView?: PlanningViewComponent | undefined;
}

function Shell({
  onLanguage,
  mode,
  wizard,
  PlanningView,
}: ModeProps & { onLanguage: (lang: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('appName');
  }, [i18n.language, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('appName')}
          </p>
          <div className="site-header__tools">
            <nav aria-label={t('modes.label')} className="site-nav">
              <a href="./" aria-current={mode === 'plan' ? 'page' : undefined}>
                {t('modes.plan')}
              </a>
              <a href="./?mode=practice" aria-current={mode === 'practice' ? 'page' : undefined}>
                {t('modes.practice')}
              </a>
              <a href="./?mode=catalogue" aria-current={mode === 'catalogue' ? 'page' : undefined}>
                {t('modes.catalogue')}
              </a>
            </nav>
            <LanguageSwitcher onChange={onLanguage} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {mode === 'plan' && PlanningView && <PlanningView boot={wizard} />}
        {mode === 'practice' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <PracticeView scenarioId={wizard.scenario} />
          </Suspense>
        )}
        {mode === 'catalogue' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <CatalogueView />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('privacy.footer')}</p>
        <p>{t('footer.source')}</p>
      </footer>
    </>
  );
}

/** The app: i18n provider, language choice remembered on the device, and the current mode. */
export function App({
  i18n,
  mode = 'plan',
  wizard,
  PlanningView,
}: Omit<ModeProps, 'mode'> & { i18n: I18n; mode?: AppMode }) {
  const [, setLang] = useState(i18n.language);
  const changeLanguage = useCallback(
    (lang: UiLanguage) => {
      deviceStorage.set(UI_LANGUAGE_STORAGE_KEY, lang);
      void switchLanguage(i18n, lang).then(() => setLang(lang));
    },
    [i18n],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <Shell onLanguage={changeLanguage} mode={mode} wizard={wizard} PlanningView={PlanningView} />
    </I18nextProvider>
  );
}
