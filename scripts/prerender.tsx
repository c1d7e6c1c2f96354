// Renders each UI language's first screen to HTML at build time (scripts/first-screen.ts).
// It is the app's own tree, with the boot decision of a fresh visit: no address, no record.
import { renderToString } from 'react-dom/server';
import { bootWizard } from '../flows/wizard-boot.ts';
import { UI_LANGUAGES, type UiLanguage } from '../src/domain/taxonomy.ts';
import { createAppI18n } from '../src/i18n/i18n.ts';
import { AppRoot } from '../src/ui/boot.tsx';
import { loadQuestions, WizardView } from '../src/ui/planning/planning-view.tsx';

export async function renderFirstScreens(): Promise<Record<UiLanguage, string>> {
  const out = {} as Record<UiLanguage, string>;
  // As boot() does when the app opens on a question.
  await loadQuestions();
  for (const lang of UI_LANGUAGES) {
    const i18n = await createAppI18n(lang);
    out[lang] = renderToString(
      <AppRoot i18n={i18n} mode="plan" wizard={bootWizard('', null)} PlanningView={WizardView} />,
    );
  }
  return out;
}
