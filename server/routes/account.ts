import { Hono } from 'hono';
import { z } from 'zod';
import { loadMemberContext } from '../auth/access.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { createEmailLink, emailUsedByAnotherAccount, revokeEmailLinks } from '../auth/email-links.ts';
import { closeOtherSessions } from '../auth/sessions.ts';
import { confirmStepUpCode, issueStepUpCode } from '../auth/step-up.ts';
import { audit } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';
import { emailChangeLinkMessage, passwordChangedMessage, stepUpCodeMessage } from '../mail/messages.ts';
import { requireSession } from '../middleware/session.ts';
import { requireStepUp } from '../middleware/step-up.ts';
import { emailField, newPasswordInput, passwordInput, requiredText, validBody } from '../validation.ts';

/** The signed-in person's own account: password, devices, sign-in e-mail. */
export const accountRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .post(
    '/password',
    validBody(
      z.strictObject({
        currentPassword: passwordInput('Saisissez votre mot de passe actuel.'),
        newPassword: newPasswordInput('Choisissez un nouveau mot de passe.'),
      }),
    ),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const { db, session } = c.var;
      const account = await db
        .selectFrom('accounts')
        .select(['password_hash'])
        .where('id', '=', session.accountId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(account.password_hash, currentPassword))) {
        return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', {
          currentPassword: 'Le mot de passe actuel est incorrect.',
        });
      }
      await db
        .updateTable('accounts')
        .set({ password_hash: await hashPassword(newPassword), password_changed_at: new Date() })
        .where('id', '=', session.accountId)
        .execute();
      const endedSessions = await closeOtherSessions(db, session.accountId, session.id);
      await audit(db, session.accountId, 'password.changed', { endedSessions });
      const member = await loadMemberContext(db, session.beneficiaryId);
      await c.var.mailer.send(passwordChangedMessage(session.email, member.firstName));
      return c.json({ message: 'Votre mot de passe est changé. Vos autres appareils sont déconnectés.', endedSessions }, 200);
    },
  )
  .get('/sessions', async (c) => {
    const { db, session } = c.var;
    const rows = await db
      .selectFrom('sessions')
      .select(['id', 'device', 'created_at', 'last_seen_at'])
      .where('account_id', '=', session.accountId)
      .orderBy('last_seen_at', 'desc')
      .execute();
    return c.json(
      {
        sessions: rows.map((row) => ({
          id: row.id,
          device: row.device,
          createdAt: row.created_at.toISOString(),
          lastSeenAt: row.last_seen_at.toISOString(),
          current: row.id === session.id,
        })),
      },
      200,
    );
  })
  .post('/sessions/sign-out-others', async (c) => {
    const { db, session } = c.var;
    const ended = await closeOtherSessions(db, session.accountId, session.id);
    await audit(db, session.accountId, 'sessions.closed_others', { ended });
    return c.json({ ended }, 200);
  })
  .post('/step-up', async (c) => {
    const { db, session } = c.var;
    const code = await issueStepUpCode(db, session.id);
    const member = await loadMemberContext(db, session.beneficiaryId);
    await c.var.mailer.send(stepUpCodeMessage(session.email, member.firstName, code));
    return c.json({ message: 'Un code à 6 chiffres vient de vous être envoyé par e-mail. Il est valable 10 minutes.' }, 202);
  })
  .post(
    '/step-up/verify',
    validBody(z.strictObject({ code: requiredText('Saisissez le code reçu par e-mail.', 6).regex(/^\d{6}$/, { error: 'Le code compte 6 chiffres.' }) })),
    async (c) => {
      const outcome = await confirmStepUpCode(c.var.db, c.var.session.id, c.req.valid('json').code);
      if (outcome === 'granted') return c.json({ message: 'Opération confirmée.' }, 200);
      if (outcome === 'wrong_code') {
        return apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', { code: 'Ce code est incorrect.' });
      }
      return apiError(c, 410, 'code_expired', 'Ce code a expiré ou a été trop souvent mal saisi : demandez-en un nouveau.');
    },
  )
  // POST, like every form of the site: a plain HTML form cannot PUT.
  // The new address takes over only once the link sent to it is opened: a typo cannot lock the
  // person out of their account and of the forgotten-password e-mails.
  .post('/email', requireStepUp(), validBody(z.strictObject({ email: emailField })), async (c) => {
    const { email } = c.req.valid('json');
    const { db, session } = c.var;
    const refuse = (reason: string) => apiError(c, 400, 'invalid_input', 'Certaines informations sont à corriger.', { email: reason });
    if (email === session.email) return refuse("C'est déjà votre adresse de connexion.");
    if (await emailUsedByAnotherAccount(db, email, session.accountId)) return refuse('Cette adresse est déjà utilisée par un autre compte.');
    await revokeEmailLinks(db, 'email_change', session.beneficiaryId);
    const link = await createEmailLink(db, 'email_change', session.beneficiaryId, email, c.var.publicUrl);
    await audit(db, session.accountId, 'email.change_requested');
    const member = await loadMemberContext(db, session.beneficiaryId);
    await c.var.mailer.send(emailChangeLinkMessage(email, member.firstName, link));
    return c.json(
      {
        message: `Un lien vient d'être envoyé à ${email}, valable 24 heures. Votre adresse de connexion changera quand vous l'ouvrirez.`,
      },
      202,
    );
  });
