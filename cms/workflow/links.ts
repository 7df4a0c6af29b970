/** Links into the admin, for e-mails and answers (CMS_PUBLIC_URL). */
import { loadCmsConfig } from '../config'

export const adminUrl = (pad: string) =>
  `${loadCmsConfig().publicUrl.replace(/\/$/, '')}/admin${pad}`
export const beoordelingsUrl = (verzoekId: string | number) => adminUrl(`/beoordelen/${verzoekId}`)
export const organisatieUrl = (organisatieId: string | number) =>
  adminUrl(`/collections/organisaties/${organisatieId}`)
