/**
 * A platform's own AI mark (sites/provenance.ts) as evidence: the `ai` label is put on the post
 * with the mark as its first reason, whatever the model's score. The model's scores are left as
 * they are (they are the model's); only the label and its reason are added.
 *
 *   Post.provenance ──▶ judgement + 'ai' label + reason "YouTube marks this as altered or synthetic"
 *
 * The stored reason is English like the model's own (it is counted and exported), written here
 * because the built extension carries no English catalog of its own (text/english-messages.ts);
 * the badge words it in the person's language (provenanceLine). A test holds the two to the same words.
 */
import { message, type MessageKey } from '../text/i18n';
import type { Judgement } from '../model/judge';
import { SITE_BY_ID } from '../sites/registry';
import type { Provenance, ProvenanceClaim } from '../sites/types';

export const CLAIM_MESSAGES: Record<ProvenanceClaim, MessageKey> = {
  'altered-or-synthetic': 'provenanceAlteredOrSynthetic',
  'ai-generated': 'provenanceAiGenerated',
  'ai-info': 'provenanceAiInfo',
  'community-note': 'provenanceCommunityNote',
  labeler: 'provenanceLabeler',
};

/** The English messages' words, for the stored reason. */
export const ENGLISH_REASONS: Record<ProvenanceClaim, (site: string, label: string) => string> = {
  'altered-or-synthetic': (site) => `${site} marks this as altered or synthetic`,
  'ai-generated': (site) => `${site} marks this as AI-generated`,
  'ai-info': (site) => `${site} marks this as made with AI`,
  'community-note': (site) => `a Community Note on ${site} says this is AI-made`,
  labeler: (site, label) => `a ${site} labeler marks this ‘${label}’`,
};

/** Every site with a reader has a brand name, the same in every language. */
const siteName = (provenance: Provenance): string => {
  const site = SITE_BY_ID[provenance.source];
  return 'name' in site ? site.name : provenance.source;
};

const substitutions = (provenance: Provenance) => [siteName(provenance), provenance.label ?? ''];

/** What the platform says, in the person's language: "YouTube marks this as altered or synthetic". */
export function provenanceLine(provenance: Provenance): string {
  return message(CLAIM_MESSAGES[provenance.says], substitutions(provenance));
}

/** The model's judgement with the platform's mark added as the `ai` label's first reason. */
export function withProvenance(judgement: Judgement, provenance: Provenance | undefined): Judgement {
  if (!provenance) return judgement;
  const reason = { category: 'ai' as const, text: ENGLISH_REASONS[provenance.says](siteName(provenance), provenance.label ?? '') };
  return {
    scores: judgement.scores,
    labels: judgement.labels.includes('ai') ? judgement.labels : ['ai', ...judgement.labels],
    // The platform's own mark is the strongest evidence there is for this label.
    strength: { ...judgement.strength, ai: 'strong' },
    reasons: [reason, ...judgement.reasons],
  };
}

export function isSameProvenance(a: Provenance | undefined, b: Provenance | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.source === b.source && a.says === b.says && a.label === b.label);
}
