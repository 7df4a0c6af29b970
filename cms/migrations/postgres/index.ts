import * as migration_20261122_054302_initial from './20261122_054302_initial';
import * as migration_20261129_193910_kern from './20261129_193910_kern';
import * as migration_20261129_221707_vrije_capaciteit from './20261129_221707_vrije_capaciteit';
import * as migration_20261130_000923_fotos from './20261130_000923_fotos';

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
    up: migration_20261130_000923_fotos.up,
    down: migration_20261130_000923_fotos.down,
    name: '20261130_000923_fotos'
  },
];
