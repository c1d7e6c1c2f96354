import { Component, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';

interface Props {
  i18n: I18n;
  children: ReactNode;
}

/**
 * Last line of defence: a render error shows a translated message, never a blank page.
 * The answers are in the device record, so a reload continues where the practitioner was.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = this.props.i18n.getFixedT(null, 'common');
    return (
      <main className="fatal" id="main">
        <h1>{t('appName')}</h1>
        <p role="alert">{t('crash.message')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </main>
    );
  }
}
