import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { loadMemberContext } from '../auth/access.ts';
import { visibleBeneficiaries } from '../auth/visible-beneficiaries.ts';
import type { AppEnv, SignedInEnv } from '../env.ts';
import { apiError } from '../errors.ts';
import { isHtmlForm, wantsPage } from '../middleware/request-body.ts';
import { requireSession } from '../middleware/session.ts';
import { attachmentDisposition, attachmentName } from '../requests/attachment-name.ts';
import type { AttachmentType } from '../requests/attachment-type.ts';
import { cleanAttachment } from '../requests/clean-attachment.ts';
import {
  APPOINTMENT_CHOICES,
  ATTACHMENT_RULES,
  REQUEST_STATUSES,
  REQUEST_TYPE_CODES,
  REQUEST_TYPES,
  type RequestType,
} from '../../domain/request-types.ts';
import { freeText, requiredText, validBody } from '../validation.ts';

const newRequest = z.strictObject({
  type: z.enum(REQUEST_TYPE_CODES, { error: 'Choisissez le type de demande dans la liste.' }),
  subject: requiredText('Donnez un objet à votre demande.', 150),
  message: requiredText('Écrivez votre demande.', 5000),
  // The files of a plain form; checked below by their content.
  pieces: z.unknown().optional(),
});

const keysOf = <T extends object>(choices: T) => Object.keys(choices) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]];

const newAppointment = z.strictObject({
  channel: z.enum(keysOf(APPOINTMENT_CHOICES.channel), { error: 'Choisissez par téléphone ou en agence.' }),
  day: z.enum(keysOf(APPOINTMENT_CHOICES.day), { error: 'Choisissez un jour dans la liste.' }),
  slot: z.enum(keysOf(APPOINTMENT_CHOICES.slot), { error: 'Choisissez un moment de la journée dans la liste.' }),
  note: freeText(1000).optional(),
});

const newMessage = z.strictObject({ message: requiredText('Écrivez votre message.', 5000) });

type Db = Kysely<Database>;

/** Whose requests the person may see: their own, and the household's for the adhérent principal. */
async function visiblePeople(db: Db, beneficiaryId: number) {
  return visibleBeneficiaries(db, await loadMemberContext(db, beneficiaryId));
}

async function findVisibleRequest(c: Context<SignedInEnv>, id: string) {
  if (!/^\d{1,9}$/.test(id)) return undefined;
  const people = await visiblePeople(c.var.db, c.var.session.beneficiaryId);
  return c.var.db
    .selectFrom('requests')
    .selectAll()
    .where('id', '=', Number(id))
    .where(
      'beneficiary_id',
      'in',
      people.map((person) => person.id),
    )
    .executeTakeFirst();
}

interface NewRequest {
  beneficiaryId: number;
  type: RequestType;
  subject: string;
  message: string;
  attachments: { fileName: string; mediaType: AttachmentType; content: Uint8Array }[];
}

/** The household's documents would exceed their quota; `leftBytes` is what remains of it. */
class QuotaExceeded extends Error {
  readonly leftBytes: number;
  constructor(leftBytes: number) {
    super('quota exceeded');
    this.leftBytes = leftBytes;
  }
}

/**
 * A request, received, with its first message and its files: all or nothing. The household's row
 * is locked while its documents are added up, so parallel uploads are counted one after the
 * other and cannot pass the quota together.
 */
async function createRequest(db: Db, request: NewRequest): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const adding = request.attachments.reduce((total, file) => total + file.content.length, 0);
    if (adding > 0) {
      const household = await trx
        .selectFrom('members')
        .innerJoin('beneficiaries', 'beneficiaries.member_id', 'members.id')
        .select('members.id')
        .where('beneficiaries.id', '=', request.beneficiaryId)
        .forUpdate('members')
        .executeTakeFirstOrThrow();
      const { used } = await trx
        .selectFrom('request_attachments')
        .innerJoin('requests', 'requests.id', 'request_attachments.request_id')
        .innerJoin('beneficiaries', 'beneficiaries.id', 'requests.beneficiary_id')
        .select(sql<number>`coalesce(sum(request_attachments.size_bytes), 0)::int`.as('used'))
        .where('beneficiaries.member_id', '=', household.id)
        .executeTakeFirstOrThrow();
      if (used + adding > ATTACHMENT_RULES.quotaBytes) throw new QuotaExceeded(Math.max(0, ATTACHMENT_RULES.quotaBytes - used));
    }
    const created = await trx
      .insertInto('requests')
      .values({ beneficiary_id: request.beneficiaryId, type: request.type, subject: request.subject })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('request_events').values({ request_id: created.id, status: 'recue' }).execute();
    await trx.insertInto('request_messages').values({ request_id: created.id, author: 'member', body: request.message }).execute();
    for (const file of request.attachments) {
      await trx
        .insertInto('request_attachments')
        .values({ request_id: created.id, file_name: file.fileName, media_type: file.mediaType, size_bytes: file.content.length, content: file.content })
        .execute();
    }
    return created.id;
  });
}

/** A plain form (no JavaScript) goes back to the follow-up page; the pages' scripts ask for JSON. */
function answerCreated(c: Context, id: number) {
  if (wantsPage(c)) return c.redirect(`/demandes?envoyee=${id}`, 303);
  return c.json({ request: { id } }, 201);
}

/** The uploaded files of a plain form, checked and cleaned by content; a French refusal otherwise. */
async function checkedAttachments(files: File[], contents: Uint8Array[]) {
  if (files.length > ATTACHMENT_RULES.maxFiles) return { error: `${ATTACHMENT_RULES.maxFiles} fichiers au plus par demande.` };
  const checked: NewRequest['attachments'] = [];
  for (const [index, file] of files.entries()) {
    const content = contents[index]!;
    // Quoted as the member will recognise it, invisible characters aside.
    const shown = file.name.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 100);
    if (content.length > ATTACHMENT_RULES.maxBytes) return { tooLarge: `Le fichier « ${shown} » dépasse 5 Mo.` };
    const clean = await cleanAttachment(content);
    if ('problem' in clean) return { error: `Le fichier « ${shown} » ${clean.problem}.` };
    checked.push({ fileName: attachmentName(file.name, clean.mediaType), ...clean });
  }
  return { checked };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/**
 * « Mes demandes »: a member's requests with their status history, messages and supporting
 * documents. Contract-management requests are the adhérent principal's; an ayant droit sees only
 * their own requests. Files are accepted for what they contain, not for their name.
 */
export const requestRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const { db, session } = c.var;
    const people = await visiblePeople(db, session.beneficiaryId);
    const rows = await db
      .selectFrom('requests')
      .selectAll()
      .where(
        'beneficiary_id',
        'in',
        people.map((person) => person.id),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const events = rows.length
      ? await db
          .selectFrom('request_events')
          .selectAll()
          .where(
            'request_id',
            'in',
            rows.map((row) => row.id),
          )
          .orderBy('id')
          .execute()
      : [];
    const names = new Map(people.map((person) => [person.id, person.firstName]));
    return c.json(
      {
        types: REQUEST_TYPE_CODES.map((code) => ({ code, ...REQUEST_TYPES[code] })),
        requests: rows.map((row) => {
          const status = events.filter((event) => event.request_id === row.id).at(-1)?.status ?? 'recue';
          return {
            id: row.id,
            typeLabel: REQUEST_TYPES[row.type as RequestType]?.label ?? row.type,
            subject: row.subject,
            createdAt: row.created_at.toISOString(),
            status: REQUEST_STATUSES[status],
            requester: names.get(row.beneficiary_id) ?? '',
          };
        }),
      },
      200,
    );
  })
  .post('/', validBody(newRequest), async (c) => {
    const { db, session } = c.var;
    const { type, subject, message } = c.req.valid('json');
    const member = await loadMemberContext(db, session.beneficiaryId);
    if (REQUEST_TYPES[type].contractManagement && member.role !== 'adherent') {
      return apiError(c, 403, 'forbidden', 'Seul l’adhérent principal peut faire cette demande sur le contrat.', {
        type: 'Seul l’adhérent principal peut faire cette demande sur le contrat.',
      });
    }
    let files: File[] = [];
    if (isHtmlForm(c)) {
      const form = await c.req.parseBody({ all: true });
      files = [form['pieces']].flat().filter((value): value is File => value instanceof File && value.size > 0);
    }
    const contents = await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
    const attachments = await checkedAttachments(files, contents);
    if ('tooLarge' in attachments) return apiError(c, 413, 'file_too_large', attachments.tooLarge!, { pieces: attachments.tooLarge! });
    if ('error' in attachments) return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', { pieces: attachments.error! });
    if (type === 'remboursement' && attachments.checked.length === 0) {
      return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', {
        pieces: 'Joignez au moins un justificatif (facture, ordonnance…).',
      });
    }
    try {
      const id = await createRequest(db, { beneficiaryId: session.beneficiaryId, type, subject, message, attachments: attachments.checked });
      return answerCreated(c, id);
    } catch (error) {
      if (!(error instanceof QuotaExceeded)) throw error;
      const message = `Les justificatifs envoyés en ligne par votre foyer sont limités à ${megabytes(ATTACHMENT_RULES.quotaBytes)} au total, et il en reste ${megabytes(error.leftBytes)} : envoyez ces documents par courrier, ou en fichiers plus légers.`;
      return apiError(c, 413, 'quota_exceeded', message, { pieces: message });
    }
  })
  .post('/appointments', validBody(newAppointment), async (c) => {
    const { channel, day, slot, note } = c.req.valid('json');
    const wish = `Rendez-vous ${APPOINTMENT_CHOICES.channel[channel]}, de préférence ${APPOINTMENT_CHOICES.day[day]}, ${APPOINTMENT_CHOICES.slot[slot]}.`;
    const id = await createRequest(c.var.db, {
      beneficiaryId: c.var.session.beneficiaryId,
      type: 'rendez_vous',
      subject: `Rendez-vous ${APPOINTMENT_CHOICES.channel[channel]}`,
      message: note ? `${wish}\n${note}` : wish,
      attachments: [],
    });
    return answerCreated(c, id);
  })
  .get('/:id', async (c) => {
    const request = await findVisibleRequest(c, c.req.param('id'));
    if (!request) return apiError(c, 404, 'not_found', 'Cette demande n’existe pas ou ne vous concerne pas.');
    const { db } = c.var;
    const [events, messages, attachments] = await Promise.all([
      db.selectFrom('request_events').select(['status', 'at']).where('request_id', '=', request.id).orderBy('id').execute(),
      db.selectFrom('request_messages').select(['author', 'body', 'at']).where('request_id', '=', request.id).orderBy('id').execute(),
      db
        .selectFrom('request_attachments')
        .select(['id', 'file_name', 'media_type', 'size_bytes'])
        .where('request_id', '=', request.id)
        .orderBy('id')
        .execute(),
    ]);
    return c.json(
      {
        id: request.id,
        typeLabel: REQUEST_TYPES[request.type as RequestType]?.label ?? request.type,
        subject: request.subject,
        createdAt: request.created_at.toISOString(),
        history: events.map((event) => ({ status: REQUEST_STATUSES[event.status], at: event.at.toISOString() })),
        messages: messages.map((message) => ({ author: message.author, body: message.body, at: message.at.toISOString() })),
        attachments: attachments.map((file) => ({
          href: `/api/requests/${request.id}/attachments/${file.id}`,
          fileName: file.file_name,
          mediaType: file.media_type,
          sizeBytes: file.size_bytes,
        })),
      },
      200,
    );
  })
  .post('/:id/messages', validBody(newMessage), async (c) => {
    const request = await findVisibleRequest(c, c.req.param('id'));
    if (!request) return apiError(c, 404, 'not_found', 'Cette demande n’existe pas ou ne vous concerne pas.');
    await c.var.db.insertInto('request_messages').values({ request_id: request.id, author: 'member', body: c.req.valid('json').message }).execute();
    return c.json({ saved: true }, 201);
  })
  .get('/:id/attachments/:attachmentId', async (c) => {
    const request = await findVisibleRequest(c, c.req.param('id'));
    const attachmentId = c.req.param('attachmentId');
    if (!request || !/^\d{1,9}$/.test(attachmentId)) return apiError(c, 404, 'not_found', 'Ce fichier n’existe pas ou ne vous concerne pas.');
    const file = await c.var.db
      .selectFrom('request_attachments')
      .selectAll()
      .where('id', '=', Number(attachmentId))
      .where('request_id', '=', request.id)
      .executeTakeFirst();
    if (!file) return apiError(c, 404, 'not_found', 'Ce fichier n’existe pas ou ne vous concerne pas.');
    const mediaType = file.media_type as AttachmentType;
    c.header('Content-Type', mediaType);
    // Never shown in the browser as a page: downloaded, under a name that ends as its checked type says.
    const name = attachmentName(file.file_name, mediaType);
    c.header('Content-Disposition', attachmentDisposition(name, `piece-jointe-${file.id}.${name.split('.').at(-1)}`));
    c.header('Content-Security-Policy', "default-src 'none'; sandbox");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(file.content), 200);
  });
