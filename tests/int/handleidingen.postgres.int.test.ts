import { handleidingenSuite } from './handleidingen.suite'

handleidingenSuite('postgres')
