import type { UserErrorCode, UserErrorDraft } from './errors';
import type { Locale } from './locale';

type Catalog = Record<UserErrorCode, string>;

const USER_ERROR_MESSAGES: Record<Locale, Catalog> = {
  en: {
    REQUIRED: 'This field is required.',
    TOO_LONG: 'At most {max} characters.',
    TOO_SHORT: 'At least {min} characters.',
    INVALID_EMAIL: 'Enter a valid email address, such as name@example.com.',
    EMAIL_TAKEN: 'An account already uses this email address. Sign in instead?',
    PASSWORD_TOO_COMMON: 'This password is too common and easy to guess. Choose another one.',
    PASSWORD_CONTAINS_PERSONAL_INFO: 'Your password must not contain your name or email address.',
    INVALID_CREDENTIALS: 'Wrong email or password.',
    INVALID_SCOPE: 'Unknown permission: {value}.',
    INVALID_CHOICE: 'Choose one of the proposed values.',
    LIMIT_REACHED: 'You have reached the limit of {max}.',
    INVALID_PHONE: 'Enter a phone number with digits only, such as +33 6 12 34 56 78.',
    INVALID_HANDLE: 'Use lowercase letters, digits and single hyphens, such as camille-martin.',
    HANDLE_RESERVED: 'This address is reserved. Choose another one.',
    HANDLE_TAKEN: 'This address is already taken. Choose another one.',
    INVALID_DATE: 'Enter a valid date.',
    DATE_IN_FUTURE: 'This date is in the future.',
    END_BEFORE_START: 'The end cannot come before the start.',
    INVALID_SKILL: '“{value}” is not a skill name: use letters or digits.',
  },
  fr: {
    REQUIRED: 'Ce champ est obligatoire.',
    TOO_LONG: '{max} caractères au maximum.',
    TOO_SHORT: '{min} caractères au minimum.',
    INVALID_EMAIL: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    EMAIL_TAKEN: 'Un compte utilise déjà cette adresse e-mail. Voulez-vous vous connecter ?',
    PASSWORD_TOO_COMMON: 'Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.',
    PASSWORD_CONTAINS_PERSONAL_INFO: 'Votre mot de passe ne doit contenir ni votre nom ni votre adresse e-mail.',
    INVALID_CREDENTIALS: 'E-mail ou mot de passe incorrect.',
    INVALID_SCOPE: 'Permission inconnue : {value}.',
    INVALID_CHOICE: 'Choisissez l’une des valeurs proposées.',
    LIMIT_REACHED: 'Vous avez atteint la limite de {max}.',
    INVALID_PHONE: 'Saisissez un numéro composé de chiffres, par exemple +33 6 12 34 56 78.',
    INVALID_HANDLE: 'Utilisez des minuscules, des chiffres et des tirets simples, par exemple camille-martin.',
    HANDLE_RESERVED: 'Cette adresse est réservée. Choisissez-en une autre.',
    HANDLE_TAKEN: 'Cette adresse est déjà prise. Choisissez-en une autre.',
    INVALID_DATE: 'Saisissez une date valide.',
    DATE_IN_FUTURE: 'Cette date est dans le futur.',
    END_BEFORE_START: 'La fin ne peut pas précéder le début.',
    INVALID_SKILL: '« {value} » n’est pas un nom de compétence : utilisez des lettres ou des chiffres.',
  },
};

export function userErrorMessage(draft: Omit<UserErrorDraft, 'field'>, locale: Locale): string {
  const template = USER_ERROR_MESSAGES[locale][draft.code];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(draft.params?.[key] ?? whole));
}
