import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isFromArticle,
  sourceFootnotes,
  sourceRows,
  type INFERABLE_FIELDS,
  type Tool,
} from '../../domain/catalogue.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { StatusMark } from '../shared/status-mark.tsx';
import { ProviderText } from '../shared/provider-text.tsx';

type InferableField = (typeof INFERABLE_FIELDS)[number];

/** The fields an editor may mark as judged, named in words (each key written out for the key check). */
function useFieldNames(): Record<InferableField, string> {
  const { t } = useTranslation('results');
  return useMemo(
    () => ({
      needs: t('catalogue.fields.needs'),
      ageGroups: t('catalogue.fields.ageGroups'),
      languages: t('catalogue.fields.languages'),
      channels: t('catalogue.fields.channels'),
      kind: t('catalogue.fields.kind'),
      audience: t('catalogue.fields.audience'),
      requires: t('catalogue.fields.requires'),
      dataProcessing: t('catalogue.fields.dataProcessing'),
      providerType: t('catalogue.fields.providerType'),
      provider: t('catalogue.fields.provider'),
      flags: t('catalogue.fields.flags'),
    }),
    [t],
  );
}

/** One term and its value; the <dl> lays the pairs out in two columns (no wrapper per pair). */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The entry's requirements, one line each, and where in the source article it comes from. */
function useEntryFacts(tool: Tool) {
  const { t } = useTranslation('results');
  const { label } = useLabels();
  const { device, internet, account } = tool.requires;
  const requirements = [
    device === 'none'
      ? t('catalogue.requires.noDevice')
      : t('catalogue.requires.device', { device: t(`devices.${device}`) }),
    internet ? t('catalogue.requires.internet') : t('catalogue.requires.noInternet'),
    account ? t('catalogue.requires.account') : t('catalogue.requires.noAccount'),
  ];
  const rows = sourceRows(tool)
    .map((row) => label('needs', row))
    .join(', ');
  const source = isFromArticle(tool)
    ? [
        t('catalogue.sourceRows', { count: sourceRows(tool).length, rows }),
        ...(sourceFootnotes(tool).length > 0
          ? [
              t('catalogue.footnotes', {
                count: sourceFootnotes(tool).length,
                footnotes: sourceFootnotes(tool).join(', '),
              }),
            ]
          : []),
      ].join('; ')
    : t('catalogue.beyond');
  return { requirements, source };
}

/**
 * One method of the catalogue with every fact the data holds about it, and no score: the
 * catalogue lists, the planning mode ranks. Editors' judgements are named, never hidden.
 */
/**
 * The formatters of a language, built once for every entry: building an Intl formatter is
 * slow, and the catalogue shows every tool.
 */
const formats = new Map<string, { listFormat: Intl.ListFormat; dateFormat: Intl.DateTimeFormat }>();
const formatsFor = (lang: string) => {
  let found = formats.get(lang);
  if (!found) {
    found = {
      listFormat: new Intl.ListFormat(lang, { type: 'conjunction' }),
      // A calendar date: formatted in UTC so that no time zone moves it to the day before.
      dateFormat: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
    };
    formats.set(lang, found);
  }
  return found;
};

export const CatalogueEntry = memo(function CatalogueEntry({ tool }: { tool: Tool }) {
  const { t } = useTranslation('results');
  const { lang, label, ageGroup, list } = useLabels();
  const localized = useLocalized();
  const fieldNames = useFieldNames();
  const headingId = `catalogue-${tool.id}-name`;

  const { conjunction, reviewed } = useMemo(() => {
    const { listFormat, dateFormat } = formatsFor(lang);
    return {
      conjunction: (items: readonly string[]) => listFormat.format(items),
      reviewed: dateFormat.format(new Date(`${tool.status.checked}T00:00:00Z`)),
    };
  }, [lang, tool.status.checked]);

  const { requirements, source } = useEntryFacts(tool);
  const platform = tool.dataProcessing.commercialPlatform;

  return (
    <article className="tool-card catalogue-entry" data-tool-id={tool.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="tool-card__name">
        {localized(tool.name)}
      </h2>
      <p className="tool-card__summary">{localized(tool.summary)}</p>
      <dl className="catalogue-entry__facts">
        <Fact term={t('catalogue.facts.status')}>
          <StatusMark tool={tool} full />
        </Fact>
        <Fact term={t('catalogue.facts.provider')}>
          <ProviderText tool={tool} />
        </Fact>
        <Fact term={t('catalogue.facts.providerType')}>{label('providerTypes', tool.providerType)}</Fact>
        <Fact term={t('catalogue.facts.kind')}>{label('kinds', tool.kind)}</Fact>
        <Fact term={t('catalogue.facts.needs')}>
          <ul className="catalogue-entry__list">
            {tool.needs.map((need) => (
              <li key={need}>{label('needs', need)}</li>
            ))}
          </ul>
        </Fact>
        <Fact term={t('catalogue.facts.ageGroups')}>{conjunction(tool.ageGroups.map(ageGroup))}</Fact>
        <Fact term={t('catalogue.facts.languages')}>{list('languages', tool.languages)}</Fact>
        <Fact term={t('catalogue.facts.channels')}>{list('channels', tool.channels)}</Fact>
        <Fact term={t('catalogue.facts.audience')}>{list('audiences', tool.audience)}</Fact>
        <Fact term={t('catalogue.facts.requires')}>
          <ul className="catalogue-entry__list">
            {requirements.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </Fact>
        <Fact term={t('catalogue.facts.dataProcessing')}>
          {platform !== null ? (
            <span className="tool-card__data catalogue-entry__data">
              <strong>{t('dataProcessing', { platform: label('platforms', platform) })}</strong>{' '}
              {localized(tool.dataProcessing.note)}
            </span>
          ) : (
            localized(tool.dataProcessing.note)
          )}
        </Fact>
        {tool.flags.length > 0 && (
          <Fact term={t('catalogue.facts.features')}>{list('flags', tool.flags)}</Fact>
        )}
        {tool.includes.length > 0 && (
          <Fact term={t('catalogue.facts.includes')}>
            <ul className="catalogue-entry__list">
              {tool.includes.map((item) => (
                <li key={item.name}>
                  {item.name}
                  {item.note && ` – ${localized(item.note)}`}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term={t('catalogue.facts.source')}>{source}</Fact>
        {tool.inferred.length > 0 && (
          <Fact term={t('catalogue.facts.inferred')}>
            {conjunction(tool.inferred.map((field) => fieldNames[field]))}
          </Fact>
        )}
        <Fact term={t('catalogue.facts.reviewed')}>
          <time dateTime={tool.status.checked}>{reviewed}</time>
        </Fact>
        {tool.url && (
          <Fact term={t('catalogue.facts.site')}>
            <a href={tool.url} rel="noopener noreferrer" target="_blank">
              {new URL(tool.url).host}
              <span className="visually-hidden"> {t('opensNewWindow')}</span>
            </a>
          </Fact>
        )}
      </dl>
    </article>
  );
});
