import { useTranslation } from 'react-i18next';
import { toolsById } from '../../domain/catalogue-data.ts';
import { rulesById } from '../../domain/ethics-data.ts';
import { NO_DIGITAL_TOOL } from '../../domain/scenario.ts';
import { useLocalized } from '../shared/labels.ts';

/**
 * How practice names what a student picked or raised: a tool by its name ("no digital tool
 * now" for that choice), an ethics rule by its prompt; an unknown id as itself.
 */
export function usePracticeNames() {
  const { t } = useTranslation('practice');
  const localized = useLocalized();
  const toolName = (id: string) => {
    if (id === NO_DIGITAL_TOOL) return t('pickTools.noDigitalTool');
    const tool = toolsById.get(id);
    return tool ? localized(tool.name) : id;
  };
  const promptText = (id: string) => {
    const rule = rulesById.get(id);
    return rule ? localized(rule.prompt) : id;
  };
  return { toolName, promptText };
}
