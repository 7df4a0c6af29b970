/**
 * The organisation of the location that is open in the admin, for a photo uploaded from it: the
 * upload drawer is rendered outside the location's form, so the location screen leaves its
 * organisation here and the photo's organisation field picks it up (MediaOrganisatie.tsx). One
 * module, shared by every admin component in the browser tab.
 */
let huidige: string | number | null = null

export const zetHuidigeOrganisatie = (id: string | number | null): void => {
  huidige = id
}

export const huidigeOrganisatie = (): string | number | null => huidige
