/** The suffix of every admin page title (Payload puts a space between title and suffix). */
export const BEHEER_TITEL_ACHTERVOEGSEL = '– Zorgatlas beheer'
