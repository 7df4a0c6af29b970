import { tweestapsVerplichtSuite } from './tweestaps-verplicht.suite'
tweestapsVerplichtSuite('sqlite')
