import * as migration_20261122_052352_initial from './20261122_052352_initial';

export const migrations = [
  {
    up: migration_20261122_052352_initial.up,
    down: migration_20261122_052352_initial.down,
    name: '20261122_052352_initial'
  },
];
