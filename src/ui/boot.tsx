import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { bootWizard, type WizardBoot } from '../../flows/wizard-boot.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { browserUiLanguage, createAppI18n, ensureResources, isUiLanguage } from '../i18n/i18n.ts';
import { App, loadView, type AppMode, type LoadedView } from './app.tsx';
import { deviceStorage } from './shared/device-storage.ts';
import { ErrorBoundary } from './shared/error-boundary.tsx';
import { UpdateNotice } from './shell/update-notice.tsx';

export { registerOfflineSupport } from './shell/updates.ts';

/** The mode the address asks for (`?mode=practice`, `?mode=catalogue`); planning otherwise. */
export const appMode = (value: string | null): AppMode =>
  value === 'practice' || value === 'catalogue' ? value : 'plan';

/** The app's whole tree. scripts/prerender.tsx renders the same tree at build time. */
export function AppRoot({ i18n, wizard, view }: { i18n: I18n; wizard: WizardBoot; view: LoadedView }) {
  return (
    <StrictMode>
      <ErrorBoundary i18n={i18n}>
        <App i18n={i18n} wizard={wizard} view={view} />
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
 * (Fetching the view a share link opens in parallel with the app, before the first render,
 * was tried and measured slower in Lighthouse: those requests compete with the first paint.)
 */
export async function boot(container: HTMLElement): Promise<void> {
  const wizard = bootWizard(window.location.search, deviceStorage.get(SESSION_STORAGE_KEY));
  const stored = deviceStorage.get(UI_LANGUAGE_STORAGE_KEY);
  const lang = uiLanguageFor(wizard, stored, navigator.languages ?? []);
  const mode = appMode(new URLSearchParams(window.location.search).get('mode'));
  const [i18n, view] = await Promise.all([createAppI18n(lang), loadView(mode, wizard)]);
  // Every view but the wizard's questions needs the strings beyond the first screen (the
  // first-screen script has fetched them already).
  if (mode !== 'plan' || wizard.step === 'results') await ensureResources(i18n, 'more');
  document.documentElement.lang = lang;
  const tree = <AppRoot i18n={i18n} wizard={wizard} view={view} />;
  // The page may already show the prerendered first screen (scripts/first-screen.ts): the
  // app takes it over as it is when it would render the same. Otherwise it starts afresh.
  if (container.dataset.firstScreen === lang && isFirstScreen(mode, wizard)) {
    // The frame's language buttons become the app's (scripts/first-screen.ts): a tap on one
    // before React has hydrated it is React's to replay from now on.
    container.dataset.appOwned = '';
    // As a transition: React then hydrates in short slices and lets the phone answer taps
    // in between, instead of one long task (Lighthouse: total blocking time).
    startTransition(() => {
      hydrateRoot(container, tree);
    });
  } else {
    // React clears the container when it first commits into it: until then the page keeps
    // what the first-screen script put there (a view's prerendered heading and intro).
    const root = createRoot(container);
    // A share link, practice or the catalogue render much more than the first screen (the
    // results, every tool): as a transition too, in slices the phone can answer taps between.
    startTransition(() => {
      root.render(tree);
    });
  }
}
