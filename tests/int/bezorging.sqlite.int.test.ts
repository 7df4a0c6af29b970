import { bezorgingSuite } from './bezorging.suite'

bezorgingSuite('sqlite')
