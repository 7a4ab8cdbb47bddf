/**
 * What an application still lacks before it can be submitted (pure): its name, instrument and
 * activities, every invited partner's answer, the de minimis declarations the programme requires,
 * and the form's required and minimum answers. Eligibility rules are a separate list: an
 * application may be submitted while a rule fails (staff decide), but not while it is incomplete.
 */
import type { CompletenessIssue } from '../../../../shared/contracts/funding-applications.js';
import type { FormDoc, ListEntry } from '../../../../shared/contracts/funding.js';
import type { ApplicationRow, AttachmentRow, PartnerRow } from '../repository/applications.js';
import { answersIssues } from './answers.js';

export interface CompletenessInput {
  app: Pick<ApplicationRow, 'acronym' | 'title' | 'instrumentId' | 'activities' | 'topics' | 'answers'>;
  partners: readonly PartnerRow[];
  attachments: readonly AttachmentRow[];
  form: FormDoc;
  activities: readonly ListEntry[];
  topics: readonly ListEntry[];
  deMinimisRequired: boolean;
  partnerName: (p: PartnerRow) => string;
}

/** Attachment ids by question, and the partners that may appear in budget tables. */
export function answerContext(partners: readonly PartnerRow[], attachments: readonly AttachmentRow[], mode: 'save' | 'submit') {
  const byQuestion = new Map<string, Set<string>>();
  for (const a of attachments) byQuestion.set(a.questionId, (byQuestion.get(a.questionId) ?? new Set()).add(a.id));
  return { attachments: byQuestion, partnerIds: new Set(partners.filter((p) => p.status !== 'declined').map((p) => p.id)), mode };
}

export function completenessIssues(input: CompletenessInput): CompletenessIssue[] {
  const { app } = input;
  const issues: CompletenessIssue[] = [];
  const need = (ok: boolean, code: string, path: string, params: CompletenessIssue['params'] = {}) => {
    if (!ok) issues.push({ code: `funding:completeness.${code}`, path, params });
  };
  need(Boolean(app.acronym?.trim()), 'acronym', 'acronym');
  need(Boolean(app.title?.trim()), 'title', 'title');
  need(app.instrumentId !== null, 'instrument', 'instrumentId');
  need(app.activities.length > 0, 'activities', 'activities');
  const activityIds = new Set(input.activities.map((a) => a.id));
  const topicIds = new Set(input.topics.map((t) => t.id));
  const strayActivities = app.activities.filter((a) => !activityIds.has(a));
  const strayTopics = app.topics.filter((t) => !topicIds.has(t));
  need(strayActivities.length === 0, 'unknown_activity', 'activities', { value: strayActivities });
  need(strayTopics.length === 0, 'unknown_topic', 'topics', { value: strayTopics });
  for (const p of input.partners) {
    need(p.status !== 'invited', 'partner_pending', `partners.${p.id}`, { email: p.invitedEmail ?? '' });
    if (input.deMinimisRequired && p.status === 'confirmed') need(p.deMinimis !== null, 'de_minimis', `partners.${p.id}.deMinimis`, { partner: input.partnerName(p) });
  }
  const ctx = answerContext(input.partners, input.attachments, 'submit');
  for (const i of answersIssues(input.form, app.answers as Record<string, never>, ctx)) issues.push({ code: i.code, path: i.path, params: i.params });
  return issues;
}
