import * as migration_20261122_052346_initial from './20261122_052346_initial';

export const migrations = [
  {
    up: migration_20261122_052346_initial.up,
    down: migration_20261122_052346_initial.down,
    name: '20261122_052346_initial'
  },
];
