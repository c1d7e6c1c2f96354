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
} from './planning-steps.ts';

export interface WizardBoot {
  answers: PartialAnswers;
  step: WizardStep;
  chosenTools: string[];
  consideredPrompts: string[];
  notices: PlanningNotice[];
  /**
   * The device record must stay as it is until the practitioner changes something: a link
   * opened over a different saved plan, or the record was set aside.
   */
  holdRecord: boolean;
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
 * - A record's step may be a name an earlier version wrote (`ageGroup`, `review`, …): it
 *   opens the step that asks the same now (normalizeStep).
 * - When the link holds the same answers as the record (a reload), the record's step,
 *   chosen tools and marks are kept.
 * - A link with other answers than a saved record opens the link's answers and keeps the
 *   saved plan: a notice offers to go back to it, and the record is held (not overwritten)
 *   until the practitioner changes something. A record with nothing answered, chosen or
 *   marked is no plan to keep: the link opens as if there were none.
 * - A corrupted, outdated or future-dated record is set aside whole with a notice and held
 *   on the device until the first change; dropped link values and a link too long to read
 *   get a notice too.
 *
 * `today` is an ISO date (the device's day by default).
 */
export function bootWizard(
  search: string,
  storedRecord: string | null,
  today: string = new Date().toISOString().slice(0, 10),
): WizardBoot {
  const link = decodeShareQuery(search);
  const stored = readSessionRecord(storedRecord, today);
  const notices: PlanningNotice[] = [];
  if (stored.notice === 'corrupted') notices.push({ kind: 'storage-corrupted' });
  if (stored.notice === 'outdated') notices.push({ kind: 'storage-outdated' });
  if (stored.notice === 'future') notices.push({ kind: 'storage-future' });
  if (link.tooLong) notices.push({ kind: 'link-too-long' });
  if (link.dropped.length > 0) notices.push({ kind: 'link-dropped', dropped: link.dropped });
  const setAside = stored.notice !== null;

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
      holdRecord: setAside,
      ui: link.ui,
      scenario: link.scenario,
    };
  }
  // A record with nothing in it (the app opened and nothing answered or chosen yet) holds no
  // plan to go back to: the link opens without a notice and its answers are saved over it.
  const holdsPlan =
    record !== null &&
    (Object.keys(record.answers).length > 0 ||
      record.chosenTools.length > 0 ||
      record.consideredPrompts.length > 0);
  if (holdsPlan) {
    const answers = sanitizeAnswers(record.answers);
    const saved = {
      answers,
      step: resumeStep(answers, record.step),
      tools: [...record.chosenTools],
      considered: [...record.consideredPrompts],
    };
    notices.push({ kind: 'saved-plan-kept', saved });
  }
  return {
    answers: linkAnswers,
    // A complete link opens the results; any other at its first unanswered step.
    step: firstOpenStep(linkAnswers),
    chosenTools: [],
    consideredPrompts: [],
    notices,
    holdRecord: setAside || holdsPlan,
    ui: link.ui,
    scenario: link.scenario,
  };
}
