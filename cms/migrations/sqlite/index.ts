import * as migration_20261122_054257_initial from './20261122_054257_initial';
import * as migration_20261129_193852_kern from './20261129_193852_kern';
import * as migration_20261129_221643_vrije_capaciteit from './20261129_221643_vrije_capaciteit';
import * as migration_20261130_001539_wijzigingsverzoek_namen from './20261130_001539_wijzigingsverzoek_namen';
import * as migration_20261130_011809_fotos from './20261130_011809_fotos';
import * as migration_20261130_012201_review_desk from './20261130_012201_review_desk';
import * as migration_20261130_013929_zorgkaart from './20261130_013929_zorgkaart';
import * as migration_20261130_031338_organisaties_contracten from './20261130_031338_organisaties_contracten';
import * as migration_20261130_041340_logins from './20261130_041340_logins';
import * as migration_20261130_041641_verzoeken from './20261130_041641_verzoeken';
import * as migration_20261204_141904_beveiliging_en_beheer from './20261204_141904_beveiliging_en_beheer';

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
    up: migration_20261129_221643_vrije_capaciteit.up,
    down: migration_20261129_221643_vrije_capaciteit.down,
    name: '20261129_221643_vrije_capaciteit',
  },
  {
    up: migration_20261130_001539_wijzigingsverzoek_namen.up,
    down: migration_20261130_001539_wijzigingsverzoek_namen.down,
    name: '20261130_001539_wijzigingsverzoek_namen',
  },
  {
    up: migration_20261130_011809_fotos.up,
    down: migration_20261130_011809_fotos.down,
    name: '20261130_011809_fotos',
  },
  {
    up: migration_20261130_012201_review_desk.up,
    down: migration_20261130_012201_review_desk.down,
    name: '20261130_012201_review_desk',
  },
  {
    up: migration_20261130_013929_zorgkaart.up,
    down: migration_20261130_013929_zorgkaart.down,
    name: '20261130_013929_zorgkaart',
  },
  {
    up: migration_20261130_031338_organisaties_contracten.up,
    down: migration_20261130_031338_organisaties_contracten.down,
    name: '20261130_031338_organisaties_contracten',
  },
  {
    up: migration_20261130_041340_logins.up,
    down: migration_20261130_041340_logins.down,
    name: '20261130_041340_logins',
  },
  {
    up: migration_20261130_041641_verzoeken.up,
    down: migration_20261130_041641_verzoeken.down,
    name: '20261130_041641_verzoeken',
  },
  {
    up: migration_20261204_141904_beveiliging_en_beheer.up,
    down: migration_20261204_141904_beveiliging_en_beheer.down,
    name: '20261204_141904_beveiliging_en_beheer'
  },
];
