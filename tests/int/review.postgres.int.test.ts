import { reviewSuite } from './review.suite'
reviewSuite('postgres')
