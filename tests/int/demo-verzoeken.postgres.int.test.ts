import { demoVerzoekenSuite } from './demo-verzoeken.suite'

demoVerzoekenSuite('postgres')
