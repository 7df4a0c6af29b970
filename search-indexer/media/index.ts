/** Public media store factory (see port.ts). */
import type { MediaStoreConfig } from './config'
import { LocalMediaStore } from './local'
import type { PublicMediaStore } from './port'
import { S3MediaStore } from './s3'

export type { MediaObject, PublicMediaStore } from './port'
export type { MediaStoreConfig } from './config'
export { mediaStoreConfigFromEnv, straatbeeldConfigFromEnv, publiekeMediaDir } from './config'
export { contentTypeOf, isMediaKey } from './keys'

export const createPublicMediaStore = (config: MediaStoreConfig): PublicMediaStore =>
  config.store === 'local' ? new LocalMediaStore(config.dir) : new S3MediaStore(config)
