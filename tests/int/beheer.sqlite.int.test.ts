import { beheerSuite } from './beheer.suite'

beheerSuite('sqlite')
