import { inloggenSuite } from './inloggen.suite'
inloggenSuite('postgres')
