import { referentielijstenSuite } from './referentielijsten.suite'
referentielijstenSuite('sqlite')
