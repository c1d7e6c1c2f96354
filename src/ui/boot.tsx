import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootWizard } from '../../flows/wizard-boot.ts';
import { SESSION_STORAGE_KEY, UI_LANGUAGE_STORAGE_KEY } from '../domain/session-record.ts';
import { browserUiLanguage, createAppI18n, isUiLanguage } from '../i18n/i18n.ts';
import { App, type AppMode } from './app.tsx';
import { deviceStorage } from './shared/device-storage.ts';
import { ErrorBoundary } from './shared/error-boundary.tsx';

/** The mode the address asks for (`?mode=practice`, `?mode=catalogue`); planning otherwise. */
const appMode = (value: string | null): AppMode =>
  value === 'practice' || value === 'catalogue' ? value : 'plan';

/** Reads the address and the device record, picks the UI language and renders the app. */
export async function boot(container: HTMLElement): Promise<void> {
  const wizard = bootWizard(window.location.search, deviceStorage.get(SESSION_STORAGE_KEY));
  const stored = deviceStorage.get(UI_LANGUAGE_STORAGE_KEY);
  const lang = wizard.ui ?? (isUiLanguage(stored) ? stored : browserUiLanguage(navigator.languages ?? []));
  const i18n = await createAppI18n(lang);
  document.documentElement.lang = lang;
  const mode = appMode(new URLSearchParams(window.location.search).get('mode'));
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
