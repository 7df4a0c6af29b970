import * as migration_20261122_054302_initial from './20261122_054302_initial';
import * as migration_20261129_193910_kern from './20261129_193910_kern';
import * as migration_20261129_220948_wijzigingsverzoek_namen from './20261129_220948_wijzigingsverzoek_namen';

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
    up: migration_20261129_220948_wijzigingsverzoek_namen.up,
    down: migration_20261129_220948_wijzigingsverzoek_namen.down,
    name: '20261129_220948_wijzigingsverzoek_namen'
  },
];
