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
import { DetailsOnOpen } from '../shared/details-on-open.tsx';

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
 * The date formatter of a language, built once for every entry: building an Intl formatter is
 * slow, and it is built only when a first entry is opened. A calendar date: formatted in UTC
 * so that no time zone moves it to the day before.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormatFor = (lang: string) => {
  let found = dateFormats.get(lang);
  if (!found) {
    found = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, found);
  }
  return found;
};

/**
 * Every fact the data hold about one method, built only when the practitioner opens the entry:
 * 86 entries with all their facts made the page some 4,000 elements, too slow on a phone.
 */
function CatalogueFacts({ tool }: { tool: Tool }) {
  const { t } = useTranslation('results');
  const { lang, label, ageGroup, conjunction, list } = useLabels();
  const localized = useLocalized();
  const fieldNames = useFieldNames();

  const reviewed = dateFormatFor(lang).format(new Date(`${tool.status.checked}T00:00:00Z`));

  const { requirements, source } = useEntryFacts(tool);
  const platform = tool.dataProcessing.commercialPlatform;

  const { state, note, evidence, replacedBy } = tool.status;
  return (
    <>
      {/* The label is on the entry already; the box is shown when it says more than that. */}
      {(state !== 'active' || note || evidence || replacedBy) && <StatusMark tool={tool} full />}
      <dl className="catalogue-entry__facts">
        <Fact term={t('catalogue.facts.provider')}>
          <ProviderText tool={tool} />
        </Fact>
        <Fact term={t('catalogue.facts.providerType')}>{label('providerTypes', tool.providerType)}</Fact>
        <Fact term={t('catalogue.facts.kind')}>{label('kinds', tool.kind)}</Fact>
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
    </>
  );
}

/**
 * One method of the catalogue, and no score: the catalogue lists, the planning mode ranks. The
 * list shows the name, a one-line summary, the status and the needs; every other fact (with
 * the editors' judgements named, never hidden) is one "all details" away, native <details>
 * whose body is built when it is opened.
 */
export const CatalogueEntry = memo(function CatalogueEntry({ tool }: { tool: Tool }) {
  const { t } = useTranslation('results');
  const { list } = useLabels();
  const localized = useLocalized();
  const headingId = `catalogue-${tool.id}-name`;
  const name = localized(tool.name);
  const { state } = tool.status;

  return (
    <article className="tool-card catalogue-entry" data-tool-id={tool.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="tool-card__name">
        {name}
      </h2>
      <p className="tool-card__summary">{localized(tool.summary)}</p>
      <dl className="catalogue-entry__brief">
        <dt>{t('catalogue.facts.status')}</dt>
        <dd>
          <span className={`catalogue-entry__mark catalogue-entry__mark--${state}`} data-status={state}>
            {t(`status.label.${state}`)}
          </span>
        </dd>
        <dt>{t('catalogue.facts.needs')}</dt>
        <dd>{list('needs', tool.needs)}</dd>
      </dl>
      <DetailsOnOpen
        className="catalogue-entry__details"
        summary={
          <>
            {t('catalogue.allDetails')}
            <span className="visually-hidden"> – {name}</span>
          </>
        }
      >
        {() => <CatalogueFacts tool={tool} />}
      </DetailsOnOpen>
    </article>
  );
});
