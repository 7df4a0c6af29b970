import { reviewSuite } from './review.suite'
reviewSuite('sqlite')
