import { loginsSuite } from './logins.suite'
loginsSuite('postgres')
