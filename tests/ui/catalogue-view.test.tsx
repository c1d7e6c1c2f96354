// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App, loadView } from '../../src/ui/app.tsx';
import { bootWizard } from '../../flows/wizard-boot.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { AUDIENCE_IDS, NEED_IDS, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { createTestI18n } from '../support/test-i18n.ts';
import { UI_LANGS, main, resetDevice, uiStrings } from './render-app.tsx';

/** Every entry, closed ones included: the catalogue is also the record of the article's examples. */
const TOTAL = catalogue.length;

beforeEach(resetDevice);
afterEach(resetDevice);

/** Boots the app on `?mode=catalogue` the way src/ui/boot.tsx does, with strict i18next. */
async function openCatalogue(lang: UiLanguage = 'fi') {
  const search = `?mode=catalogue&ui=${lang}`;
  window.history.replaceState(null, '', `/${search}`);
  const i18n = createTestI18n(lang);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const wizard = bootWizard(search, null);
  render(<App i18n={i18n} wizard={wizard} view={await loadView('catalogue', wizard)} />);
  const s = uiStrings(i18n, lang);
  // The view is lazy: the first load in a fresh worker also compiles the catalogue chunk.
  await main().findByRole(
    'heading',
    { level: 1, name: s.text('results:catalogue.title') },
    { timeout: 10_000 },
  );
  const controls = {
    search: () => main().getByRole('searchbox', { name: s.text('results:catalogue.search') }),
    need: () => main().getByRole('combobox', { name: s.text('results:catalogue.need') }),
    audience: () => main().getByRole('combobox', { name: s.text('results:catalogue.audience') }),
  };
  return { user, s, ...controls };
}

const shownIds = () =>
  main()
    .queryAllByRole('article')
    .map((a) => a.getAttribute('data-tool-id'));

/** The catalogue order the view promises: by name in the UI language, ties by id. */
const byName = (tools: readonly Tool[], lang: UiLanguage) =>
  [...tools]
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang) || a.id.localeCompare(b.id))
    .map((t) => t.id);

const entry = (id: string) => {
  const article = main()
    .getAllByRole('article')
    .find((a) => a.getAttribute('data-tool-id') === id);
  if (!article) throw new Error(`no entry ${id}`);
  return article;
};

/** An entry's "all details" switch: the native <summary> of its <details>. */
const detailsSummary = (article: HTMLElement, s: { text: (key: string) => string }) =>
  within(article).getByText(s.text('results:catalogue.allDetails'), { selector: 'summary', exact: false });

/**
 * Opens an entry's details as a practitioner does, with a click on "all details", and waits for
 * the facts the entry builds only when opened.
 */
async function openEntry(
  user: ReturnType<typeof userEvent.setup>,
  s: { text: (key: string) => string },
  id: string,
) {
  const article = entry(id);
  await user.click(detailsSummary(article, s));
  await waitFor(() =>
    expect(
      within(article).getByText(s.text('results:catalogue.facts.source'), { selector: 'dt' }),
    ).toBeVisible(),
  );
  return article;
}

/** The <dd> next to the <dt> with this text inside an entry. */
const fact = (article: HTMLElement, term: string) => {
  const dd = within(article).getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!dd || dd.tagName !== 'DD') throw new Error(`no value for ${term}`);
  return dd as HTMLElement;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tool = (id: string) => {
  const found = catalogue.find((t) => t.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
};

describe('the catalogue with no filter', () => {
  it.each(UI_LANGS)('lists every method by name (%s), each an article with its id', async (lang) => {
    const { s } = await openCatalogue(lang);
    expect(catalogue.length).toBeGreaterThanOrEqual(80);
    expect(main().getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(main().getByText(s.text('results:catalogue.intro', { count: TOTAL }))).toBeVisible();

    const ids = shownIds();
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids)).toEqual(new Set(catalogue.map((t) => t.id)));
    expect(ids).toEqual(byName(catalogue, lang));
    expect(
      main().getByText(s.text('results:catalogue.status', { count: TOTAL, total: TOTAL })),
    ).toHaveAttribute('aria-live', 'polite');
    // Each entry is named by its h2.
    for (const article of main().getAllByRole('article')) {
      const id = article.getAttribute('data-tool-id')!;
      const heading = within(article).getByRole('heading', { level: 2 });
      expect(heading).toHaveTextContent(s.toolName(id));
      expect(article).toHaveAccessibleName(s.toolName(id));
    }
  });

  it('is reached from the planning mode through the navigation, and marks itself as the current page', async () => {
    const { s } = await openCatalogue('sv');
    const nav = screen.getByRole('navigation', { name: s.text('common:modes.label') });
    const link = within(nav).getByRole('link', { name: s.text('common:modes.catalogue') });
    expect(link).toHaveAttribute('href', './?mode=catalogue');
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: s.text('common:modes.plan') })).not.toHaveAttribute(
      'aria-current',
    );
  });
});

describe('an entry', () => {
  it('lists its name, summary, status and needs, and builds the other facts only when opened', async () => {
    const { user, s } = await openCatalogue('fi');
    const list = (items: string[]) => new Intl.ListFormat('fi', { type: 'conjunction' }).format(items);
    // Every entry: status and needs in the list, closed details with nothing inside yet.
    for (const article of main().getAllByRole('article')) {
      const t = tool(article.getAttribute('data-tool-id')!);
      expect(within(article).getByText(t.summary.fi)).toBeInTheDocument();
      expect(fact(article, s.text('results:catalogue.facts.status'))).toHaveTextContent(
        s.text(`results:status.label.${t.status.state}`),
      );
      expect(fact(article, s.text('results:catalogue.facts.needs'))).toHaveTextContent(
        list(t.needs.map(s.need)),
      );
      expect(detailsSummary(article, s).parentElement).not.toHaveAttribute('open');
      expect(within(article).queryByText(s.text('results:catalogue.facts.provider'))).toBeNull();
    }

    // Opened and closed again: the facts come and go, the entry stays where it was.
    const robots = tool('care-robotics');
    const article = await openEntry(user, s, robots.id);
    expect(detailsSummary(article, s).parentElement).toHaveAttribute('open');
    expect(fact(article, s.text('results:catalogue.facts.provider'))).toHaveTextContent(robots.provider.fi);
    await user.click(detailsSummary(article, s));
    await waitFor(() =>
      expect(within(article).queryByText(s.text('results:catalogue.facts.provider'))).toBeNull(),
    );
    expect(shownIds()).toEqual(byName(catalogue, 'fi'));
  });

  it('names the method in each "all details" summary, for a screen reader (keys: tests/e2e)', async () => {
    const { s } = await openCatalogue('sv');
    for (const article of main().getAllByRole('article')) {
      expect(detailsSummary(article, s)).toHaveTextContent(
        `${s.text('results:catalogue.allDetails')} – ${s.toolName(article.getAttribute('data-tool-id')!)}`,
      );
    }
  });

  it('shows every fact of the tool, and names the fields the editors judged', async () => {
    const { user, s } = await openCatalogue('en');
    const robots = tool('care-robotics');
    const article = await openEntry(user, s, robots.id);
    const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

    expect(within(article).getByText(robots.summary.en)).toBeVisible();
    expect(fact(article, s.text('results:catalogue.facts.provider'))).toHaveTextContent(robots.provider.en);
    expect(fact(article, s.text('results:catalogue.facts.kind'))).toHaveTextContent('Robotics');
    expect(fact(article, s.text('results:catalogue.facts.needs'))).toHaveTextContent(
      list(robots.needs.map(s.need)),
    );
    expect(fact(article, s.text('results:catalogue.facts.ageGroups'))).toHaveTextContent('Older adult (65+)');
    expect(
      within(fact(article, s.text('results:catalogue.facts.requires')))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      s.text('results:catalogue.requires.device', { device: s.text('results:devices.special-device') }),
      s.text('results:catalogue.requires.noInternet'),
      s.text('results:catalogue.requires.noAccount'),
    ]);
    expect(fact(article, s.text('results:catalogue.facts.dataProcessing'))).toHaveTextContent(
      robots.dataProcessing.note.en,
    );
    const includes = within(fact(article, s.text('results:catalogue.facts.includes'))).getAllByRole(
      'listitem',
    );
    expect(includes.map((li) => li.textContent)).toEqual(
      robots.includes.map((item) => `${item.name} – ${item.note?.en}`),
    );
    expect(fact(article, s.text('results:catalogue.facts.source'))).toHaveTextContent(
      `${s.text('results:catalogue.sourceRows', { count: 1, rows: s.need('older-people') })}; ${s.text(
        'results:catalogue.footnotes',
        { count: 1, footnotes: '22' },
      )}`,
    );
    expect(fact(article, s.text('results:catalogue.facts.inferred'))).toHaveTextContent(
      list(robots.inferred.map((field) => s.text(`results:catalogue.fields.${field}`))),
    );
    expect(fact(article, s.text('results:catalogue.facts.reviewed')).querySelector('time')).toHaveAttribute(
      'datetime',
      robots.status.checked,
    );
    // No site of its own: the only link is the source of the status check, if any.
    expect(
      within(article).queryByText(s.text('results:catalogue.facts.site'), { selector: 'dt' }),
    ).toBeNull();
  });

  it('names the commercial platform and links the site in a new window, saying so', async () => {
    const { user, s } = await openCatalogue('fi');
    const withSite = catalogue.find((t) => t.url !== undefined)!;
    const link = within(
      fact(await openEntry(user, s, withSite.id), s.text('results:catalogue.facts.site')),
    ).getByRole('link');
    expect(link).toHaveAttribute('href', withSite.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The visually hidden note says it opens a new window (dom-accessibility-api drops the space).
    expect(link).toHaveTextContent(`${new URL(withSite.url!).host} ${s.text('results:opensNewWindow')}`);
    expect(link).toHaveAccessibleName(
      new RegExp(
        `^${escapeRegExp(new URL(withSite.url!).host)}\\s*${escapeRegExp(s.text('results:opensNewWindow'))}$`,
      ),
    );

    const onPlatform = catalogue.find((t) => t.dataProcessing.commercialPlatform === 'whatsapp')!;
    const platformEntry = await openEntry(user, s, onPlatform.id);
    expect(fact(platformEntry, s.text('results:catalogue.facts.dataProcessing'))).toHaveTextContent(
      s.text('results:dataProcessing', { platform: 'WhatsApp' }),
    );
  });
});

describe('searching', () => {
  it.each([
    ['Paro', 'care-robotics'],
    ['robotit', 'care-robotics'],
    ['ROBOTIIKKA', 'care-robotics'],
  ])('"%s" finds %s', async (query, id) => {
    const { user, search } = await openCatalogue('fi');
    await user.type(search(), query);
    expect(shownIds()).toEqual([id]);
  });

  it('finds a method by a Swedish word while the UI is in Finnish, with or without diacritics', async () => {
    const { user, s, search } = await openCatalogue('fi');
    expect(tool('etakraatteri').name.fi).not.toContain('Tavastehus');
    await user.type(search(), 'Tavastehus');
    expect(shownIds()).toEqual(['etakraatteri']);
    expect(main().getByText(s.text('results:catalogue.status', { count: 1, total: TOTAL }))).toBeVisible();

    await user.clear(search());
    await user.type(search(), 'stodskelett');
    expect(shownIds()).toEqual(['exoskeleton']);
  });

  it('needs every word of the query', async () => {
    const { user, search } = await openCatalogue('en');
    await user.type(search(), 'smart fängelse');
    expect(shownIds()).toEqual(['smart-prison']);
  });

  it('says when nothing matches, and clearing brings back every method', async () => {
    const { user, s, search, need, audience } = await openCatalogue('sv');
    await user.selectOptions(need(), 'older-people');
    await user.selectOptions(audience(), 'family');
    await user.type(search(), 'zzzz');
    expect(shownIds()).toEqual([]);
    expect(main().getByText(s.text('results:catalogue.empty'))).toBeVisible();
    expect(main().getByText(s.text('results:catalogue.status', { count: 0, total: TOTAL }))).toBeVisible();

    await user.click(main().getByRole('button', { name: s.text('results:catalogue.clear') }));
    expect(shownIds()).toEqual(byName(catalogue, 'sv'));
    expect(search()).toHaveValue('');
    expect(need()).toHaveValue('all');
    expect(audience()).toHaveValue('all');
    expect(search()).toHaveFocus();
    expect(main().queryByText(s.text('results:catalogue.empty'))).toBeNull();
  });
});

describe('filters', () => {
  it('by need narrow the list to the tools tagged with that need, for each of the 19 needs', async () => {
    const { user, s, need } = await openCatalogue('en');
    const options = within(need())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([s.text('results:catalogue.allNeeds'), ...NEED_IDS.map(s.need)]);
    for (const id of NEED_IDS) {
      await user.selectOptions(need(), id);
      const expected = byName(
        catalogue.filter((t) => t.needs.includes(id)),
        'en',
      );
      expect(expected.length, id).toBeGreaterThan(0);
      expect(shownIds(), id).toEqual(expected);
    }
    await user.selectOptions(need(), 'all');
    expect(shownIds()).toHaveLength(TOTAL);
  });

  it.each(AUDIENCE_IDS)('by audience (%s) keep the tools meant for it, combined with a need', async (id) => {
    const { user, need, audience } = await openCatalogue('fi');
    await user.selectOptions(audience(), id);
    const forAudience = catalogue.filter((t) => t.audience.includes(id));
    expect(forAudience.length).toBeLessThan(TOTAL);
    expect(shownIds()).toEqual(byName(forAudience, 'fi'));

    await user.selectOptions(need(), 'older-people');
    expect(shownIds()).toEqual(
      byName(
        forAudience.filter((t) => t.needs.includes('older-people')),
        'fi',
      ),
    );
  });
});

describe('the UI language', () => {
  it('can change while browsing: the search and filters stay, the list follows the new names', async () => {
    const { user, s, need, search } = await openCatalogue('fi');
    await user.selectOptions(need(), 'child-protection');
    await user.type(search(), 'lapsi');
    const found = shownIds();
    expect(found.length).toBeGreaterThan(2);
    const tools = found.map((id) => tool(id!));
    expect(found).toEqual(byName(tools, 'fi'));
    // The Finnish and English orders differ here, so the re-sort shows.
    expect(byName(tools, 'en')).not.toEqual(found);

    const switcher = screen.getByRole('group', { name: s.text('common:uiLanguage') });
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    const en = uiStrings(s.i18n, 'en');
    await main().findByRole('heading', { level: 1, name: en.text('results:catalogue.title') });
    expect(main().getByRole('combobox', { name: en.text('results:catalogue.need') })).toHaveValue(
      'child-protection',
    );
    expect(main().getByRole('searchbox', { name: en.text('results:catalogue.search') })).toHaveValue('lapsi');
    expect(shownIds()).toEqual(byName(tools, 'en'));
  });
});

describe('each entry says where it stands today', () => {
  it.each(UI_LANGS)("names the provider of today and, when it changed, the article's (%s)", async (lang) => {
    const { user, s } = await openCatalogue(lang);
    const virtu = tool('virtu-fi');
    const provider = fact(await openEntry(user, s, virtu.id), s.text('results:catalogue.facts.provider'));
    expect(provider).toHaveTextContent(virtu.provider[lang]);
    if (virtu.source.table !== 'Table 1') throw new Error('virtu-fi is from the article');
    expect(provider).toHaveTextContent(
      s.text('results:provider.inArticle', { provider: virtu.source.provider[lang] }),
    );
    // Unchanged: no "in the article" line. Not confirmed: says so.
    const unchanged = fact(
      await openEntry(user, s, 'nettivihje'),
      s.text('results:catalogue.facts.provider'),
    );
    expect(unchanged).not.toHaveTextContent(s.text('results:provider.inArticle', { provider: '' }).trim());
    const guessed = catalogue.find((t) => t.inferred.includes('provider'))!;
    const guessedEntry = await openEntry(user, s, guessed.id);
    expect(fact(guessedEntry, s.text('results:catalogue.facts.provider'))).toHaveTextContent(
      s.text('results:provider.unconfirmed'),
    );
  });

  it.each(UI_LANGS)(
    'a discontinued service reads as history, a replaced one names what replaced it (%s)',
    async (lang) => {
      const { user, s } = await openCatalogue(lang);
      // The list marks the state; the opened entry says what it means.
      expect(
        fact(entry('wickr-outreach-youth-work'), s.text('results:catalogue.facts.status')),
      ).toHaveTextContent(s.text('results:status.label.discontinued'));
      const wickr = await openEntry(user, s, 'wickr-outreach-youth-work');
      expect(wickr).toHaveTextContent(s.text('results:status.history'));

      expect(fact(entry('kela-ai'), s.text('results:catalogue.facts.status'))).toHaveTextContent(
        s.text('results:status.label.replaced'),
      );
      const kelaAi = await openEntry(user, s, 'kela-ai');
      expect(kelaAi).toHaveTextContent(
        s.text('results:status.replacedBy', { name: s.toolName('kela-kelpo') }),
      );
    },
  );

  it.each(UI_LANGS)(
    'an unverified entry asks to verify it; one beyond the article says so (%s)',
    async (lang) => {
      const { user, s } = await openCatalogue(lang);
      const unverified = catalogue.find((t) => t.status.state === 'unverified')!;
      expect(fact(entry(unverified.id), s.text('results:catalogue.facts.status'))).toHaveTextContent(
        s.text('results:status.label.unverified'),
      );
      expect(await openEntry(user, s, unverified.id)).toHaveTextContent(s.text('results:status.verify'));

      expect(fact(entry('kela-kelpo'), s.text('results:catalogue.facts.status'))).toHaveTextContent(
        s.text('results:status.label.active'),
      );
      const kelpo = await openEntry(user, s, 'kela-kelpo');
      expect(fact(kelpo, s.text('results:catalogue.facts.source'))).toHaveTextContent(
        s.text('results:catalogue.beyond'),
      );
      // What the status rests on, linked from the opened entry.
      const evidence = within(kelpo).getByRole('link', {
        name: new RegExp(escapeRegExp(new URL(tool('kela-kelpo').status.evidence!).host)),
      });
      expect(evidence).toHaveAttribute('href', catalogue.find((t) => t.id === 'kela-kelpo')!.status.evidence);
    },
  );
});
