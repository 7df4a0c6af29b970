import { gecontroleerdSuite } from './gecontroleerd.suite'

gecontroleerdSuite('sqlite')
