import { bezorgingSuite } from './bezorging.suite'

bezorgingSuite('postgres')
