import * as migration_20261122_054302_initial from './20261122_054302_initial';
import * as migration_20261129_193910_kern from './20261129_193910_kern';
import * as migration_20261129_221707_vrije_capaciteit from './20261129_221707_vrije_capaciteit';
import * as migration_20261130_002047_review_desk from './20261130_002047_review_desk';

export const migrations = [
  {
    up: migration_20261122_054302_initial.up,
    down: migration_20261122_054302_initial.down,
    name: '20261122_054302_initial',
  },
  {
    up: migration_20261129_193910_kern.up,
    down: migration_20261129_193910_kern.down,
    name: '20261129_193910_kern',
  },
  {
    up: migration_20261129_221707_vrije_capaciteit.up,
    down: migration_20261129_221707_vrije_capaciteit.down,
    name: '20261129_221707_vrije_capaciteit',
  },
  {
    up: migration_20261130_002047_review_desk.up,
    down: migration_20261130_002047_review_desk.down,
    name: '20261130_002047_review_desk'
  },
];
