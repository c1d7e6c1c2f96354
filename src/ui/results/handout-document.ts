import type { TFunction } from 'i18next';
import type { Tool } from '../../domain/catalogue.ts';
import { taxonomies } from '../../domain/taxonomies-data.ts';
import type { NeedId, UiLanguage } from '../../domain/taxonomy.ts';

/** A translate function fixed to the handout's language and namespace (`getFixedT(lang, 'handout')`). */
export type HandoutT = TFunction<'handout'>;

export interface HandoutInput {
  /** The language the handout is printed in; not necessarily the UI language. */
  lang: UiLanguage;
  /** The plan's chosen methods, in plan order. */
  tools: readonly Tool[];
  /** The client's support needs: given only when the practitioner ticked "print them". */
  needs?: readonly NeedId[] | undefined;
  /** Today, already formatted (kept out so the builder stays pure). */
  date: string;
  /** Optional, typed by the practitioner; printed and never stored. */
  workerName: string;
  workerContact: string;
}

/** One block of the handout: a heading and one short line per thing. */
export interface HandoutSection {
  key: string;
  heading: string;
  lines: string[];
}

/** The handout in one language: the screen preview and the printout both render this. */
export interface HandoutDocument {
  lang: UiLanguage;
  title: string;
  intro: string;
  date: string;
  tools: HandoutSection[];
  sections: HandoutSection[];
  footer: string;
}

/**
 * What a client needs to start with one method, from the catalogue data only: the address when
 * the catalogue names it, whether an account is needed only when that was not a data editor's
 * guess (`inferred`), and an "ask your worker" line wherever the data do not say.
 */
function toolLines(tool: Tool, lang: UiLanguage, t: HandoutT): string[] {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const channels = list.format(tool.channels.map((id) => taxonomies.channels[id][lang]));
  const accountKnown = !tool.inferred.includes('requires');
  // What it is and how it is used are said only when they are facts, not an editor's guess.
  const known = (field: Tool['inferred'][number]) => !tool.inferred.includes(field);
  return [
    known('kind') ? t(`doc.kind.${tool.kind}`) : t('doc.kindAsk'),
    known('channels') ? t('doc.how', { channels }) : t('doc.howAsk'),
    tool.url ? t('doc.address', { url: tool.url }) : t('doc.noAddress'),
    accountKnown ? t(tool.requires.account ? 'doc.account.yes' : 'doc.account.no') : t('doc.account.ask'),
    // The catalogue holds nothing on strong identification: never guess it.
    t('doc.strongId'),
    ...(tool.status.state === 'active' ? [] : [t('doc.unverified')]),
    t('doc.voluntaryShort'),
  ];
}

/** Builds the client's handout from the plan's methods in the handout's own language. Pure. */
export function buildHandout(input: HandoutInput, t: HandoutT): HandoutDocument {
  const { lang } = input;
  const name = input.workerName.trim();
  const contact = input.workerContact.trim();
  const sections: HandoutSection[] = [];
  if (input.needs && input.needs.length > 0) {
    sections.push({
      key: 'needs',
      heading: t('doc.needsHeading'),
      lines: input.needs.map((id) => taxonomies.needs[id][lang]),
    });
  }
  sections.push(
    {
      key: 'help',
      heading: t('doc.helpHeading'),
      lines: [
        ...(name ? [t('doc.workerName', { name })] : []),
        ...(contact ? [t('doc.workerContact', { contact })] : []),
        t('doc.worker'),
        t('doc.digituki'),
        t('doc.digitukiWhere'),
      ],
    },
    {
      key: 'decide',
      heading: t('doc.decideHeading'),
      lines: [
        t('doc.voluntary'),
        t('doc.stopAnyTime'),
        t('doc.howToStop'),
        t('doc.deleteAccount'),
        t('doc.otherWay'),
        t('doc.tellWorker'),
      ],
    },
  );
  return {
    lang,
    title: t('doc.title'),
    intro: t('doc.intro'),
    date: t('doc.date', { date: input.date }),
    tools: input.tools.map((tool) => ({
      key: tool.id,
      heading: tool.name[lang],
      lines: toolLines(tool, lang, t),
    })),
    sections,
    footer: t('doc.footer'),
  };
}

/** The handout as plain text, one thing a line (for the plain-language check). */
export function handoutToText(doc: HandoutDocument): string {
  const lines = [doc.title, doc.intro, doc.date];
  for (const block of [...doc.tools, ...doc.sections]) lines.push('', block.heading, ...block.lines);
  lines.push('', doc.footer);
  return lines.join('\n');
}

/** Sentence-length figures of a plain-language text. */
export interface PlainLanguageFigures {
  sentences: number;
  words: number;
  averageWords: number;
  longestWords: number;
  longest: string;
}

/**
 * Splits a text into sentences (at . ! ? and at line ends, since a handout line is one thing)
 * and counts the words of each. Addresses count as one word and do not end a sentence.
 */
export function plainLanguageFigures(text: string): PlainLanguageFigures {
  const sentences = text
    .split('\n')
    .flatMap((line) => line.replace(/https?:\/\/\S+/g, 'URL').split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const counts = sentences.map((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
  const words = counts.reduce((a, b) => a + b, 0);
  const longestWords = Math.max(0, ...counts);
  return {
    sentences: sentences.length,
    words,
    averageWords: sentences.length === 0 ? 0 : words / sentences.length,
    longestWords,
    longest: sentences[counts.indexOf(longestWords)] ?? '',
  };
}
