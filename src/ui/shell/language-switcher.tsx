import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../domain/taxonomy.ts';
import { useUiLanguage } from '../shared/labels.ts';

const NATIVE_NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** Three buttons, each named in its own language so anyone can find theirs. */
export function LanguageSwitcher({ onChange }: { onChange: (lang: UiLanguage) => void }) {
  const { t } = useTranslation();
  const current = useUiLanguage();
  return (
    <div role="group" aria-label={t('uiLanguage')} className="language-switcher">
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => onChange(lang)}
        >
          {NATIVE_NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
