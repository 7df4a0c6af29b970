import { beheerSuite } from './beheer.suite'

beheerSuite('postgres')
