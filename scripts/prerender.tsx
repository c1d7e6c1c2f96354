// Renders at build time, for each UI language, the first screen (the needs question with no
// answers, hydrated by the app) and the frame of the views an address opens directly (their
// heading and intro, shown until the app replaces them): see scripts/first-screen.ts.
// Each is the app's own tree, with the boot decision of a visit to that address with no record.
import { renderToString } from 'react-dom/server';
import { bootWizard } from '../flows/wizard-boot.ts';
import { UI_LANGUAGES, type UiLanguage } from '../src/domain/taxonomy.ts';
import { createAppI18n, ensureResources } from '../src/i18n/i18n.ts';
import { AppRoot } from '../src/ui/boot.tsx';
import { loadQuestions, WizardView } from '../src/ui/planning/planning-view.tsx';
import { PracticeFrame } from '../src/ui/practice/practice-frame.tsx';
import { CatalogueFrame } from '../src/ui/catalogue/catalogue-frame.tsx';
import { ResultsPageFrame } from '../src/ui/results/results-frame.tsx';
import { Loading } from '../src/ui/shared/loading.tsx';
import { parseBundledData } from './bundled-data.ts';
import type { LoadedView } from '../src/ui/app.tsx';

/** What is prerendered: the first screen, and the views with a frame. */
export type Prerendered = 'first-screen' | 'results' | 'practice' | 'catalogue';

export async function renderFirstScreens(): Promise<Record<Prerendered, Record<UiLanguage, string>>> {
  // As boot() does when the app opens on a question.
  await loadQuestions();
  // The catalogue's size as the app will have it: with the deployment's overlays (data/local/).
  const count = (parseBundledData('.').catalogue.default as readonly unknown[]).length;
  // Each frame says the rest is loading, where the rest will be (the same status line the app
  // shows while a part of a view loads).
  const CatalogueIntro = () => (
    <CatalogueFrame count={count}>
      <Loading />
    </CatalogueFrame>
  );
  const ResultsIntro = () => <ResultsPageFrame count={count} />;
  const views: Record<Prerendered, { search: string; view: LoadedView }> = {
    'first-screen': { search: '', view: { mode: 'plan', Component: WizardView } },
    results: { search: '', view: { mode: 'plan', Component: ResultsIntro } },
    practice: { search: '?mode=practice', view: { mode: 'practice', Component: PracticeFrame } },
    catalogue: { search: '?mode=catalogue', view: { mode: 'catalogue', Component: CatalogueIntro } },
  };
  const out = {} as Record<Prerendered, Record<UiLanguage, string>>;
  for (const [name, { search, view }] of Object.entries(views) as [
    Prerendered,
    (typeof views)[Prerendered],
  ][]) {
    out[name] = {} as Record<UiLanguage, string>;
    for (const lang of UI_LANGUAGES) {
      const i18n = await createAppI18n(lang);
      if (name !== 'first-screen') await ensureResources(i18n, 'more');
      out[name][lang] = renderToString(<AppRoot i18n={i18n} wizard={bootWizard(search, null)} view={view} />);
    }
  }
  return out;
}
