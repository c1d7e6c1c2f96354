import { useTranslation } from 'react-i18next';
import { articleProviderIfChanged, type Tool } from '../../domain/catalogue.ts';
import { useUiLanguage } from './labels.ts';

/**
 * Who runs the service today, and, when the source article named someone else (social
 * services moved to the wellbeing services counties in 2023), "in the article: …". A
 * provider the editors could not confirm says so.
 */
export function ProviderText({ tool }: { tool: Tool }) {
  const { t } = useTranslation('results');
  const lang = useUiLanguage();
  const then = articleProviderIfChanged(tool, lang);
  return (
    <>
      {tool.provider[lang]}
      {tool.inferred.includes('provider') && ` (${t('provider.unconfirmed')})`}
      {then && <span className="provider-then"> ({t('provider.inArticle', { provider: then })})</span>}
    </>
  );
}
