import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { UiLanguage } from '../domain/taxonomy.ts';
import { UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { deviceStorage } from './shared/device-storage.ts';
import { switchLanguage } from '../i18n/i18n.ts';
import { LanguageSwitcher } from './shell/language-switcher.tsx';
import type { WizardBoot } from '../../flows/wizard-boot.ts';

export type AppMode = 'plan' | 'practice' | 'catalogue';

/**
 * What the main landmark shows, by mode. Each view is a chunk of its own, so no page loads
 * another mode's code (the catalogue never loads XState or the forms). boot() awaits the
 * address's view, and the strings it needs, before the first render: the prerendered first
 * screen is then hydrated in one pass, and a prerendered view frame (scripts/first-screen.ts)
 * is replaced in one commit, with no loading fallback in between. The first-screen script
 * fetches the same chunks with the app's.
 */
export type LoadedView =
  | { mode: 'plan'; Component: ComponentType<{ boot: WizardBoot }> }
  | { mode: 'practice'; Component: ComponentType<{ scenarioId?: string | undefined }> }
  | { mode: 'catalogue'; Component: ComponentType };

/** Loads the view of `mode`: the planning wizard with its question forms when it opens on one. */
export async function loadView(mode: AppMode, wizard: WizardBoot): Promise<LoadedView> {
  if (mode === 'practice') {
    const { PracticeView } = await import('./practice/practice-view.tsx');
    return { mode, Component: PracticeView };
  }
  if (mode === 'catalogue') {
    const { CatalogueView } = await import('./catalogue/catalogue-view.tsx');
    return { mode, Component: CatalogueView };
  }
  const planning = await import('./planning/planning-view.tsx');
  await (wizard.step === 'results' ? planning.loadResults() : planning.loadQuestions());
  return { mode, Component: planning.WizardView };
}

interface AppProps {
  wizard: WizardBoot;
  view: LoadedView;
}

function Shell({ onLanguage, wizard, view }: AppProps & { onLanguage: (lang: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const { mode } = view;

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
        {view.mode === 'plan' && <view.Component boot={wizard} />}
        {view.mode === 'practice' && <view.Component scenarioId={wizard.scenario} />}
        {view.mode === 'catalogue' && <view.Component />}
      </main>
      <footer className="site-footer">
        <p>{t('privacy.footer')}</p>
        <p>{t('footer.source')}</p>
      </footer>
    </>
  );
}

/** The app: i18n provider, language choice remembered on the device, and the current mode's view. */
export function App({ i18n, wizard, view }: AppProps & { i18n: I18n }) {
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
      <Shell onLanguage={changeLanguage} wizard={wizard} view={view} />
    </I18nextProvider>
  );
}
