import { inloggenSuite } from './inloggen.suite'
inloggenSuite('sqlite')
