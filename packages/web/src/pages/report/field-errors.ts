import { ApiError } from '../../api/client.ts';

export const REPORT_FIELDS = ['reporterName', 'reporterEmail', 'reporterXmpp', 'projects', 'title', 'description', 'steps', 'impact', 'disclosurePlans', 'creditAs', 'attachments', 'encryption'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type FieldErrors = Partial<Record<ReportField, string | undefined>>;

/** Server error codes that belong to one field of the form. */
const CODE_FIELDS: Record<string, ReportField> = {
  projects_required: 'projects',
  title_required: 'title',
  description_required: 'description',
  too_many_attachments: 'attachments',
  attachment_too_large: 'attachments',
  attachments_too_large: 'attachments',
  body_too_large: 'attachments',
  invalid_openpgp_message: 'encryption',
  not_encrypted: 'encryption',
  message_too_large: 'encryption',
};

/** Clearer words than the schema validator's for the fields people most often get wrong. */
const FRIENDLY: Partial<Record<ReportField, string>> = {
  reporterEmail: 'Enter an e-mail address where the team can reach you, like name@example.org.',
};

const isField = (name: string | undefined): name is ReportField => (REPORT_FIELDS as readonly string[]).includes(name ?? '');

/**
 * Places the server's answer next to the fields it is about: validation issues name their path
 * (`body.reporterEmail`), the service's own codes are mapped above; the rest is for the whole form.
 */
export function errorsFromApi(error: unknown): { fields: FieldErrors; general: string | undefined } {
  if (!(error instanceof ApiError)) return { fields: {}, general: error instanceof Error ? error.message : 'Something went wrong.' };
  const field = CODE_FIELDS[error.code];
  if (field) return { fields: { [field]: error.message }, general: undefined };
  if (error.code === 'invalid_request') {
    const issues = Array.isArray(error.details?.issues) ? (error.details.issues as { path?: unknown; message?: unknown }[]) : [];
    const fields: FieldErrors = {};
    const rest: string[] = [];
    for (const issue of issues) {
      const path = typeof issue.path === 'string' ? issue.path.split('.') : [];
      const name = path[0] === 'body' ? path[1] : undefined;
      const message = typeof issue.message === 'string' ? issue.message : 'This value is not accepted.';
      if (isField(name)) fields[name] ??= FRIENDLY[name] ?? message;
      else rest.push(message);
    }
    if (Object.keys(fields).length > 0) return { fields, general: rest.length > 0 ? rest.join(' ') : undefined };
  }
  return { fields: {}, general: error.message };
}
