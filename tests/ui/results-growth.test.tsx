// @vitest-environment jsdom
import type * as Taxonomy from '../../src/domain/taxonomy.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { PracticeView } from '../../src/ui/practice/practice-view.tsx';
import { createTestI18n, allResources } from '../support/test-i18n.ts';
import { findScenario } from '../../src/domain/scenario-data.ts';
import { taxonomies } from '../../src/domain/taxonomies-data.ts';
import { encodeShareQuery } from '../../src/domain/share-link.ts';
import type { Answers } from '../../src/domain/answers.ts';
import { FORTIETH_LANGUAGE, NINTH_CHANNEL, NINTH_CHANNEL_LABEL } from '../engine/fixtures/grown-taxonomy.ts';
import { UI_LANGS, findStep, main, renderApp, resetDevice } from './render-app.tsx';

/*
 * An editor adds a ninth channel (and a 40th language): its id constant in
 * src/domain/taxonomy.ts and its labels in data/taxonomies.json, and one service in
 * data/tools.json offers it. The results page then filters by it and explains it in words.
 */
vi.mock('../../src/domain/taxonomy.ts', async (importOriginal) => {
  const { grownTaxonomy } = await import('../engine/fixtures/grown-taxonomy.ts');
  return grownTaxonomy(await importOriginal<typeof Taxonomy>());
});
vi.mock('../../data/taxonomies.json', async (importOriginal) => {
  const { grownLabels } = await import('../engine/fixtures/grown-taxonomy.ts');
  const real = (await importOriginal<{ default: Parameters<typeof grownLabels>[0] }>()).default;
  return { default: grownLabels(real) };
});
vi.mock('../../data/tools.json', async (importOriginal) => {
  const { NINTH_CHANNEL: channel } = await import('../engine/fixtures/grown-taxonomy.ts');
  const real = (
    await importOriginal<{
      default: { tools: Array<{ id: string; channels: string[]; inferred: string[] }> };
    }>()
  ).default;
  const tools = real.tools.map((tool) =>
    tool.id === 'velkalinja'
      ? {
          ...tool,
          channels: [...tool.channels, channel],
          inferred: tool.inferred.filter((field) => field !== 'channels'),
        }
      : tool,
  );
  return { default: { ...real, tools } };
});

const ANSWERS = {
  needs: ['financial-social-work'],
  ageGroup: 'adult',
  language: 'fi',
  channels: [NINTH_CHANNEL],
  access: 'independent',
} as unknown as Answers;

beforeEach(resetDevice);
afterEach(resetDevice);

describe('results with a ninth channel, added by its id and labels only', () => {
  it.each(UI_LANGS)('ranks the service that offers it first and names the channel (%s)', async (lang) => {
    const app = renderApp({ lang, search: encodeShareQuery(ANSWERS, lang) });
    // The results view is lazy-loaded, and the first load in a fresh module graph is slow.
    await main().findByRole('heading', { level: 1, name: app.s.stepTitle('results') }, { timeout: 5000 });
    const label = NINTH_CHANNEL_LABEL[lang];
    const [first] = main().getAllByRole('article');
    expect(first!.getAttribute('data-tool-id')).toBe('velkalinja');
    // Named in short on the card, and in full in its details once they are opened.
    expect(within(first!).getByText(label, { exact: false })).toBeVisible();
    await app.user.click(within(first!).getByText(app.s.text('results:details')));
    expect(
      await within(first!).findByText(app.s.text('results:reasons.channel.matched', { channel: label })),
    ).toBeVisible();
    // The channel filter offers it under its label.
    expect(main().getByRole('option', { name: label })).toBeTruthy();
  });

  it('offers the 40th language in the language question', async () => {
    const app = renderApp({ lang: 'en', search: '?needs=youth&age=teen' });
    const { s, user } = app;
    await findStep(s.stepTitle('client'));
    await user.click(main().getByRole('radio', { name: s.text('wizard:language.other') }));
    expect(main().getByRole('option', { name: `Language ${FORTIETH_LANGUAGE}` })).toBeTruthy();
  });

  it('practice: a student who answers with the ninth channel is offered the service that has it first', async () => {
    const scenario = findScenario('payday-loans-young-adult')!;
    const en = allResources.en;
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createTestI18n('en')}>
        <PracticeView scenarioId={scenario.id} />
      </I18nextProvider>,
    );
    const next = () => user.click(screen.getByRole('button', { name: en.wizard.next }));
    const step = (title: string) =>
      screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
    await user.click(await screen.findByRole('button', { name: en.practice.vignette.begin }));
    await step(en.wizard.needs.title);
    await user.click(screen.getByLabelText(taxonomies.needs['financial-social-work'].en));
    await next();
    await step(en.wizard.client.title);
    const adult = taxonomies.ageGroups.adult;
    await user.click(screen.getByLabelText(`${adult.label.en} (${adult.range})`));
    await user.click(screen.getByLabelText(taxonomies.languages.fi.en));
    await user.click(screen.getByLabelText(taxonomies.access.independent.en));
    await next();
    await step(en.wizard.channels.title);
    await user.click(screen.getByLabelText(NINTH_CHANNEL_LABEL.en));
    await next();
    await step(en.practice.pickTools.title);
    const offered = [...document.querySelectorAll('[data-tool-id]')].map((li) =>
      li.getAttribute('data-tool-id'),
    );
    expect(offered[1]).toBe('velkalinja'); // after "no digital tool now"
    const first = document.querySelector('[data-tool-id="velkalinja"]') as HTMLElement;
    expect(
      within(first).getByText(
        en.results.reasons.channel.matched.replace('{{channel}}', NINTH_CHANNEL_LABEL.en),
      ),
    ).toBeTruthy();
  });
});
