import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootWizard } from '../../flows/wizard-boot.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { browserUiLanguage, createAppI18n, ensureResources, isUiLanguage } from '../i18n/i18n.ts';
import { loadResources } from '../i18n/resources.ts';
import { App, type AppMode } from './app.tsx';
import { deviceStorage } from './shared/device-storage.ts';
import { ErrorBoundary } from './shared/error-boundary.tsx';

/** The mode the address asks for (`?mode=practice`, `?mode=catalogue`); planning otherwise. */
const appMode = (value: string | null): AppMode =>
  value === 'practice' || value === 'catalogue' ? value : 'plan';

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
  const lang = wizard.ui ?? (isUiLanguage(stored) ? stored : browserUiLanguage(navigator.languages ?? []));
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
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary i18n={i18n}>
        <App i18n={i18n} mode={mode} wizard={wizard} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** Registers the offline service worker of the production build (http(s) only). */
export function registerOfflineSupport() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      /* offline support is a bonus; the app works without it */
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
