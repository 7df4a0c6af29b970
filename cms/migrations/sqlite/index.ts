import * as migration_20261122_054257_initial from './20261122_054257_initial';

export const migrations = [
  {
    up: migration_20261122_054257_initial.up,
    down: migration_20261122_054257_initial.down,
    name: '20261122_054257_initial'
  },
];
