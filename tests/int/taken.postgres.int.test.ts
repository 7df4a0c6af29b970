import { takenSuite } from './taken.suite'
takenSuite('postgres')
