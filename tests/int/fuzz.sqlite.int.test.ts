import { fuzzSuite } from './fuzz.suite'

fuzzSuite('sqlite', Number(process.env.FUZZ_CASES ?? 1200))
