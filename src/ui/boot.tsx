import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { bootWizard, type WizardBoot } from '../../flows/wizard-boot.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { browserUiLanguage, createAppI18n, ensureResources, isUiLanguage } from '../i18n/i18n.ts';
import { loadResources } from '../i18n/resources.ts';
import { App, type AppMode } from './app.tsx';
import { deviceStorage } from './shared/device-storage.ts';
import { ErrorBoundary } from './shared/error-boundary.tsx';
import { UpdateNotice } from './shell/update-notice.tsx';

export { registerOfflineSupport } from './shell/updates.ts';

/** The mode the address asks for (`?mode=practice`, `?mode=catalogue`); planning otherwise. */
export const appMode = (value: string | null): AppMode =>
  value === 'practice' || value === 'catalogue' ? value : 'plan';

/** The app's whole tree. scripts/prerender.tsx renders the same tree at build time. */
export function AppRoot({ i18n, mode, wizard }: { i18n: I18n; mode: AppMode; wizard: WizardBoot }) {
  return (
    <StrictMode>
      <ErrorBoundary i18n={i18n}>
        <App i18n={i18n} mode={mode} wizard={wizard} />
        <I18nextProvider i18n={i18n}>
          <UpdateNotice />
        </I18nextProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}

/** The UI language: the address's, else the one chosen on this device, else the browser's. */
export const uiLanguageFor = (wizard: WizardBoot, stored: string | null, preferred: readonly string[]) =>
  wizard.ui ?? (isUiLanguage(stored) ? stored : browserUiLanguage(preferred));

/** Whether the app opens on the prerendered screen: the needs question, nothing answered. */
export const isFirstScreen = (mode: AppMode, wizard: WizardBoot) =>
  mode === 'plan' &&
  wizard.step === 'needs' &&
  Object.keys(wizard.answers).length === 0 &&
  wizard.notices.length === 0 &&
  wizard.chosenTools.length === 0 &&
  wizard.consideredPrompts.length === 0;

/**
 * Reads the address and the device record, picks the UI language and renders the app.
 *
 * When the app opens on a later view (the results, practice, the catalogue), that view's
 * code and strings are fetched together with the first strings, in one round of requests,
 * not one after the other. `earlyView` is the view main.tsx already asked for from the
 * address alone.
 */
export async function boot(container: HTMLElement, earlyView?: Promise<unknown>): Promise<void> {
  const wizard = bootWizard(window.location.search, deviceStorage.get(SESSION_STORAGE_KEY));
  const stored = deviceStorage.get(UI_LANGUAGE_STORAGE_KEY);
  const lang = uiLanguageFor(wizard, stored, navigator.languages ?? []);
  const mode = appMode(new URLSearchParams(window.location.search).get('mode'));
  const opensResults = mode === 'plan' && wizard.step === 'results';
  const laterView = mode !== 'plan' || opensResults;
  const [i18n] = await Promise.all([
    createAppI18n(lang),
    laterView ? loadResources(lang, 'more') : undefined,
    // A device record resumed on the results has no answers in the address for main.tsx
    // to see: ask for the results here as well (the same request when main.tsx did).
    opensResults ? import('./results/results-view.tsx') : undefined,
    // A failed early load is not fatal here: the view's own lazy import retries, and its
    // error boundary reports.
    earlyView?.catch(() => undefined),
  ]);
  if (laterView) await ensureResources(i18n, 'more');
  document.documentElement.lang = lang;
  const tree = <AppRoot i18n={i18n} mode={mode} wizard={wizard} />;
  // The page may already show the prerendered first screen (scripts/first-screen.ts): the
  // app takes it over as it is when it would render the same. Otherwise it starts afresh.
  // Both as a transition: React then renders in short slices and lets the phone answer
  // taps in between, instead of one long task (Lighthouse: total blocking time).
  startTransition(() => {
    if (container.dataset.firstScreen === lang && isFirstScreen(mode, wizard)) {
      hydrateRoot(container, tree);
    } else {
      container.replaceChildren();
      createRoot(container).render(tree);
    }
  });
}
