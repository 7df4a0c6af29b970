import * as migration_20261122_054257_initial from './20261122_054257_initial';
import * as migration_20261129_193852_kern from './20261129_193852_kern';
import * as migration_20261129_220703_media_alleen_kaart from './20261129_220703_media_alleen_kaart';
import * as migration_20261129_220846_media_mensen_in_beeld from './20261129_220846_media_mensen_in_beeld';

export const migrations = [
  {
    up: migration_20261122_054257_initial.up,
    down: migration_20261122_054257_initial.down,
    name: '20261122_054257_initial',
  },
  {
    up: migration_20261129_193852_kern.up,
    down: migration_20261129_193852_kern.down,
    name: '20261129_193852_kern',
  },
  {
    up: migration_20261129_220703_media_alleen_kaart.up,
    down: migration_20261129_220703_media_alleen_kaart.down,
    name: '20261129_220703_media_alleen_kaart',
  },
  {
    up: migration_20261129_220846_media_mensen_in_beeld.up,
    down: migration_20261129_220846_media_mensen_in_beeld.down,
    name: '20261129_220846_media_mensen_in_beeld'
  },
];
