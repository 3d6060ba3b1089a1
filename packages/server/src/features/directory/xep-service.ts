import { sql } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { json } from '../../db/json.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { DirectoryContext } from './directory-context.ts';
import { xepHealthMail } from './directory-mail.ts';
import type { XepSummary, XepView } from './directory-types.ts';
import { isXepSupportStatus } from './doap-vocabulary.ts';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import { EMAIL } from './field-values.ts';
import { directoryPolicy } from './policy.ts';
import { unique } from './project-writes.ts';
import { effectiveInScope, xepInfos } from './queries.ts';
import { xepHealthReport } from './xep-health.ts';
import type { XepHealthReport } from './xep-health.ts';

const XEP_HEALTH_SETTING = 'directory.xep_health_recipients';

/** The XEP list with the implementations on record, and the XEP health report (optionally mailed monthly). */
export function createXepService(ctx: DirectoryContext) {
  const { db, mutations, clock, outbox } = ctx;

  async function settingValue<T>(key: string): Promise<T | undefined> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value as T | undefined;
  }

  const service = {
    async listXeps(actor: Actor, filter: { status?: string | undefined; type?: string | undefined; q?: string | undefined; limit?: number | undefined; offset?: number | undefined } = {}): Promise<{ xeps: XepSummary[]; total: number }> {
      directoryPolicy.assert(actor, 'directory.read');
      let query = db.selectFrom('directory_xeps as x');
      if (filter.status) query = query.where('x.status', '=', filter.status);
      if (filter.type) query = query.where('x.type', '=', filter.type);
      if (filter.q) {
        const q = filter.q.trim();
        const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
        const number = /^(?:xep-?)?(\d{1,4})$/i.exec(q)?.[1];
        query = query.where((eb) => eb.or([eb(eb.fn('lower', ['x.title']), 'like', pattern), eb(eb.fn('lower', ['x.shortname']), 'like', pattern), ...(number ? [eb('x.number', '=', Number(number))] : [])]));
      }
      const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await query
        .select(['x.number', 'x.title', 'x.status', 'x.type', 'x.shortname', 'x.last_revision_version', 'x.last_revision_date'])
        .select((eb) => eb.selectFrom('directory_project_xeps as px').innerJoin('directory_projects as p', 'p.id', 'px.project_id').select((e) => e.fn.countAll<number>().as('n')).whereRef('px.xep', '=', 'x.number').where('p.archived_at', 'is', null).as('implementations'))
        .orderBy('x.number')
        .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000))
        .offset(Math.max(filter.offset ?? 0, 0))
        .execute();
      return {
        total: Number(total.n),
        xeps: rows.map((row) => ({
          number: row.number,
          title: row.title,
          status: row.status,
          type: row.type,
          shortname: row.shortname,
          lastRevision: row.last_revision_version !== null && row.last_revision_date !== null ? { version: row.last_revision_version, date: row.last_revision_date } : null,
          implementations: Number(row.implementations ?? 0),
        })),
      };
    },

    /** A XEP with every project that declares it, its support status and version. */
    async getXep(actor: Actor, number: number): Promise<XepView> {
      directoryPolicy.assert(actor, 'directory.read');
      const [xep, implementations] = await Promise.all([
        db.selectFrom('directory_xeps').selectAll().where('number', '=', number).executeTakeFirst(),
        db
          .selectFrom('directory_project_xeps as px')
          .innerJoin('directory_projects as p', 'p.id', 'px.project_id')
          .select(['p.slug', 'p.name', 'p.archived_at', 'p.in_scope', 'p.doap_url', 'p.current_snapshot_id', 'px.status', 'px.raw_status', 'px.version', 'px.since', 'px.until', 'px.note'])
          .where('px.xep', '=', number)
          .orderBy(sql`lower(p.name)`)
          .execute(),
      ]);
      if (!xep && implementations.length === 0) throw notFound(`XEP-${String(number).padStart(4, '0')}`);
      const refs = (value: unknown) => ((value ?? []) as { text: string }[]).map((ref) => ref.text);
      return {
        number,
        listed: xep !== undefined,
        title: xep?.title ?? null,
        abstract: xep?.abstract ?? null,
        type: xep?.type ?? null,
        status: xep?.status ?? null,
        shortname: xep?.shortname ?? null,
        tags: xep?.tags ?? [],
        lastRevision: xep && xep.last_revision_version !== null && xep.last_revision_date !== null ? { version: xep.last_revision_version, date: xep.last_revision_date } : null,
        supersedes: refs(xep?.supersedes),
        supersededBy: refs(xep?.superseded_by),
        implementations: implementations.map((row) => ({
          slug: row.slug,
          name: row.name,
          status: row.status !== null && isXepSupportStatus(row.status) ? row.status : null,
          rawStatus: row.raw_status,
          version: row.version,
          since: row.since,
          until: row.until,
          note: row.note,
          archived: row.archived_at !== null,
          inScope: effectiveInScope(row),
        })),
      };
    },

    async xepHealth(actor: Actor, options: { staleAfterMonths?: number | undefined; minCompleteImplementations?: number | undefined } = {}): Promise<XepHealthReport> {
      directoryPolicy.assert(actor, 'directory.read');
      const [xeps, declarations] = await Promise.all([
        xepInfos(db),
        db
          .selectFrom('directory_project_xeps as px')
          .innerJoin('directory_projects as p', 'p.id', 'px.project_id')
          .select(['p.slug', 'px.xep', 'px.status', 'px.version'])
          .where('p.archived_at', 'is', null)
          .orderBy('p.slug')
          .orderBy('px.xep')
          .execute(),
      ]);
      const byProject = new Map<string, { number: number; status: XepSupportStatus | null; version: string | null }[]>();
      for (const row of declarations) {
        const list = byProject.get(row.slug) ?? [];
        list.push({ number: row.xep, status: row.status !== null && isXepSupportStatus(row.status) ? row.status : null, version: row.version });
        byProject.set(row.slug, list);
      }
      return xepHealthReport(xeps, [...byProject].map(([project, list]) => ({ project, xeps: list })), {
        now: clock.now(),
        ...(options.staleAfterMonths !== undefined ? { staleAfterMonths: options.staleAfterMonths } : {}),
        ...(options.minCompleteImplementations !== undefined ? { minCompleteImplementations: options.minCompleteImplementations } : {}),
      });
    },

    async xepHealthRecipients(actor: Actor): Promise<string[]> {
      directoryPolicy.assert(actor, 'directory.settings');
      return (await settingValue<{ emails: string[] }>(XEP_HEALTH_SETTING))?.emails ?? [];
    },

    /** Who gets the monthly XEP health report by e-mail; an empty list stops it. */
    async setXepHealthRecipients(actor: Actor, emails: readonly string[]): Promise<string[]> {
      directoryPolicy.assert(actor, 'directory.settings');
      const clean = unique(emails.map((email) => email.trim()));
      if (clean.length > 20) throw badRequest('too_many_recipients', 'At most 20 recipients.');
      for (const email of clean) {
        if (!EMAIL.test(email) || email.length > 254) throw badRequest('invalid_email', `"${email}" is not an e-mail address.`);
      }
      await mutations.run(actor, async (trx) => {
        await trx
          .insertInto('settings')
          .values({ key: XEP_HEALTH_SETTING, value: json({ emails: clean }), updated_at: clock.now() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: json({ emails: clean }), updated_at: clock.now() }))
          .execute();
        return { result: undefined, audit: { action: 'directory.settings_update', details: { key: XEP_HEALTH_SETTING, recipients: clean.length } } };
      });
      return clean;
    },

    /** Sends the XEP health report to the configured recipients (the monthly job calls this). */
    async mailXepHealthReport(actor: Actor): Promise<{ sent: boolean; recipients: number }> {
      directoryPolicy.assert(actor, 'directory.settings');
      const recipients = (await settingValue<{ emails: string[] }>(XEP_HEALTH_SETTING))?.emails ?? [];
      if (recipients.length === 0) return { sent: false, recipients: 0 };
      const report = await service.xepHealth(actor);
      await mutations.run(actor, async (trx) => {
        await outbox.queue(trx, xepHealthMail(recipients, report, `${ctx.publicUrl}/api/v1/xeps/health`), { purpose: 'directory.xep_health' });
        return { result: undefined, audit: { action: 'directory.xep_health_mail', details: { recipients: recipients.length, dueForDeferral: report.dueForDeferral.length, advancementCandidates: report.advancementCandidates.length, retiredButImplemented: report.retiredButImplemented.length } } };
      });
      outbox.deliverSoon();
      return { sent: true, recipients: recipients.length };
    },
  };
  return service;
}
