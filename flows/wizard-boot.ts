import type { PartialAnswers } from '../src/domain/answers.ts';
import { decodeShareQuery, encodeShareQuery } from '../src/domain/share-link.ts';
import { readSessionRecord } from '../src/domain/session-record.ts';
import type { UiLanguage } from '../src/domain/taxonomy.ts';
import {
  firstOpenStep,
  resumeStep,
  sanitizeAnswers,
  type PlanningNotice,
  type WizardStep,
} from './planning-machine.ts';

export interface WizardBoot {
  answers: PartialAnswers;
  step: WizardStep;
  chosenTools: string[];
  consideredPrompts: string[];
  notices: PlanningNotice[];
  ui: UiLanguage | undefined;
  /** The practice scenario a teacher's link opens (`?mode=practice&scenario=<id>`). */
  scenario: string | undefined;
}

const sameAnswers = (a: PartialAnswers, b: PartialAnswers) => encodeShareQuery(a) === encodeShareQuery(b);

/**
 * Decides where the wizard opens from the address (a share link, or the app's own synced
 * address after a reload) and the record kept on the device.
 *
 * - A link with answers wins over the device record, landing on the results when it is
 *   complete and on the first unanswered step otherwise.
 * - When the link holds the same answers as the record (a reload), the record's step,
 *   chosen tools and marks are kept.
 * - A corrupted or outdated record is dropped with a notice; dropped link values too.
 */
export function bootWizard(search: string, storedRecord: string | null): WizardBoot {
  const link = decodeShareQuery(search);
  const stored = readSessionRecord(storedRecord);
  const notices: PlanningNotice[] = [];
  if (stored.notice === 'corrupted') notices.push({ kind: 'storage-corrupted' });
  if (stored.notice === 'outdated') notices.push({ kind: 'storage-outdated' });
  if (link.dropped.length > 0) notices.push({ kind: 'link-dropped', dropped: link.dropped });

  const record = stored.record;
  const linkAnswers = sanitizeAnswers(link.answers);

  if (record && (!link.hasAnswers || sameAnswers(linkAnswers, sanitizeAnswers(record.answers)))) {
    const answers = sanitizeAnswers(record.answers);
    return {
      answers,
      step: resumeStep(answers, record.step),
      chosenTools: [...record.chosenTools],
      consideredPrompts: [...record.consideredPrompts],
      notices,
      ui: link.ui,
      scenario: link.scenario,
    };
  }
  const open = firstOpenStep(linkAnswers);
  return {
    answers: linkAnswers,
    step: link.hasAnswers && open === 'review' ? 'results' : open,
    chosenTools: [],
    consideredPrompts: [],
    notices,
    ui: link.ui,
    scenario: link.scenario,
  };
}
