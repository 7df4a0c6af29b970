import { kernSuite } from './kern.suite'
kernSuite('sqlite')
