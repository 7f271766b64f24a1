import { type Context, Hono, type Next } from 'hono';
import { z } from 'zod';
import { CGU_VERSION } from '../../domain/terms-version.ts';
import { loadMemberContext } from '../auth/access.ts';
import { cguRequired, recordCguAcceptance } from '../auth/cgu.ts';
import { deviceLabel } from '../auth/device-label.ts';
import { consumeAccountLink, consumeEmailLink, createEmailLink, emailUsedByAnotherAccount, revokeEmailLinks } from '../auth/email-links.ts';
import { hashPassword, needsRehash, UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../auth/passwords.ts';
import { EMAIL_REQUEST_POLICY, forget, recordAttempt, SIGN_IN_POLICY, secondsBlocked, takeAttempt } from '../auth/rate-limit.ts';
import { closeOtherSessions, closeSession, openSession } from '../auth/sessions.ts';
import { audit } from '../audit.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';
import {
  activationMessage,
  alreadyActiveMessage,
  emailChangedMessage,
  passwordChangedMessage,
  passwordResetMessage,
} from '../mail/messages.ts';
import { forgetSessionInBrowser, requireSession, setSessionCookie } from '../middleware/session.ts';
import { birthDateParts, checkedBox, emailField, newPasswordInput, passwordInput, requiredText, validBody, withBirthDate } from '../validation.ts';

const INVALID_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const ACTIVATION_SENT =
  "Si ces informations correspondent à une personne couverte par un contrat, un lien d'activation a été envoyé à cette adresse. Il est valable 24 heures.";
const RESET_SENT = "Si un compte existe pour cette adresse, un lien vient d'y être envoyé. Il est valable 30 minutes.";
const LINK_INVALID = "Ce lien n'est plus valable : il a déjà servi ou il a expiré. Faites une nouvelle demande.";

const activationRequest = z
  .strictObject({
    memberNumber: requiredText("Saisissez votre numéro d'adhérent.", 20).regex(/^\d{6,15}$/, {
      error: "Le numéro d'adhérent ne contient que des chiffres (il figure sur votre carte mutualiste).",
    }),
    ...birthDateParts,
    email: emailField,
  })
  .transform(withBirthDate);

const newPassword = newPasswordInput('Choisissez un mot de passe.');

const token = requiredText('Le lien utilisé est incomplet : ouvrez-le de nouveau depuis l’e-mail reçu.', 100);

export const authRoutes = new Hono<AppEnv>()
  .post(
    '/sign-in',
    validBody(
      z.strictObject({
        email: emailField,
        password: passwordInput('Saisissez votre mot de passe.'),
      }),
    ),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const { db } = c.var;
      const limitKeys = [`sign-in:ip:${c.var.clientIp}`, `sign-in:account:${email}`];
      const wait = await secondsBlocked(db, limitKeys);
      if (wait > 0) return tooManyAttempts(c, wait);

      const account = await db
        .selectFrom('accounts')
        .select(['id', 'beneficiary_id', 'password_hash'])
        .where('email', '=', email)
        .executeTakeFirst();
      const valid = await verifyPassword(account?.password_hash ?? UNKNOWN_ACCOUNT_HASH, password);
      if (!account || !valid) {
        await recordAttempt(db, limitKeys, SIGN_IN_POLICY);
        return apiError(c, 401, 'invalid_credentials', INVALID_CREDENTIALS);
      }
      const member = await loadMemberContext(db, account.beneficiary_id);
      if (member.phase === 'closed') {
        return apiError(c, 403, 'access_ended', "L'accès à votre espace a pris fin, 5 ans après la fin de votre contrat.");
      }
      await forget(db, `sign-in:account:${email}`);
      if (needsRehash(account.password_hash)) {
        await db.updateTable('accounts').set({ password_hash: await hashPassword(password) }).where('id', '=', account.id).execute();
      }
      setSessionCookie(c, await openSession(db, account.id, deviceLabel(c.req.header('User-Agent'))));
      const mustAcceptCgu = await cguRequired(db, account.id);
      const home = '/remboursements';
      return c.json({ redirect: mustAcceptCgu ? `/cgu?retour=${encodeURIComponent(home)}` : home, cguRequired: mustAcceptCgu }, 200);
    },
  )
  .post('/sign-out', async (c) => {
    if (c.var.session) await closeSession(c.var.db, c.var.session.id);
    forgetSessionInBrowser(c);
    const redirect = '/connexion?deconnexion=1';
    if (c.req.header('Accept')?.includes('application/json')) return c.json({ redirect }, 200);
    return c.redirect(redirect, 303);
  })
  .get('/session', requireSession(), async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        firstName: member.firstName,
        lastName: member.lastName,
        email: session.email,
        role: member.role,
        memberNumber: member.memberNumber,
        access: member.phase,
        cguRequired: await cguRequired(db, session.accountId),
        cguVersion: CGU_VERSION,
      },
      200,
    );
  })
  .post('/cgu', requireSession(), validBody(z.strictObject({ acceptCgu: checkedBox('Cochez la case pour accepter les conditions.') })), async (c) => {
    const { db, session } = c.var;
    await recordCguAcceptance(db, session.accountId);
    return c.json({ message: 'Merci : les conditions générales d’utilisation sont acceptées.' }, 200);
  })
  .post('/activation', validBody(activationRequest), emailRequestsByAddress, async (c) => {
    const { memberNumber, birthDate, email } = c.req.valid('json');
    const { db } = c.var;

    const person = await db
      .selectFrom('beneficiaries')
      .innerJoin('members', 'members.id', 'beneficiaries.member_id')
      .leftJoin('accounts', 'accounts.beneficiary_id', 'beneficiaries.id')
      .select(['beneficiaries.id', 'beneficiaries.first_name', 'accounts.email as account_email'])
      .where('members.member_number', '=', memberNumber)
      .where('beneficiaries.birth_date', '=', birthDate)
      .executeTakeFirst();
    // The answer never says whether the data matched: nobody learns who is a member.
    if (person && (await takeAttempt(db, `email-request:person:${person.id}`, EMAIL_REQUEST_POLICY))) {
      if (person.account_email) {
        // Told at the address already known, never at the one just typed.
        const link = `${c.var.publicUrl}/mot-de-passe-oublie`;
        await c.var.mailer.send(alreadyActiveMessage(person.account_email, person.first_name, link));
      } else {
        const link = await createEmailLink(db, 'activation', person.id, email, c.var.publicUrl);
        await c.var.mailer.send(activationMessage(email, person.first_name, link));
      }
    }
    return c.json({ message: ACTIVATION_SENT }, 202);
  })
  .post(
    '/activation/complete',
    validBody(
      z.strictObject({
        token,
        password: newPassword,
        acceptCgu: checkedBox("Cochez la case pour accepter les conditions générales d'utilisation."),
      }),
    ),
    async (c) => {
      const { token: linkToken, password } = c.req.valid('json');
      const { db } = c.var;
      const link = await consumeEmailLink(db, 'activation', linkToken);
      if (!link) return apiError(c, 410, 'token_invalid', LINK_INVALID);
      const taken = await db
        .selectFrom('accounts')
        .select('id')
        .where((eb) => eb.or([eb('email', '=', link.email), eb('beneficiary_id', '=', link.beneficiaryId)]))
        .executeTakeFirst();
      if (taken) {
        return apiError(c, 409, 'account_exists', 'Un compte existe déjà pour cette personne ou cette adresse e-mail : connectez-vous, ou utilisez « Mot de passe oublié ».');
      }
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const account = await trx
          .insertInto('accounts')
          .values({ beneficiary_id: link.beneficiaryId, email: link.email, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordCguAcceptance(trx, account.id);
        await audit(trx, account.id, 'account.activated');
      });
      return c.json({ message: 'Votre compte est activé : vous pouvez vous connecter.' }, 200);
    },
  )
  .post('/password-reset', validBody(z.strictObject({ email: emailField })), emailRequestsByAddress, async (c) => {
    const { email } = c.req.valid('json');
    const { db } = c.var;
    const account = await db
      .selectFrom('accounts')
      .innerJoin('beneficiaries', 'beneficiaries.id', 'accounts.beneficiary_id')
      .select(['accounts.beneficiary_id', 'beneficiaries.first_name'])
      .where('accounts.email', '=', email)
      .executeTakeFirst();
    if (account && (await takeAttempt(db, `email-request:reset:${email}`, EMAIL_REQUEST_POLICY))) {
      const link = await createEmailLink(db, 'password_reset', account.beneficiary_id, email, c.var.publicUrl);
      await c.var.mailer.send(passwordResetMessage(email, account.first_name, link));
    }
    return c.json({ message: RESET_SENT }, 202);
  })
  .post('/password-reset/complete', validBody(z.strictObject({ token, password: newPassword })), async (c) => {
    const { token: linkToken, password } = c.req.valid('json');
    const { db } = c.var;
    const account = await consumeAccountLink(db, 'password_reset', linkToken);
    if (!account) return apiError(c, 410, 'token_invalid', LINK_INVALID);
    await db
      .updateTable('accounts')
      .set({ password_hash: await hashPassword(password), password_changed_at: new Date() })
      .where('id', '=', account.id)
      .execute();
    await closeOtherSessions(db, account.id, null);
    await revokeEmailLinks(db, 'password_reset', account.beneficiaryId);
    await forget(db, `sign-in:account:${account.email}`);
    await audit(db, account.id, 'password.reset');
    await c.var.mailer.send(passwordChangedMessage(account.email, account.firstName));
    return c.json({ message: 'Votre mot de passe est changé : connectez-vous avec le nouveau.' }, 200);
  })
  // No session needed: the link may be opened on another device, and it proves the mailbox.
  .post('/email-change/complete', validBody(z.strictObject({ token })), async (c) => {
    const { token: linkToken } = c.req.valid('json');
    const { db } = c.var;
    const account = await consumeAccountLink(db, 'email_change', linkToken);
    if (!account) return apiError(c, 410, 'token_invalid', LINK_INVALID);
    if (await emailUsedByAnotherAccount(db, account.linkEmail, account.id)) {
      return apiError(c, 409, 'email_taken', 'Cette adresse est maintenant celle d’un autre compte : choisissez-en une autre dans Mes informations.');
    }
    await db.updateTable('accounts').set({ email: account.linkEmail }).where('id', '=', account.id).execute();
    await audit(db, account.id, 'email.changed');
    await c.var.mailer.send(emailChangedMessage(account.email, account.firstName, account.linkEmail));
    return c.json({ message: 'Votre nouvelle adresse e-mail est confirmée : connectez-vous avec elle.' }, 200);
  });

/** Every request that may send an e-mail counts against the client's address, found or not. */
async function emailRequestsByAddress(c: Context<AppEnv>, next: Next) {
  const key = `email-request:ip:${c.var.clientIp}`;
  const wait = await secondsBlocked(c.var.db, [key]);
  if (wait > 0) return tooManyAttempts(c, wait);
  await recordAttempt(c.var.db, [key], EMAIL_REQUEST_POLICY);
  return next();
}

function tooManyAttempts(c: Context, seconds: number) {
  c.header('Retry-After', String(seconds));
  const wait = seconds < 60 ? `${seconds} seconde${seconds > 1 ? 's' : ''}` : `${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}`;
  return apiError(c, 429, 'too_many_attempts', `Trop de tentatives. Pour protéger votre compte, réessayez dans ${wait}.`);
}
