import { tweestapsVerplichtSuite } from './tweestaps-verplicht.suite'
tweestapsVerplichtSuite('postgres')
