import type { MailMessage } from './mailer.ts';

/**
 * The e-mails of the account journeys: plain text (readable by every mail client and screen
 * reader), short sentences, the link alone on its line, and what to do if it was not you.
 */
const SIGNATURE = "\n\nL'équipe de votre espace adhérent\n(Ce message est envoyé automatiquement : merci de ne pas y répondre.)";

export function activationMessage(to: string, firstName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Activez votre espace adhérent',
    text: `Bonjour ${firstName},

Pour activer votre espace adhérent, ouvrez ce lien et choisissez votre mot de passe :

${link}

Ce lien est valable 24 heures et ne sert qu'une fois.

Si vous n'avez rien demandé, ignorez ce message : aucun compte ne sera créé.${SIGNATURE}`,
  };
}

export function alreadyActiveMessage(to: string, firstName: string, resetLink: string): MailMessage {
  return {
    to,
    subject: 'Votre espace adhérent est déjà activé',
    text: `Bonjour ${firstName},

Une demande d'activation a été faite pour votre espace adhérent, qui est déjà activé. Connectez-vous avec cette adresse e-mail.

Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau depuis la page « Mot de passe oublié » :

${resetLink}

Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message.${SIGNATURE}`,
  };
}

export function passwordResetMessage(to: string, firstName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Choisir un nouveau mot de passe',
    text: `Bonjour ${firstName},

Pour choisir un nouveau mot de passe, ouvrez ce lien :

${link}

Ce lien est valable 30 minutes et ne sert qu'une fois. Après le changement, vos autres appareils seront déconnectés.

Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.${SIGNATURE}`,
  };
}

export function passwordChangedMessage(to: string, firstName: string): MailMessage {
  return {
    to,
    subject: 'Votre mot de passe a été changé',
    text: `Bonjour ${firstName},

Le mot de passe de votre espace adhérent vient d'être changé, et vos autres appareils ont été déconnectés.

Si vous n'êtes pas à l'origine de ce changement, choisissez tout de suite un nouveau mot de passe depuis la page « Mot de passe oublié » et contactez votre mutuelle.${SIGNATURE}`,
  };
}

export function stepUpCodeMessage(to: string, firstName: string, code: string): MailMessage {
  return {
    to,
    subject: `Votre code de confirmation : ${code}`,
    text: `Bonjour ${firstName},

Voici le code pour confirmer votre opération dans l'espace adhérent :

${code}

Il est valable 10 minutes. Ne le communiquez à personne : votre mutuelle ne vous le demandera jamais.

Si vous n'avez rien demandé, quelqu'un connaît peut-être votre mot de passe : changez-le.${SIGNATURE}`,
  };
}

export function emailChangeLinkMessage(to: string, firstName: string, link: string): MailMessage {
  return {
    to,
    subject: 'Confirmer votre nouvelle adresse e-mail',
    text: `Bonjour ${firstName},

Vous avez choisi cette adresse pour vous connecter à votre espace adhérent. Pour qu'elle remplace l'ancienne, ouvrez ce lien :

${link}

Ce lien est valable 24 heures et ne sert qu'une fois. Tant qu'il n'est pas ouvert, vous vous connectez avec votre adresse actuelle.

Si vous n'avez rien demandé, ignorez ce message : rien ne change.${SIGNATURE}`,
  };
}

export function emailChangedMessage(to: string, firstName: string, newEmail: string): MailMessage {
  return {
    to,
    subject: "Votre adresse e-mail de connexion a changé",
    text: `Bonjour ${firstName},

L'adresse e-mail de connexion de votre espace adhérent est désormais : ${newEmail}

Si vous n'êtes pas à l'origine de ce changement, contactez votre mutuelle sans attendre.${SIGNATURE}`,
  };
}
