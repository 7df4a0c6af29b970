import { loginsSuite } from './logins.suite'
loginsSuite('sqlite')
