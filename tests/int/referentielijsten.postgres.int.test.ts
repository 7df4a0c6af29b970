import { referentielijstenSuite } from './referentielijsten.suite'
referentielijstenSuite('postgres')
