import { useTranslation } from 'react-i18next';
import type { RecommendResult } from '../../engine/recommend.ts';

/**
 * What the engine says about the whole result: which answers it relaxed to avoid a dead end,
 * or that no method serves the chosen needs. Shared by the results and the practice tool step.
 */
export function MatchNotices({ result }: { result: RecommendResult }) {
  const { t } = useTranslation('results');
  return (
    <>
      {result.relaxed.length > 0 && (
        <div className="notice notice--info" role="status">
          <p>{t('relaxed', { answers: result.relaxed.map((a) => t(`relaxable.${a}`)).join(', ') })}</p>
        </div>
      )}
      {result.items.length === 0 && (
        <div className="notice" role="status">
          <p>{t('none')}</p>
        </div>
      )}
    </>
  );
}
