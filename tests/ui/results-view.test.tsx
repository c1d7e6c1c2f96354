// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { QUESTION_IDS, type Answers, type PartialAnswers } from '../../src/domain/answers.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { decodeShareQuery, encodeShareQuery } from '../../src/domain/share-link.ts';
import type { AudienceId, ChannelId, UiLanguage } from '../../src/domain/taxonomy.ts';
import { recommend, type Recommendation } from '../../src/engine/recommend.ts';
import { evaluateEthics, splitPrompts } from '../../src/engine/ethics.ts';
import { initialCards } from '../../src/ui/results/ranked-list.tsx';
import { fitBand } from '../../src/ui/results/fit-band.ts';
import {
  UI_LANGS,
  findStep,
  main,
  readRecord,
  renderApp,
  resetDevice,
  summaryRow,
  type UiStrings,
} from './render-app.tsx';

/*
 * Two support needs, one of them served by a tool meant only for professionals
 * (Talous-Tsemppari), and prompts of all three kinds for the top five tools.
 */
const ANSWERS: Answers = {
  needs: ['financial-social-work', 'youth'],
  ageGroup: 'young-adult',
  language: 'fi',
  channels: ['chat', 'web'],
  access: 'independent',
};
const RESULT = recommend(ANSWERS, catalogue);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toolsById = new Map(catalogue.map((tool) => [tool.id, tool]));
const tool = (id: string) => {
  const found = toolsById.get(id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
};
const PROFESSIONAL_TOOL = 'talous-tsemppari';
/** A tool outside the top five whose prompts differ from theirs. */
const CHOSEN_TOOL = 'chillaa';

beforeEach(resetDevice);
afterEach(() => {
  resetDevice();
  Reflect.deleteProperty(window.navigator, 'clipboard');
  vi.restoreAllMocks();
});

async function openResults(lang: UiLanguage = 'fi', answers: PartialAnswers = ANSWERS) {
  const app = renderApp({ lang, search: encodeShareQuery(answers, lang) });
  // The first render of the file loads every module: give it more than the default second.
  await main().findByRole('heading', { level: 1, name: app.s.stepTitle('results') }, { timeout: 10_000 });
  // The ethics prompts and the plan follow the cards once these have painted.
  await main().findByRole('heading', { level: 2, name: app.s.text('ethics:heading') }, { timeout: 5_000 });
  return app;
}

const shownToolIds = () =>
  main()
    .getAllByRole('article')
    .map((a) => a.getAttribute('data-tool-id'));
/** Opens every list that shows only its first cards ("Show all N methods"). */
async function showAll(user: Awaited<ReturnType<typeof openResults>>['user'], s: UiStrings) {
  const name = new RegExp(
    `^${escapeRegExp(s.text('results:showAll', { count: 99999 })).replace('99999', '\\d+')}$`,
  );
  for (const button of main().queryAllByRole('button', { name })) await user.click(button);
}
/** The engine's order as the page lays it out: client tools first, then the professional ones. */
const grouped = (items: readonly Recommendation[]) => [
  ...items.filter((i) => i.group === 'client').map((i) => i.toolId),
  ...items.filter((i) => i.group === 'professional').map((i) => i.toolId),
];
const region = (name: string) => main().getByRole('region', { name });
/** The ethics prompts shown, in page order. */
const promptIds = () =>
  [...screen.getByRole('main').querySelectorAll('[data-prompt-id]')].map((li) =>
    li.getAttribute('data-prompt-id'),
  );

function summaryTexts(s: UiStrings) {
  return QUESTION_IDS.map((q) => summaryRow(s.text(`wizard:questions.${q}`)));
}

/** Puts a stand-in clipboard on the navigator (userEvent.setup() installs its own). */
function mockClipboard(value: { writeText: (text: string) => Promise<void> } | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true, writable: true });
}

describe('ranked recommendations', () => {
  it.each(UI_LANGS)(
    'mark every unverified service on its card, and say once above the list what to verify (%s)',
    async (lang) => {
      const { s, user } = await openResults(lang);
      await showAll(user, s);
      const states = RESULT.items.map((item) => toolsById.get(item.toolId)!.status.state);
      expect(states).toContain('unverified');
      expect(states).toContain('active');
      for (const item of RESULT.items) {
        const card = main()
          .getAllByRole('article')
          .find((a) => a.getAttribute('data-tool-id') === item.toolId)!;
        const marked =
          within(card).queryByText(s.text('results:status.label.unverified'), { exact: false }) !== null;
        expect(marked, item.toolId).toBe(toolsById.get(item.toolId)!.status.state === 'unverified');
        expect(within(card).queryByText(s.text('results:status.verify'), { exact: false })).toBeNull();
      }
      expect(main().getAllByText(s.text('results:status.verify'), { exact: false })).toHaveLength(1);
    },
  );

  it.each(UI_LANGS)('follow the engine order, with tools of equal score as one group (%s)', async (lang) => {
    const { s, user } = await openResults(lang);
    expect(RESULT.items.length).toBeGreaterThan(5);
    await showAll(user, s);
    expect(shownToolIds()).toEqual(grouped(RESULT.items));
    // No rank numbers: each card is named by its tool alone.
    for (const item of RESULT.items) {
      const card = main()
        .getAllByRole('article')
        .find((a) => a.getAttribute('data-tool-id') === item.toolId)!;
      expect(card).toHaveAccessibleName(s.toolName(item.toolId));
      expect(within(card).queryByText(/\d+\/100/)).toBeNull();
    }
    // The first tie among the client tools: one list named "equally suitable, N methods".
    const client = RESULT.items.filter((i) => i.group === 'client');
    const tied = client.find((i, n) => client[n + 1]?.score === i.score)!;
    const top = client.filter((i) => i.score === tied.score);
    expect(top.length).toBeGreaterThan(1);
    const tie = main().getByRole('list', {
      name: new RegExp(escapeRegExp(s.text('results:tie', { count: top.length }))),
    });
    expect(
      within(tie)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-tool-id')),
    ).toEqual(top.map((i) => i.toolId));
    expect(tie).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(s.text(`results:band.${fitBand(tied.score)}`))}`),
    );
  });

  it('say a reason every card shares once above the list, not on each card', async () => {
    const { s } = await openResults('en');
    const access = s.access('independent');
    expect(RESULT.items.every((i) => i.reasons.some((r) => r.code === 'access.fits'))).toBe(true);
    const sentence = s.text('results:reasons.access.fits', { access });
    // Said once, above the list, as one of the answers every method meets ...
    const above = main().getByText(s.text('results:sharedTitle')).parentElement!;
    expect(above).toHaveTextContent(
      new RegExp(`${escapeRegExp(s.text('results:match.stated'))}.*${escapeRegExp(access)}`),
    );
    // ... and on no card, neither in short nor in full in its details.
    for (const card of main().getAllByRole('article')) {
      expect(card.textContent).not.toContain(access);
      expect(within(card).queryByText(sentence)).toBeNull();
    }
  });

  it.each(UI_LANGS)(
    'say on each card in short what it matches, a guess apart from a stated match (%s)',
    async (lang) => {
      const { s, user } = await openResults(lang);
      const guessedCard = main()
        .getAllByRole('article')
        .find((card) => toolsById.get(card.getAttribute('data-tool-id')!)!.inferred.includes('languages'))!;
      const line = within(guessedCard).getByText(s.text('results:match.guessed')).closest('li')!;
      expect(line).toHaveTextContent(s.language('fi'));
      // The full sentence, with its hedge, waits in the details, drawn when they are opened.
      const sentence = s.text('results:reasons.language.likely', {
        lang: s.language('fi'),
        languages: s.language('fi'),
      });
      expect(within(guessedCard).queryByText(sentence)).toBeNull();
      await user.click(within(guessedCard).getByText(s.text('results:details')));
      expect(await within(guessedCard).findByText(sentence)).toBeVisible();
    },
  );

  it('offer "add to plan" on a practitioner tool, never "suggest to the client"', async () => {
    const { s } = await openResults('en');
    const pro = region(s.text('results:groups.professional', { count: 1 }));
    const box = within(pro).getByRole('checkbox', {
      name: s.text('results:propose', { name: s.toolName(PROFESSIONAL_TOOL) }),
    });
    expect(box).not.toBeChecked();
    expect(within(pro).getByText(s.text('results:addToPlan'))).toBeVisible();
    expect(within(pro).queryByText(/client/i, { selector: 'label *' })).toBeNull();
  });

  it('show a professional-only tool under the professional heading, apart from the client tools', async () => {
    const { s } = await openResults('en');
    const professional = RESULT.items.filter((i) => i.group === 'professional');
    expect(professional.map((i) => i.toolId)).toEqual([PROFESSIONAL_TOOL]);
    expect(tool(PROFESSIONAL_TOOL).audience).toEqual(['professional']);

    const pro = region(s.text('results:groups.professional', { count: professional.length }));
    expect(
      within(pro)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-tool-id')),
    ).toEqual([PROFESSIONAL_TOOL]);
    expect(within(pro).getByText(s.text('results:groups.professionalNote'))).toBeVisible();
    const client = region(
      s.text('results:groups.client', { count: RESULT.items.length - professional.length }),
    );
    expect(
      within(client).queryByRole('heading', { name: new RegExp(s.toolName(PROFESSIONAL_TOOL)) }),
    ).toBeNull();
  });
});

describe('a long list', () => {
  const client = RESULT.items.filter((i) => i.group === 'client');
  const shown = initialCards(client);
  const showAllName = (s: UiStrings) => s.text('results:showAll', { count: client.length });

  it('shows the groups that fit well first, whole, and at least four cards', () => {
    expect(shown).toBeGreaterThanOrEqual(4);
    expect(shown).toBeLessThan(client.length);
    // Never cuts a group of equally suitable tools.
    expect(client[shown]!.score).not.toBe(client[shown - 1]!.score);
  });

  it.each(UI_LANGS)(
    'shows the best groups, then the rest on request with focus on the first new card (%s)',
    async (lang) => {
      const { user, s } = await openResults(lang);
      const section = region(s.text('results:groups.client', { count: client.length }));
      const ids = () =>
        within(section)
          .getAllByRole('article')
          .map((a) => a.getAttribute('data-tool-id'));
      expect(ids()).toEqual(client.slice(0, shown).map((i) => i.toolId));
      expect(
        within(section).getByText(s.text('results:shownOf', { shown, count: client.length })),
      ).toBeVisible();

      await user.click(within(section).getByRole('button', { name: showAllName(s) }));
      expect(ids()).toEqual(client.map((i) => i.toolId));
      expect(within(section).queryByRole('button', { name: showAllName(s) })).toBeNull();
      const firstNew = within(section).getAllByRole('article')[shown]!;
      expect(document.activeElement).toBe(within(firstNew).getByRole('heading', { level: 3 }));
      // The ethics prompts and the plan follow the list, as before.
      expect(region(s.text('plan:heading'))).toBeInTheDocument();
    },
  );

  it('opens in full when a tool in the plan would be hidden, so a reload hides none of them', async () => {
    const late = client[shown]!.toolId; // the first card the list hides
    const first = await openResults('en');
    await first.user.click(main().getByRole('button', { name: showAllName(first.s) }));
    await first.user.click(
      main().getByRole('checkbox', {
        name: first.s.text('results:propose', { name: first.s.toolName(late) }),
      }),
    );
    expect(readRecord()?.chosenTools).toEqual([late]);
    first.unmount();

    const { s } = renderApp({ lang: 'en', search: encodeShareQuery(ANSWERS, 'en') });
    await findStep(s.stepTitle('results'));
    expect(shownToolIds()).toEqual(grouped(RESULT.items));
    expect(main().queryByRole('button', { name: showAllName(s) })).toBeNull();
  });
});

describe('filters', () => {
  const filterBy = async (
    user: Awaited<ReturnType<typeof openResults>>['user'],
    s: UiStrings,
    channel: ChannelId | 'all',
    audience: AudienceId | 'all',
  ) => {
    await user.selectOptions(
      main().getByRole('combobox', { name: s.text('results:filters.channel') }),
      channel,
    );
    await user.selectOptions(
      main().getByRole('combobox', { name: s.text('results:filters.audience') }),
      audience,
    );
  };
  const passes = (channel: ChannelId | 'all', audience: AudienceId | 'all') => (item: Recommendation) =>
    (channel === 'all' || tool(item.toolId).channels.includes(channel)) &&
    (audience === 'all' || tool(item.toolId).audience.includes(audience));

  it.each([
    ['chat', 'all'],
    ['web', 'professional'],
    ['all', 'family'],
    ['mobile-app', 'client'],
  ] as const)(
    'narrow the list to channel %s and audience %s without touching the answers',
    async (channel, audience) => {
      const { user, s } = await openResults('sv');
      await user.click(main().getByText(s.text('results:yourAnswers')));
      await main().findByText(s.text('wizard:questions.needs'), { selector: 'dt' });
      const summary = summaryTexts(s);
      const address = window.location.search;
      const record = JSON.stringify(readRecord()?.answers);

      await showAll(user, s);
      await filterBy(user, s, channel, audience);
      const expected = RESULT.items.filter(passes(channel, audience));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(RESULT.items.length);
      expect(shownToolIds()).toEqual(grouped(expected));
      expect(
        main().getByText(
          s.text('results:filters.status', { count: expected.length, total: RESULT.items.length }),
        ),
      ).toBeInTheDocument();

      expect(summaryTexts(s)).toEqual(summary);
      expect(window.location.search).toBe(address);
      expect(JSON.stringify(readRecord()?.answers)).toBe(record);

      await filterBy(user, s, 'all', 'all');
      expect(shownToolIds()).toEqual(grouped(RESULT.items));
    },
  );

  it('shows a message when the filters leave no tool, and the way back', async () => {
    const { user, s } = await openResults('en');
    await filterBy(user, s, 'phone', 'professional');
    expect(RESULT.items.filter(passes('phone', 'professional'))).toEqual([]);
    expect(main().queryAllByRole('article')).toEqual([]);
    const client = region(s.text('results:groups.client', { count: 0 }));
    expect(within(client).getByText(s.text('results:groups.empty'))).toBeVisible();
    expect(
      main().queryByRole('region', { name: s.text('results:groups.professional', { count: 0 }) }),
    ).toBeNull();
    await filterBy(user, s, 'all', 'all');
    await showAll(user, s);
    expect(shownToolIds()).toEqual(grouped(RESULT.items));
  });
});

describe('the per-need view', () => {
  it('lists each need with its own tools in rank order when two or more needs are chosen', async () => {
    const { user, s } = await openResults('fi');
    await user.click(main().getByRole('radio', { name: s.text('results:view.byNeed') }));
    await showAll(user, s);
    for (const need of ANSWERS.needs) {
      const ids = RESULT.byNeed[need] ?? [];
      expect(ids.length).toBeGreaterThan(0);
      const section = region(s.text('results:byNeedHeading', { need: s.need(need), count: ids.length }));
      expect(
        within(section)
          .getAllByRole('article')
          .map((a) => a.getAttribute('data-tool-id')),
      ).toEqual(ids);
    }
    await user.click(main().getByRole('radio', { name: s.text('results:view.list') }));
    await showAll(user, s);
    expect(shownToolIds()).toEqual(grouped(RESULT.items));
  });

  it('is not offered for a single need', async () => {
    const { s } = await openResults('en', { ...ANSWERS, needs: ['youth'] });
    expect(main().queryByRole('radio', { name: s.text('results:view.byNeed') })).toBeNull();
  });
});

describe('choosing tools for the plan', () => {
  it('adds the tool to the plan and weighs the ethics prompts for it instead of the top five', async () => {
    const { user, s } = await openResults('en');
    const topFive = RESULT.items.slice(0, 5).map((i) => tool(i.toolId));
    // What the panel shows before "show more": the engine's default selection.
    const shownBy = (tools: ReturnType<typeof tool>[]) =>
      splitPrompts(evaluateEthics(ANSWERS, tools, ethicsRules)).shown.map((p) => p.ruleId);
    const before = shownBy(topFive);
    const after = shownBy([tool(CHOSEN_TOOL)]);
    expect(after).not.toEqual(before);
    expect(promptIds()).toEqual(before);

    const plan = region(s.text('plan:heading'));
    expect(within(plan).getByText(s.text('plan:emptyHint'))).toBeVisible();

    await showAll(user, s); // the chosen tool is among the weaker fits
    await user.click(
      main().getByRole('checkbox', { name: s.text('results:propose', { name: s.toolName(CHOSEN_TOOL) }) }),
    );
    expect(within(plan).getByRole('listitem')).toHaveTextContent(s.toolName(CHOSEN_TOOL));
    expect(within(plan).queryByText(s.text('plan:emptyHint'))).toBeNull();
    expect(promptIds()).toEqual(after);
    expect(readRecord()?.chosenTools).toEqual([CHOSEN_TOOL]);

    // Unticking takes it out again and brings back the top five's prompts.
    await showAll(user, s); // the chosen tool is among the weaker fits
    await user.click(
      main().getByRole('checkbox', { name: s.text('results:propose', { name: s.toolName(CHOSEN_TOOL) }) }),
    );
    expect(within(plan).getByText(s.text('plan:emptyHint'))).toBeVisible();
    expect(promptIds()).toEqual(before);
    expect(readRecord()?.chosenTools).toEqual([]);
  });

  it('keeps "considered" marks in the device record', async () => {
    const { user, s } = await openResults('sv');
    const ethics = region(s.text('ethics:heading'));
    const first = within(ethics).getAllByRole('checkbox', { name: s.text('ethics:considered') })[0]!;
    await user.click(first);
    expect(first).toBeChecked();
    expect(readRecord()?.consideredPrompts).toEqual([promptIds()[0]]);
  });
});

describe('ethics prompts', () => {
  const promptItem = (id: string) => {
    const item = main()
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-prompt-id') === id);
    if (!item) throw new Error(`no prompt ${id}`);
    return item;
  };

  it('show each question with its "considered" box, and the why behind one closed control', async () => {
    const { user, s } = await openResults('fi');
    const prompts = evaluateEthics(
      ANSWERS,
      RESULT.items.slice(0, 5).map((i) => tool(i.toolId)),
      ethicsRules,
    );
    const must = prompts.find((p) => p.kind === 'must');
    const check = prompts.find((p) => p.kind === 'check');
    if (!must || !check) throw new Error('the answers should raise a must and a check prompt');

    // Nothing hides a "must": no button on it.
    expect(within(promptItem(must.ruleId)).queryByRole('button')).toBeNull();

    const checkItem = promptItem(check.ruleId);
    const rule = ethicsRules.find((r) => r.id === check.ruleId)!;
    expect(within(checkItem).getByText(rule.prompt.fi)).toBeVisible();
    expect(within(checkItem).getByRole('checkbox', { name: s.text('ethics:considered') })).toBeVisible();
    // The why is drawn when its control is opened, not before.
    expect(within(checkItem).queryByText(rule.why.fi)).toBeNull();
    await user.click(
      within(checkItem).getByText(s.text('ethics:whyAndSources', { count: rule.source.length })),
    );
    expect(await within(checkItem).findByText(rule.why.fi)).toBeVisible();
  });
});

describe('ethics sources', () => {
  it.each(UI_LANGS)(
    'sit closed under each prompt, named with their count, and open on request (%s)',
    async (lang) => {
      const { user, s } = await openResults(lang);
      const [first] = promptIds();
      const rule = ethicsRules.find((r) => r.id === first)!;
      const item = main()
        .getAllByRole('listitem')
        .find((li) => li.getAttribute('data-prompt-id') === first)!;
      expect(within(item).queryByText(rule.source[0]![lang])).toBeNull();
      await user.click(within(item).getByText(s.text('ethics:whyAndSources', { count: rule.source.length })));
      expect(await within(item).findByText(rule.source[0]![lang])).toBeVisible();
    },
  );
});

describe('copying the plan', () => {
  const NOTE = 'Call back after the meeting on Tuesday';

  it('copies a plain-text plan with the answers, the chosen tool and the note', async () => {
    const { user, s } = await openResults('en');
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    mockClipboard({ writeText });

    await showAll(user, s); // the chosen tool is among the weaker fits
    await user.click(
      main().getByRole('checkbox', { name: s.text('results:propose', { name: s.toolName(CHOSEN_TOOL) }) }),
    );
    await user.type(main().getByRole('textbox', { name: s.text('plan:note.label') }), NOTE);
    await user.click(main().getByRole('button', { name: s.text('plan:copyText') }));

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0];
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).toContain(s.text('plan:documentTitle'));
    for (const need of ANSWERS.needs) expect(text).toContain(s.need(need));
    expect(text).toContain(s.ageGroupLabel(ANSWERS.ageGroup));
    expect(text).toContain(s.language(ANSWERS.language));
    for (const channel of ANSWERS.channels as ChannelId[]) expect(text).toContain(s.channel(channel));
    expect(text).toContain(s.access('independent'));
    expect(text).toContain(s.toolName(CHOSEN_TOOL));
    expect(text).toContain(NOTE);
    expect(await main().findByText(s.text('plan:copiedText'))).toBeVisible();
    expect(main().queryByRole('textbox', { name: s.text('plan:fallbackText') })).toBeNull();
  });

  it('shows the text selected in a textarea when there is no clipboard', async () => {
    const { user, s } = await openResults('fi');
    mockClipboard(undefined);
    await user.type(main().getByRole('textbox', { name: s.text('plan:note.label') }), NOTE);
    await user.click(main().getByRole('button', { name: s.text('plan:copyText') }));

    expect(await main().findByText(s.text('plan:copyFallback'))).toBeVisible();
    const fallback = main().getByRole('textbox', {
      name: s.text('plan:fallbackText'),
    }) as HTMLTextAreaElement;
    expect(fallback).toHaveAttribute('readonly');
    expect(fallback.value).toContain(s.text('plan:documentTitle'));
    expect(fallback.value).toContain(NOTE);
    expect(fallback.value).toContain(s.need('youth'));
    await waitFor(() => expect(document.activeElement).toBe(fallback));
    expect(fallback.selectionStart).toBe(0);
    expect(fallback.selectionEnd).toBe(fallback.value.length);
  });

  it('copies a share link whose query decodes to the same answers', async () => {
    const { user, s } = await openResults('sv');
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    mockClipboard({ writeText });
    await user.type(main().getByRole('textbox', { name: s.text('plan:note.label') }), NOTE);
    await user.click(main().getByRole('button', { name: s.text('plan:copyLink') }));

    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const url = new URL(writeText.mock.calls[0]![0]);
    expect(url.origin).toBe(window.location.origin);
    const decoded = decodeShareQuery(url.search);
    expect(decoded.dropped).toEqual([]);
    expect(decoded.answers).toEqual(ANSWERS);
    expect(decoded.ui).toBe('sv');
    expect(decodeURIComponent(url.href)).not.toContain('Tuesday');
    expect(await main().findByText(s.text('plan:copiedLink'))).toBeVisible();
  });

  it('falls back to a selected share link too', async () => {
    const { user, s } = await openResults('en');
    mockClipboard({ writeText: () => Promise.reject(new Error('denied')) });
    await user.click(main().getByRole('button', { name: s.text('plan:copyLink') }));
    const fallback = (await main().findByRole('textbox', {
      name: s.text('plan:fallbackLink'),
    })) as HTMLTextAreaElement;
    expect(decodeShareQuery(new URL(fallback.value).search).answers).toEqual(ANSWERS);
    expect(screen.getByText(s.text('plan:copyFallback'))).toBeVisible();
  });
});
