import { httpInvoerSuite } from './http-invoer.suite'
httpInvoerSuite('sqlite')
