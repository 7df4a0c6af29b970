import { kernSuite } from './kern.suite'
kernSuite('postgres')
