import { gecontroleerdSuite } from './gecontroleerd.suite'

gecontroleerdSuite('postgres')
