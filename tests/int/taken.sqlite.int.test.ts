import { takenSuite } from './taken.suite'
takenSuite('sqlite')
