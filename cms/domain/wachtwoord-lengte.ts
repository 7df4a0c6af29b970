/** The length limits of a password, apart from the rule so that admin pages can show them cheaply. */
export const WACHTWOORD_MIN = 12
export const WACHTWOORD_MAX = 128
