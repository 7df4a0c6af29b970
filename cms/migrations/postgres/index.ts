import * as migration_20261122_054302_initial from './20261122_054302_initial';
import * as migration_20261129_193910_kern from './20261129_193910_kern';
import * as migration_20261129_221707_vrije_capaciteit from './20261129_221707_vrije_capaciteit';
import * as migration_20261130_001615_wijzigingsverzoek_namen from './20261130_001615_wijzigingsverzoek_namen';
import * as migration_20261130_011840_fotos from './20261130_011840_fotos';
import * as migration_20261130_012220_review_desk from './20261130_012220_review_desk';
import * as migration_20261130_013946_zorgkaart from './20261130_013946_zorgkaart';
import * as migration_20261130_031402_organisaties_contracten from './20261130_031402_organisaties_contracten';
import * as migration_20261130_041403_logins from './20261130_041403_logins';
import * as migration_20261130_041657_verzoeken from './20261130_041657_verzoeken';
import * as migration_20261204_141933_beveiliging_en_beheer from './20261204_141933_beveiliging_en_beheer';

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
    up: migration_20261130_001615_wijzigingsverzoek_namen.up,
    down: migration_20261130_001615_wijzigingsverzoek_namen.down,
    name: '20261130_001615_wijzigingsverzoek_namen',
  },
  {
    up: migration_20261130_011840_fotos.up,
    down: migration_20261130_011840_fotos.down,
    name: '20261130_011840_fotos',
  },
  {
    up: migration_20261130_012220_review_desk.up,
    down: migration_20261130_012220_review_desk.down,
    name: '20261130_012220_review_desk',
  },
  {
    up: migration_20261130_013946_zorgkaart.up,
    down: migration_20261130_013946_zorgkaart.down,
    name: '20261130_013946_zorgkaart',
  },
  {
    up: migration_20261130_031402_organisaties_contracten.up,
    down: migration_20261130_031402_organisaties_contracten.down,
    name: '20261130_031402_organisaties_contracten',
  },
  {
    up: migration_20261130_041403_logins.up,
    down: migration_20261130_041403_logins.down,
    name: '20261130_041403_logins',
  },
  {
    up: migration_20261130_041657_verzoeken.up,
    down: migration_20261130_041657_verzoeken.down,
    name: '20261130_041657_verzoeken',
  },
  {
    up: migration_20261204_141933_beveiliging_en_beheer.up,
    down: migration_20261204_141933_beveiliging_en_beheer.down,
    name: '20261204_141933_beveiliging_en_beheer'
  },
];
